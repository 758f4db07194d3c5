// bench_first_sync (docs/benchmarks.md, "First sync of a million leads"): the biggest accounts.
// One miraget-server seeded with --leads leads and --events page views (1M and 1M), then:
//  1. first_sync_1m_s: the real miraget signs in (--login) and runs --sync-once on an empty
//     cache, wall time from spawn to exit (bulk load, index build and all);
//  2. incremental_1000_changes_ms: another user changes --changes leads through REST, and the
//     same profile syncs again; from the run's start to its last collection caught up (the sync
//     log's clock), leaving out the row count --sync-once alone does for its summary;
//  3. first_sync_usable_s: a second profile, signed in, opens the window (offscreen) on an empty
//     cache: spawn to the lead list's first rows on screen while the first sync runs;
//  4. bulk_limit_1m_s: the same pages fetched once to files, then parsed and inserted straight
//     into a fresh SQLCipher cache the fastest plain way (one transaction, no indexes or triggers),
//     then the indexes created and search and lead aggregates rebuilt, as the bulk path does;
//     first_sync_vs_bulk_limit = bulk_limit_1m_s / first_sync_1m_s;
// then a second server with the same leads and --big-events page views (10M; 0 skips):
//  5. first_sync_10m_events_s and rss_mb_10m_events (the sync's peak resident memory), and
//     dashboard_aggregate_10m_ms over the resulting cache (dashboardquery, as bench_workspace).
// Needs a Secret Service (./scripts/bench runs it in a private gnome-keyring session). Prints one
// JSON object; progress on stderr. Reports figures, asserts nothing about time.
#include "auth/cachefiles.h"
#include "benchsupport.h"
#include "httpclient.h"
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "storage/cachedcollection.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/syncpage.h"
#include "workspacefigures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

using bench::err;

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
const QString kSales = QStringLiteral("sales@acme.example");
constexpr int kPageLimit = 5000;

const QHash<QString, QString> kTimedLog
    = {{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("miraget.sync.debug=true")},
        {QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("[%{time process}] %{message}")}};

struct Sync
{
    bool ok = false;
    double wallSeconds = 0;
    double peakRssMb = 0;
    double caughtUpMs = -1; // the sync log's clock when the last collection caught up
    qint64 rows = 0;
};

Sync syncOnce(AppProfile &profile, const QString &logPath)
{
    Sync result;
    const AppRun run = profile.run({QStringLiteral("--sync-once")}, kTimedLog, 3 * 3600 * 1000);
    QFile log(logPath);
    if (log.open(QIODevice::WriteOnly))
        log.write(run.err + run.out);
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    if (run.exitCode != 0 || !summary.value(QStringLiteral("ok")).toBool()) {
        err() << "miraget --sync-once failed (exit " << run.exitCode
              << "): " << QString::fromUtf8(run.err.right(3000)) << Qt::endl;
        return result;
    }
    for (const QJsonValue &counts : summary.value(QStringLiteral("collections")).toObject())
        result.rows += counts.toObject().value(QStringLiteral("upserted")).toInteger()
            + counts.toObject().value(QStringLiteral("deleted")).toInteger();
    static const QRegularExpression caughtUp(QStringLiteral(R"(\[\s*([0-9.]+)\] "[a-z-]+" caught up)"));
    for (QRegularExpressionMatchIterator it = caughtUp.globalMatch(QString::fromUtf8(run.err)); it.hasNext();)
        result.caughtUpMs = it.next().captured(1).toDouble() * 1000.0;
    result.wallSeconds = run.elapsedMs / 1000.0;
    result.peakRssMb = run.peakRssKb / 1024.0;
    result.ok = true;
    return result;
}

