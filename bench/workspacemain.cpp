// bench_workspace (docs/benchmarks.md, "Dashboard and lead list"): one miraget-server seeded
// with a million leads and a million page views; the real `miraget` signs in (--login) and fills
// its encrypted cache (--sync-once); then, over that cache,
//  1. the lead list's SQL (leadquery, exactly what LeadListModel runs): anchor scans, keyset pages
//     at random positions and first pages, OFFSET pages for comparison, each on its own read-only
//     connection like the app's two readers;
//  2. full-text search with words and prefixes from cached lead names: first page plus count;
//  3. dashboardquery::run over the data's 90 days, cold (a fresh connection) and warm;
//  4. the real GUI (offscreen) from spawn to the model's first rows, and its resident memory;
//  5. live latency: an in-process AccountRuntime restored like the window restores it, while
//     another user changes a lead through REST; time until LeadDetail / its NotesModel show it.
// With --cache and --key-file only steps 1-3 run, against an existing cache (developer loop).
// Needs a Secret Service (./scripts/bench runs it inside a private gnome-keyring session). Prints
// one JSON object for ./scripts/bench; details go to stderr. Reports figures, asserts nothing.
#include "workspacefigures.h"

#include "account/accountruntime.h"
#include "api/networkclient.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "auth/sessionloader.h"
#include "auth/signedinaccounts.h"
#include "benchsupport.h"
#include "core/appversion.h"
#include "models/dashboardquery.h"
#include "models/leaddetail.h"
#include "models/leadquery.h"
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/accountsync.h"
#include "sync/liveclient.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace workspacefigures;

