// Sync throughput against its local limits. One seeded miraget-server; then
//  1. end to end: the real miraget executable signs in (test browser as $BROWSER) in a private
//     profile and runs --sync-once; wall time from process start to exit;
//  2. the same rows fetched once over HTTP as the same user and saved page by page to files, then
//     applied with the sync's own writer (PageWriter::apply, one transaction per page with its
//     cursor, and the index build after a first full sync's bulk load) into a fresh SQLCipher
//     cache and into the same library with no key. Only apply() and the build are
//     timed: parsing (SyncPage::parse) is timed separately, so the figures say where sync's time
//     goes. Runs alternate and the best of each kind is kept, as in bench_storage_insert.
// Needs a Secret Service (./scripts/bench runs it inside a private gnome-keyring session). Prints
// one JSON object for ./scripts/bench.
#include "auth/cachefiles.h"
#include "benchsupport.h"
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "storage/bulkload.h"
#include "storage/cachedcollection.h"
#include "storage/cacheschema.h"
#include "storage/databasecontext.h"
#include "storage/migrations.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/pagewriter.h"
#include "sync/syncpage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <cstdlib>
#include <optional>

namespace {
const QString kOwner = QStringLiteral("owner@acme.example");
constexpr int kPageLimit = 5000; // the sync engine's default page size

using bench::err;

// Per collection: row count and SHA-256 over every item as the cache gives it back (itemFromRow,
// ordered by id), so two caches can be compared without holding a million rows. `maxIds` limits a
// collection to ids up to a bound (the audit log grows with every sign-in between the two reads).
using Checksums = QMap<QString, std::pair<qint64, QByteArray>>;

Checksums checksums(SqlDatabase &db, const QMap<QString, qint64> &maxIds = {})
{
    Checksums sums;
    for (const CachedCollection &collection : CachedCollection::all()) {
        QString sql = collection.selectSql();
        if (maxIds.contains(collection.name))
            sql.replace(QStringLiteral(" ORDER BY"),
                QStringLiteral(" WHERE id <= %1 ORDER BY").arg(maxIds[collection.name]));
        SqlStatement rows(db, sql);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 count = 0;
        while (rows.step() == SqlStatement::Step::Row) {
            hash.addData(QJsonDocument(collection.itemFromRow(rows)).toJson(QJsonDocument::Compact));
            ++count;
        }
        sums.insert(collection.name, {count, hash.result().toHex()});
    }
    return sums;
}

// ---- end to end ---------------------------------------------------------------------------------

struct EndToEnd
{
    bool ok = false;
    qint64 rows = 0; // upserted + deleted over every collection
    qint64 bytes = 0;
    double wallSeconds = 0;
    double engineSeconds = 0; // the summary's own clock: first request to caught up
    double peakRssMb = 0;
    double cacheFileMb = 0;
    Checksums cache; // the synced cache's content, compared with the server's pages later
};

EndToEnd syncEndToEnd(const QUrl &server, const QString &logPath)
{
    EndToEnd result;
    AppProfile profile(QStringLiteral("bench-sync"));
    QString error;
    if (!profile.login(server, kOwner, &error)) {
        err() << error << Qt::endl;
        return result;
    }
    // Per-collection "caught up" lines with a clock, so the log shows where the run spent its time.
    const AppRun sync = profile.run({QStringLiteral("--sync-once")},
        {{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("miraget.sync.debug=true")},
            {QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("[%{time process}] %{message}")}},
        3600000);
    if (!logPath.isEmpty()) {
        QFile log(logPath);
        if (log.open(QIODevice::WriteOnly))
            log.write(sync.err + sync.out);
    }
    const QJsonObject summary = QJsonDocument::fromJson(sync.out).object();
    if (sync.exitCode != 0 || !summary.value(QStringLiteral("ok")).toBool()) {
        err() << "miraget --sync-once failed (exit " << sync.exitCode << "): " << QString::fromUtf8(sync.out)
              << QString::fromUtf8(sync.err) << Qt::endl;
        return result;
    }
    const QJsonObject collections = summary.value(QStringLiteral("collections")).toObject();
    for (auto it = collections.constBegin(); it != collections.constEnd(); ++it) {
        const QJsonObject counts = it.value().toObject();
        result.rows += counts.value(QStringLiteral("upserted")).toInteger()
            + counts.value(QStringLiteral("deleted")).toInteger();
    }
    result.bytes = summary.value(QStringLiteral("bytes")).toInteger();
    result.wallSeconds = sync.elapsedMs / 1000.0;
    result.engineSeconds = summary.value(QStringLiteral("seconds")).toDouble();
    result.peakRssMb = sync.peakRssKb / 1024.0;

    // The one cache.db under the profile's data directory (its -wal too, should one be left).
    const QString cachePath = profile.cachePath();
    qint64 cacheBytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        cacheBytes += QFileInfo(cachePath + suffix).size();
    result.cacheFileMb = cacheBytes / 1e6;

    // Read the synced cache back with its key from the keychain, for the equality check.
    const QByteArray key = profile.cacheKey(&error);
    std::unique_ptr<SqlDatabase> cache = !key.isEmpty() && !cachePath.isEmpty()
        ? SqlDatabase::open(cachePath, key, SqlDatabase::Mode::OpenExisting, &error)
        : nullptr;
    if (!cache) {
        err() << "cannot open the synced cache for the equality check: " << error << Qt::endl;
        return result;
    }
    result.cache = checksums(*cache);
    cache.reset();

    // Revoke the session and shred the cache key, so a developer's own keyring keeps nothing.
    profile.logout();
    result.ok = result.rows > 0 && cacheBytes > 0;
    return result;
}

// ---- the same rows, fetched once --------------------------------------------------------------

struct SavedPage
{
    const CachedCollection *collection = nullptr;
    QString file;
    QString requestedWith; // the cursor the page was fetched with, as the engine passes it to apply()
};

struct Download
{
    bool ok = false;
    QList<SavedPage> pages;
    qint64 items = 0;
    qint64 bytes = 0;
    qint64 fetchMs = 0; // time inside HTTP requests only: the server's JSON plus loopback transfer
};

bool mayRead(const CachedCollection &collection, const QJsonObject &permissions)
{
    switch (collection.readers) {
    case CachedCollection::Readers::Everyone:
        return true;
    case CachedCollection::Readers::Billing:
        return permissions.value(QLatin1String("billing")).toBool();
    case CachedCollection::Readers::Managers:
        return permissions.value(QLatin1String("audit_log")).toBool();
    }
    return false;
}

// Pages through every collection the user may read, in the engine's order and with its requests
// (limit, count=true on the first page, percent-encoded cursor). Bodies go to files: a million page
// views are about half a gigabyte of JSON, too much to hold next to the databases being written.
Download download(const QUrl &server, const QDir &into)
{
    Download result;
    OAuthBrowser browser(server);
    const OAuthBrowser::Tokens tokens = browser.signIn(kOwner);
    if (!tokens.ok()) {
        err() << "sign-in through the login form failed" << Qt::endl;
        return result;
    }
    HttpClient http(server);
    http.setBearer(tokens.access);
    const QJsonObject permissions
        = http.get(QStringLiteral("/v1/me")).json().value(QLatin1String("permissions")).toObject();
    for (const CachedCollection &collection : CachedCollection::all()) {
        if (!mayRead(collection, permissions))
            continue;
        QString cursor;
        for (bool first = true;; first = false) {
            QString path = QStringLiteral("/v1/%1?limit=%2").arg(collection.name).arg(kPageLimit);
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            if (first)
                path += QStringLiteral("&count=true");
            const HttpClient::Response reply = http.get(path);
            result.fetchMs += reply.elapsedMs;
            if (reply.status != 200) {
                err() << "GET " << path << " answered " << reply.status << Qt::endl;
                return result;
            }
            QString error;
            const std::optional<SyncPage> page = SyncPage::parse(collection.name, reply.body, &error);
            if (!page) {
                err() << error << Qt::endl;
                return result;
            }
            const QString file = into.filePath(
                QStringLiteral("%1.json").arg(qint64(result.pages.size()), 6, 10, QLatin1Char('0')));
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(reply.body) != reply.body.size()) {
                err() << "cannot write " << file << ": " << out.errorString() << Qt::endl;
                return result;
            }
            result.pages.append({&collection, file, cursor});
            result.items += page->items.size() + page->deleted.size();
            result.bytes += reply.body.size();
            cursor = page->nextCursor;
            if (!page->hasMore)
                break;
        }
    }
    result.ok = true;
    return result;
}