// Every page of every collection the owner reads, saved to files in the engine's order.
QList<std::pair<const CachedCollection *, QString>> download(const QUrl &server, const QDir &into)
{
    QList<std::pair<const CachedCollection *, QString>> pages;
    OAuthBrowser browser(server);
    const OAuthBrowser::Tokens tokens = browser.signIn(kOwner);
    if (!tokens.ok())
        return {};
    HttpClient http(server);
    http.setBearer(tokens.access);
    for (const CachedCollection &collection : CachedCollection::all()) {
        QString cursor;
        for (;;) {
            QString path = QStringLiteral("/v1/%1?limit=%2").arg(collection.name).arg(kPageLimit);
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const HttpClient::Response reply = http.get(path);
            if (reply.status != 200) {
                err() << "GET " << path << " answered " << reply.status << Qt::endl;
                return {};
            }
            QString error;
            const std::optional<SyncPage> page = SyncPage::parse(collection.name, reply.body, &error);
            if (!page)
                return {};
            const QString file
                = into.filePath(QStringLiteral("%1.json").arg(pages.size(), 6, 10, QLatin1Char('0')));
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(reply.body) != reply.body.size())
                return {};
            pages.append({&collection, file});
            cursor = page->nextCursor;
            if (!page->hasMore)
                break;
        }
    }
    return pages;
}

bool exec(SqlDatabase &db, const QString &sql)
{
    if (db.exec(sql))
        return true;
    err() << "bulk limit: " << db.lastError() << " in " << sql.left(200) << Qt::endl;
    return false;
}

// The fastest plain load of the saved pages into a fresh SQLCipher cache: indexes and triggers of
// the big tables dropped, every row inserted in one transaction, then indexes created and the
// search index and lead aggregates computed. Seconds, or -1.
double bulkLimit(const QString &path, const QList<std::pair<const CachedCollection *, QString>> &pages)
{
    QString error;
    std::unique_ptr<SqlDatabase> db = CacheFiles::openFile(path, SqlDatabase::generateKey(), &error);
    if (!db) {
        err() << error << Qt::endl;
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    QStringList recreate;
    {
        SqlStatement schema(*db,
            QStringLiteral(
                "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('leads', 'notes', 'visits',"
                " 'pageviews') AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type = "
                "'trigger'"));
        QStringList drops;
        while (schema.step() == SqlStatement::Step::Row) {
            drops.append(QStringLiteral("DROP %1 %2;").arg(schema.text(0).toUpper(), schema.text(1)));
            recreate.append(schema.text(2) + u';');
        }
        if (!exec(*db, drops.join(u' ')))
            return -1;
    }
    if (!exec(*db, QStringLiteral("BEGIN")))
        return -1;
    QHash<const CachedCollection *, std::shared_ptr<SqlStatement>> inserts;
    for (const auto &[collection, file] : pages) {
        std::shared_ptr<SqlStatement> &insert = inserts[collection];
        if (!insert) {
            QStringList columns, marks;
            for (const CachedCollection::Field &field : collection->fields) {
                columns.append(u'"' + field.name + u'"');
                marks.append(QStringLiteral("?"));
            }
            insert = std::make_shared<SqlStatement>(*db,
                QStringLiteral("INSERT INTO %1(%2, seq) VALUES(%3, ?)")
                    .arg(collection->table, columns.join(u','), marks.join(u',')));
        }
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return -1;
        const std::optional<SyncPage> page = SyncPage::parse(collection->name, in.readAll(), &error);
        if (!page)
            return -1;
        for (const QJsonValue &item : page->items) {
            if (!collection->bindItem(*insert, item.toObject(), &error) || !insert->execute()) {
                err() << "bulk limit: " << error << insert->error() << Qt::endl;
                return -1;
            }
        }
    }
    if (!exec(*db, QStringLiteral("COMMIT")))
        return -1;
    const double loaded = timer.elapsed() / 1000.0;
    // Indexes, then search and the lead aggregates (as migration 4 fills them), then triggers.
    if (!exec(*db, QStringLiteral("BEGIN")))
        return -1;
    for (const QString &sql : std::as_const(recreate)) {
        if (sql.startsWith(QLatin1String("CREATE INDEX")) && !exec(*db, sql))
            return -1;
    }
    if (!exec(*db,
            QStringLiteral(
                "DELETE FROM leads_fts; INSERT INTO leads_fts(docid, name, domain, tags, notes)"
                " SELECT id, name, domain, tags, (SELECT group_concat(body, ' ') FROM notes"
                " WHERE lead_id = leads.id) FROM leads;"
                " INSERT INTO agg_leads_hourly SELECT ifnull(site_id, 0), created_at / 3600, count(*),"
                " sum(ifnull(score >= 70, 0)) FROM leads WHERE created_at IS NOT NULL GROUP BY 1, 2;")))
        return -1;
    for (const QString &sql : std::as_const(recreate)) {
        if (!sql.startsWith(QLatin1String("CREATE INDEX")) && !exec(*db, sql))
            return -1;
    }
    if (!exec(*db, QStringLiteral("COMMIT")))
        return -1;
    err() << "  bulk limit: rows " << loaded << " s, then indexes and search "
          << timer.elapsed() / 1000.0 - loaded << " s" << Qt::endl;
    return timer.elapsed() / 1000.0;
}

// `count` leads changed by another user (status, every id a step apart), through REST.
bool changeLeads(const QUrl &server, int count, int leads)
{
    OAuthBrowser browser(server);
    const OAuthBrowser::Tokens tokens = browser.signIn(kSales);
    if (!tokens.ok())
        return false;
    HttpClient http(server);
    http.setBearer(tokens.access);
    const int step = std::max(1, leads / count);
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("/v1/leads/%1").arg(1 + qint64(i) * step);
        const HttpClient::Response current = http.get(path);
        const qint64 version = current.json().value(QStringLiteral("version")).toInteger();
        const QString status
            = current.json().value(QStringLiteral("status")).toString() == QLatin1String("working")
            ? QStringLiteral("qualified")
            : QStringLiteral("working");
        const HttpClient::Response patched
            = http.patchJson(path, {{QStringLiteral("status"), status}}, HttpClient::ifMatch(version));
        if (patched.status != 200) {
            err() << "PATCH " << path << " answered " << patched.status << Qt::endl;
            return false;
        }
    }
    return true;
}