namespace {
struct QueryOptions
{
    int pages = 200;
    int firstPages = 10;
    int searchLeads = 30;
    QStringList only; // "pages", "search", "dashboard", "analytics"; empty: all
};

bool queries(const QString &path, const QByteArray &key, const QueryOptions &o, QJsonObject &out)
{
    const auto wanted
        = [&o](const char *part) { return o.only.isEmpty() || o.only.contains(QLatin1String(part)); };
    if (wanted("pages")) {
        err() << "bench_workspace: lead list pages..." << Qt::endl;
        if (!leadList(path, key, o.pages, o.firstPages, std::max(1, o.pages / 10), out))
            return false;
    }
    if (wanted("search")) {
        err() << "bench_workspace: search..." << Qt::endl;
        if (!search(path, key, o.searchLeads, out))
            return false;
    }
    if (wanted("dashboard")) {
        err() << "bench_workspace: dashboard..." << Qt::endl;
        if (!dashboard(path, key, out))
            return false;
    }
    if (wanted("analytics")) {
        err() << "bench_workspace: analytics..." << Qt::endl;
        if (!analyticsFigures(path, key, out))
            return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the app, so this process finds the profile's files where the app keeps them.
    QCoreApplication::setApplicationName(AppVersion::applicationName());
    QCoreApplication::setOrganizationName(AppVersion::organizationName());
    QCoreApplication::setOrganizationDomain(AppVersion::organizationDomain());
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption leads(QStringLiteral("leads"), QStringLiteral("Seeded leads."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Seeded page views."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption pages(QStringLiteral("pages"),
        QStringLiteral("Random pages per lead list case."), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption firstPages(QStringLiteral("first-pages"),
        QStringLiteral("First pages per lead list case."), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption searches(QStringLiteral("search-leads"),
        QStringLiteral("Leads whose names give search terms (four each)."), QStringLiteral("n"),
        QStringLiteral("30"));
    const QCommandLineOption launches(QStringLiteral("launches"),
        QStringLiteral("Launches of the window for first rows and memory."), QStringLiteral("n"),
        QStringLiteral("3"));
    const QCommandLineOption liveSamples(QStringLiteral("live-samples"),
        QStringLiteral("Changes timed from REST to the model."), QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
        QStringLiteral("Only the query figures, over this existing cache (needs --key-file)."),
        QStringLiteral("file"));
    const QCommandLineOption keyOption(
        QStringLiteral("key-file"), QStringLiteral("The cache's raw key, hex."), QStringLiteral("file"));
    const QCommandLineOption syncLog(QStringLiteral("sync-log"),
        QStringLiteral("Write miraget --sync-once's output (progress, timed log) to this file."),
        QStringLiteral("file"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral(
            "With --cache: only these query figures (pages, search, dashboard, analytics; comma-separated)."),
        QStringLiteral("parts"));
    const QCommandLineOption keepOption(QStringLiteral("keep-cache"),
        QStringLiteral("Copy the synced cache here and its key (hex) to <file>.key, for --cache."),
        QStringLiteral("file"));
    parser.addOptions({leads, events, pages, firstPages, searches, launches, liveSamples, cacheOption,
        keyOption, onlyOption, keepOption, syncLog});
    parser.process(app);
    QJsonObject out;
    const QueryOptions queryOptions {std::max(1, parser.value(pages).toInt()),
        std::max(1, parser.value(firstPages).toInt()), std::max(1, parser.value(searches).toInt()),
        parser.value(onlyOption).split(u',', Qt::SkipEmptyParts)};

    if (parser.isSet(cacheOption)) {
        QFile keyFile(parser.value(keyOption));
        if (!keyFile.open(QIODevice::ReadOnly)) {
            err() << "--cache needs --key-file" << Qt::endl;
            return 1;
        }
        const QByteArray key = QByteArray::fromHex(keyFile.readAll().trimmed());
        if (!queries(parser.value(cacheOption), key, queryOptions, out))
            return 1;
        QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    ServerProcess server(
        {QStringLiteral("--seed-leads"), parser.value(leads), QStringLiteral("--seed-events"),
            parser.value(events), QStringLiteral("--seed-anchor"), QStringLiteral("2026-11-01T00:00:00Z")});
    if (!server.start(1800000)) {
        err() << "server did not start: " << server.errorText() << Qt::endl;
        return 1;
    }
    out.insert(QStringLiteral("workspace_server_seed_s"), timer.elapsed() / 1000.0);

    err() << "bench_workspace: miraget --login, then --sync-once of the whole data set..." << Qt::endl;
    AppProfile profile(QStringLiteral("bench-workspace"));
    QString error;
    if (!profile.login(server.url(), kOwner, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    // Per-collection "caught up" lines with a clock, so the log shows where the sync spent its time.
    const AppRun sync = profile.run({QStringLiteral("--sync-once")},
        {{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("miraget.sync.debug=true")},
            {QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("[%{time process}] %{message}")}},
        7200000);
    if (parser.isSet(syncLog)) {
        QFile log(parser.value(syncLog));
        if (log.open(QIODevice::WriteOnly))
            log.write(sync.err + sync.out);
    }
    const QJsonObject summary = QJsonDocument::fromJson(sync.out).object();
    if (sync.exitCode != 0 || !summary.value(QStringLiteral("ok")).toBool()) {
        err() << "miraget --sync-once failed (exit " << sync.exitCode << "): " << QString::fromUtf8(sync.err)
              << Qt::endl;
        return 1;
    }
    const QJsonObject collections = summary.value(QStringLiteral("collections")).toObject();
    const auto cached = [&](const char *name) {
        return collections.value(QLatin1String(name))
            .toObject()
            .value(QStringLiteral("upserted"))
            .toInteger();
    };
    out.insert(QStringLiteral("workspace_sync_s"), sync.elapsedMs / 1000.0);
    out.insert(QStringLiteral("workspace_cached_leads"), cached("leads"));
    out.insert(QStringLiteral("workspace_cached_pageviews"), cached("pageviews"));
    const QString cachePath = profile.cachePath();
    const QByteArray key = profile.cacheKey(&error);
    if (cachePath.isEmpty() || key.isEmpty()) {
        err() << "cannot find the synced cache or its key: " << error << Qt::endl;
        return 1;
    }
    out.insert(QStringLiteral("workspace_cache_file_mb"),
        (QFileInfo(cachePath).size() + QFileInfo(cachePath + QStringLiteral("-wal")).size()) / 1e6);
    err() << "  synced " << cached("leads") << " leads and " << cached("pageviews") << " page views in "
          << sync.elapsedMs / 1000.0 << " s" << Qt::endl;
    if (parser.isSet(keepOption)) {
        const QString keep = parser.value(keepOption);
        QFile::remove(keep);
        QFile::remove(keep + QStringLiteral("-wal"));
        QFile keyFile(keep + QStringLiteral(".key"));
        if (QFile::exists(cachePath + QStringLiteral("-wal")))
            QFile::copy(cachePath + QStringLiteral("-wal"), keep + QStringLiteral("-wal"));
        if (!QFile::copy(cachePath, keep) || !keyFile.open(QIODevice::WriteOnly)
            || keyFile.write(key.toHex()) <= 0) {
            err() << "cannot keep the cache at " << keep << Qt::endl;
            return 1;
        }
    }

    if (!queries(cachePath, key, queryOptions, out))
        return 1;
    err() << "bench_workspace: the window (offscreen), first rows and memory..." << Qt::endl;
    if (!window(profile, std::max(1, parser.value(launches).toInt()), out))
        return 1;
    err() << "bench_workspace: live latency..." << Qt::endl;
    if (!live(profile, server.url(), std::max(1, parser.value(liveSamples).toInt()), out))
        return 1;
    profile.logout();
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