struct ApplyRun
{
    bool ok = false;
    qint64 rows = 0; // upserted + deleted, as the sync summary counts them
    qint64 applyNs = 0;
    qint64 parseNs = 0;
    struct Share
    {
        qint64 rows = 0;
        qint64 ns = 0;
        qint64 written = 0; // bytes handed to write(): what SQLCipher had to encrypt
    };
    QMap<QString, Share> perCollection;
};

// Bytes this process has passed to write() and pwrite() so far (/proc/self/io "wchar").
qint64 bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return 0;
}

// Every saved page, parsed (timed apart) and applied through the sync's writer.
ApplyRun applyAll(std::unique_ptr<SqlDatabase> db, const QList<SavedPage> &pages)
{
    ApplyRun run;
    DatabaseContext context(std::move(db));
    PageWriter &writer = context.get<PageWriter>();
    QElapsedTimer timer;
    for (const SavedPage &saved : pages) {
        QFile file(saved.file);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "cannot read " << saved.file << Qt::endl;
            return run;
        }
        const QByteArray body = file.readAll();
        QString error;
        timer.start();
        const std::optional<SyncPage> page = SyncPage::parse(saved.collection->name, body, &error);
        run.parseNs += timer.nsecsElapsed();
        if (!page) {
            err() << error << Qt::endl;
            return run;
        }
        const qint64 writtenBefore = bytesWritten();
        timer.start();
        const PageWriter::Outcome outcome = writer.apply(*saved.collection, *page, saved.requestedWith);
        const qint64 applyNs = timer.nsecsElapsed();
        const qint64 written = bytesWritten() - writtenBefore;
        run.applyNs += applyNs;
        if (!outcome.ok) {
            err() << outcome.error << Qt::endl;
            return run;
        }
        // A first full sync loaded in bulk: the engine builds what it set aside once the collection
        // caught up (SyncEngine::buildDeferred); that is part of writing it.
        qint64 buildNs = 0;
        if (!page->hasMore) {
            timer.start();
            for (;;) {
                const bulkload::Build build = bulkload::buildNext(context.db(), *saved.collection);
                if (!build.ok) {
                    err() << build.error << Qt::endl;
                    return run;
                }
                if (!build.built || build.left == 0)
                    break;
            }
            buildNs = timer.nsecsElapsed();
            run.applyNs += buildNs;
        }
        run.rows += outcome.upserted + outcome.deleted;
        ApplyRun::Share &share = run.perCollection[saved.collection->name];
        share.rows += outcome.upserted + outcome.deleted;
        share.ns += applyNs + buildNs;
        share.written += written;
    }
    run.ok = true;
    return run;
}