bool signIn(AppProfile &profile, const QUrl &server)
{
    QString error;
    if (profile.login(server, kOwner, &error))
        return true;
    err() << error << Qt::endl;
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption leadsOption(QStringLiteral("leads"), QStringLiteral("Seeded leads."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Seeded page views."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption bigOption(QStringLiteral("big-events"),
        QStringLiteral("Page views of the second data set (0 skips it)."), QStringLiteral("n"),
        QStringLiteral("10000000"));
    const QCommandLineOption changesOption(QStringLiteral("changes"),
        QStringLiteral("Leads changed for the incremental sync."), QStringLiteral("n"),
        QStringLiteral("1000"));
    const QCommandLineOption logDir(QStringLiteral("log-dir"),
        QStringLiteral("Where the syncs' timed logs go."), QStringLiteral("dir"), QStringLiteral("."));
    parser.addOptions({leadsOption, eventsOption, bigOption, changesOption, logDir});
    parser.process(app);
    const int leads = parser.value(leadsOption).toInt();
    const QDir logs(parser.value(logDir));
    QJsonObject out;

    {
        ServerProcess server({QStringLiteral("--seed-leads"), QString::number(leads),
            QStringLiteral("--seed-events"), parser.value(eventsOption), QStringLiteral("--seed-anchor"),
            QStringLiteral("2026-11-01T00:00:00Z")});
        err() << "bench_first_sync: seeding " << leads << " leads and " << parser.value(eventsOption)
              << " page views..." << Qt::endl;
        if (!server.start(1800000)) {
            err() << "server did not start: " << server.errorText() << Qt::endl;
            return 1;
        }

        err() << "bench_first_sync: first sync (--sync-once on an empty cache)..." << Qt::endl;
        AppProfile profile(QStringLiteral("bench-first-sync"));
        if (!signIn(profile, server.url()))
            return 1;
        const Sync first = syncOnce(profile, logs.filePath(QStringLiteral("first-sync.log")));
        if (!first.ok)
            return 1;
        err() << "  " << first.rows << " rows in " << first.wallSeconds << " s, peak RSS " << first.peakRssMb
              << " MB" << Qt::endl;
        out.insert(QStringLiteral("first_sync_1m_s"), first.wallSeconds);
        out.insert(QStringLiteral("first_sync_1m_rows"), first.rows);
        out.insert(QStringLiteral("first_sync_1m_peak_rss_mb"), first.peakRssMb);

        err() << "bench_first_sync: " << parser.value(changesOption) << " leads changed, then sync again..."
              << Qt::endl;
        if (!changeLeads(server.url(), parser.value(changesOption).toInt(), leads))
            return 1;
        const Sync again = syncOnce(profile, logs.filePath(QStringLiteral("incremental-sync.log")));
        if (!again.ok)
            return 1;
        err() << "  " << again.rows << " rows; caught up after " << again.caughtUpMs << " ms, process "
              << again.wallSeconds << " s" << Qt::endl;
        out.insert(QStringLiteral("incremental_1000_changes_ms"), again.caughtUpMs);
        out.insert(QStringLiteral("incremental_1000_changes_rows"), again.rows);
        out.insert(QStringLiteral("incremental_1000_changes_process_s"), again.wallSeconds);
        profile.logout();

        err() << "bench_first_sync: the window on an empty cache, until its first lead rows..." << Qt::endl;
        AppProfile fresh(QStringLiteral("bench-usable"));
        if (!signIn(fresh, server.url()))
            return 1;
        const WindowLaunch launch = launchWindow(fresh, 0);
        if (!launch.ok) {
            err() << "miraget (window): " << launch.error << ": " << QString::fromUtf8(launch.log.right(3000))
                  << Qt::endl;
            return 1;
        }
        err() << "  first " << launch.rows << " rows after " << launch.firstRowsMs << " ms" << Qt::endl;
        out.insert(QStringLiteral("first_sync_usable_s"), launch.firstRowsMs / 1000.0);
        fresh.logout();

        err() << "bench_first_sync: the same pages to files, then the plain bulk load..." << Qt::endl;
        QTemporaryDir work;
        QDir pagesDir(work.path());
        pagesDir.mkdir(QStringLiteral("pages"));
        pagesDir.cd(QStringLiteral("pages"));
        const auto pages = download(server.url(), pagesDir);
        if (pages.isEmpty())
            return 1;
        server.stop();
        const double limit = bulkLimit(work.filePath(QStringLiteral("limit.db")), pages);
        if (limit < 0)
            return 1;
        out.insert(QStringLiteral("bulk_limit_1m_s"), limit);
        out.insert(QStringLiteral("first_sync_vs_bulk_limit"), limit / first.wallSeconds);
    }

    if (const qint64 big = parser.value(bigOption).toLongLong(); big > 0) {
        ServerProcess server({QStringLiteral("--seed-leads"), QString::number(leads),
            QStringLiteral("--seed-events"), QString::number(big), QStringLiteral("--seed-anchor"),
            QStringLiteral("2026-11-01T00:00:00Z")});
        err() << "bench_first_sync: seeding " << leads << " leads and " << big << " page views..."
              << Qt::endl;
        if (!server.start(3 * 3600 * 1000)) {
            err() << "server did not start: " << server.errorText() << Qt::endl;
            return 1;
        }
        AppProfile profile(QStringLiteral("bench-10m"));
        if (!signIn(profile, server.url()))
            return 1;
        err() << "bench_first_sync: first sync of the 10M data set..." << Qt::endl;
        const Sync sync = syncOnce(profile, logs.filePath(QStringLiteral("first-sync-10m.log")));
        if (!sync.ok)
            return 1;
        err() << "  " << sync.rows << " rows in " << sync.wallSeconds << " s, peak RSS " << sync.peakRssMb
              << " MB" << Qt::endl;
        out.insert(QStringLiteral("first_sync_10m_events_s"), sync.wallSeconds);
        out.insert(QStringLiteral("first_sync_10m_events_rows"), sync.rows);
        out.insert(QStringLiteral("rss_mb_10m_events"), sync.peakRssMb);
        server.stop();
        QString error;
        const QByteArray key = profile.cacheKey(&error);
        QJsonObject dashboard;
        if (key.isEmpty() || !workspacefigures::dashboard(profile.cachePath(), key, dashboard)) {
            err() << "dashboard over the 10M cache failed: " << error << Qt::endl;
            return 1;
        }
        out.insert(QStringLiteral("dashboard_aggregate_10m_ms"),
            dashboard.value(QStringLiteral("dashboard_aggregate_ms")));
        out.insert(QStringLiteral("dashboard_kpis_match_events_10m"),
            dashboard.value(QStringLiteral("dashboard_kpis_match_events")));
        profile.logout();
    }
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