double perSecond(qint64 rows, qint64 ns)
{
    return ns > 0 ? double(rows) * 1e9 / double(ns) : 0.0;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption leads(QStringLiteral("leads"), QStringLiteral("Seeded leads."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Seeded page views."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
        QStringLiteral("Apply runs of each kind (SQLCipher, plain)."), QStringLiteral("n"),
        QStringLiteral("2"));
    const QCommandLineOption syncLog(QStringLiteral("sync-log"),
        QStringLiteral("Write miraget --sync-once's output (progress, timed log) to this file."),
        QStringLiteral("file"));
    parser.addOptions({leads, events, runsOption, syncLog});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    ServerProcess server(
        {QStringLiteral("--seed-leads"), parser.value(leads), QStringLiteral("--seed-events"),
            parser.value(events), QStringLiteral("--seed-anchor"), QStringLiteral("2026-11-01T00:00:00Z")});
    if (!server.start(600000)) {
        err() << "server did not start: " << server.errorText() << Qt::endl;
        return 1;
    }

    err() << "bench_sync: end to end (miraget --login, then --sync-once)..." << Qt::endl;
    const EndToEnd sync = syncEndToEnd(server.url(), parser.value(syncLog));
    if (!sync.ok)
        return 1;

    err() << "bench_sync: fetching the same pages to files..." << Qt::endl;
    QTemporaryDir work;
    QDir pagesDir(work.path());
    pagesDir.mkdir(QStringLiteral("pages"));
    pagesDir.cd(QStringLiteral("pages"));
    const Download fetched = download(server.url(), pagesDir);
    if (!fetched.ok)
        return 1;
    // Nothing below talks to the server; stopping it keeps its memory and threads out of the figures.
    server.stop();

    double bestEncrypted = 0, bestPlain = 0, bestParse = 0;
    bool cacheEqualsServer = true;
    qint64 rawRows = 0;
    for (int run = 0; run < runs; ++run) {
        for (const bool encrypted : {true, false}) {
            err() << "bench_sync: applying " << fetched.pages.size() << " pages, "
                  << (encrypted ? "SQLCipher" : "plain") << " run " << run + 1 << "..." << Qt::endl;
            const QString path
                = work.filePath(encrypted ? QStringLiteral("enc.db") : QStringLiteral("plain.db"));
            QString error;
            std::unique_ptr<SqlDatabase> db;
            const QByteArray rawKey = SqlDatabase::generateKey();
            if (encrypted) {
                db = CacheFiles::openFile(path, rawKey, &error);
            } else {
                db = SqlDatabase::openUnencrypted(path, &error);
                if (db && !migrations::apply(*db, cacheschema::all(), &error))
                    db.reset();
            }
            if (!db) {
                err() << "cannot create " << path << ": " << error << Qt::endl;
                return 1;
            }
            const ApplyRun applied = applyAll(std::move(db), fetched.pages);
            if (encrypted && run == 0 && applied.ok) {
                // The server's pages, written by the same writer, against what --sync-once left:
                // equal content means the sync ended with the cache equal to the server. Audit
                // entries after the synced ones come from this benchmark's own sign-ins.
                auto raw = SqlDatabase::open(path, rawKey, SqlDatabase::Mode::OpenExisting, &error);
                QMap<QString, qint64> bounds;
                qint64 syncedAuditMax = 0;
                if (raw) {
                    // The synced audit rows are a prefix by id; their count gives the bound.
                    SqlStatement ids(*raw, QStringLiteral("SELECT id FROM audit ORDER BY id"));
                    qint64 seen = 0;
                    while (ids.step() == SqlStatement::Step::Row
                        && seen < sync.cache.value(QStringLiteral("audit")).first) {
                        syncedAuditMax = ids.integer(0);
                        ++seen;
                    }
                }
                bounds[QStringLiteral("audit")] = syncedAuditMax;
                const Checksums fromServer = raw ? checksums(*raw, bounds) : Checksums();
                for (auto it = sync.cache.cbegin(); it != sync.cache.cend(); ++it) {
                    const bool same = fromServer.value(it.key()) == it.value();
                    err() << "  equal " << it.key() << ": " << (same ? "yes" : "NO") << " (" << it->first
                          << " rows in the cache, " << fromServer.value(it.key()).first << " from the server)"
                          << Qt::endl;
                    cacheEqualsServer = cacheEqualsServer && same;
                }
            }
            removeDatabase(path);
            if (!applied.ok)
                return 1;
            // Which collections the writer spends its time on, for docs/benchmarks.md.
            for (auto it = applied.perCollection.cbegin(); it != applied.perCollection.cend(); ++it) {
                err() << "  " << it.key() << ": " << it->rows << " rows, apply " << it->ns / 1000000
                      << " ms, " << it->written / 1000000 << " MB written" << Qt::endl;
            }
            err() << "  parse " << applied.parseNs / 1000000 << " ms, apply " << applied.applyNs / 1000000
                  << " ms" << Qt::endl;
            rawRows = applied.rows;
            double &best = encrypted ? bestEncrypted : bestPlain;
            best = std::max(best, perSecond(applied.rows, applied.applyNs));
            bestParse = std::max(bestParse, perSecond(applied.rows, applied.parseNs));
        }
    }

    const double syncRate = sync.wallSeconds > 0 ? sync.rows / sync.wallSeconds : 0.0;
    // What one thread that parses and then applies every page (the engine's database thread) can
    // reach at best: the two costs add up.
    const double parseThenApply
        = bestParse > 0 && bestEncrypted > 0 ? 1.0 / (1.0 / bestParse + 1.0 / bestEncrypted) : 0.0;
    const QJsonObject out {
        {QStringLiteral("sync_rows_per_s"), syncRate},
        {QStringLiteral("sync_seconds"), sync.wallSeconds},
        {QStringLiteral("sync_engine_seconds"), sync.engineSeconds},
        {QStringLiteral("sync_rows"), sync.rows},
        {QStringLiteral("sync_bytes"), sync.bytes},
        {QStringLiteral("sync_peak_rss_mb"), sync.peakRssMb},
        {QStringLiteral("cache_file_mb"), sync.cacheFileMb},
        {QStringLiteral("sync_pages"), fetched.pages.size()},
        {QStringLiteral("fetch_rows_per_s"), perSecond(fetched.items, fetched.fetchMs * 1000000)},
        {QStringLiteral("fetch_seconds"), fetched.fetchMs / 1000.0},
        {QStringLiteral("parse_rows_per_s"), bestParse},
        {QStringLiteral("raw_rows"), rawRows},
        {QStringLiteral("raw_sqlcipher_rows_per_s"), bestEncrypted},
        {QStringLiteral("plain_sqlite_rows_per_s"), bestPlain},
        {QStringLiteral("parse_then_apply_rows_per_s"), parseThenApply},
        {QStringLiteral("sqlcipher_time_vs_plain"), bestEncrypted > 0 ? bestPlain / bestEncrypted : 0.0},
        {QStringLiteral("sync_vs_raw_sqlcipher"), bestEncrypted > 0 ? syncRate / bestEncrypted : 0.0},
        {QStringLiteral("cache_equals_server"), cacheEqualsServer},
    };
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    if (!cacheEqualsServer) {
        err() << "the synced cache differs from the server's pages" << Qt::endl;
        return 1;
    }
    // The two paths must have written the same rows, or the rates compare different work. Only a
    // handful may differ: the sign-ins and the sign-out between the two reads add audit entries.
    if (rawRows != sync.rows) {
        err() << "note: sync wrote " << sync.rows << " rows, the same pages applied directly " << rawRows
              << Qt::endl;
        if (std::abs(rawRows - sync.rows) * 100 > sync.rows)
            return 1;
    }
    return 0;
}
