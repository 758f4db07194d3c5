#include "synctestsupport.h"

#include "auth/cachefiles.h"
#include "auth/secretstore.h"
#include "core/profilepaths.h"
#include "storage/cachedcollection.h"
#include "storage/cacheschema.h"
#include "storage/eventaggregates.h"
#include "storage/migrations.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace synctest {

namespace {
QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(absent)");
    const QJsonDocument doc = value.isObject() ? QJsonDocument(value.toObject())
        : value.isArray()                      ? QJsonDocument(value.toArray())
                                               : QJsonDocument(QJsonArray {value});
    QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    if (!value.isObject() && !value.isArray())
        text = text.mid(1, text.size() - 2); // unwrap the array that carried a scalar
    return text.size() > 120 ? text.left(117) + QStringLiteral("...") : text;
}

void addLine(QStringList *lines, int max, const QString &line)
{
    if (lines->size() < max)
        lines->append(line);
    else if (lines->size() == max)
        lines->append(QStringLiteral("... (more differences not listed)"));
}

// key → value maps of the chart numbers, from either side, compared as text so a message can
// show both.
using Numbers = QMap<QString, QString>;

bool collect(SqlDatabase &db, const QString &sql, int keyColumns, int valueColumns, const QString &prefix,
    Numbers *into, QString *error)
{
    SqlStatement query(db, sql);
    if (!query.isValid()) {
        *error = query.error() + QStringLiteral(" in ") + sql;
        return false;
    }
    SqlStatement::Step step;
    while ((step = query.step()) == SqlStatement::Step::Row) {
        QStringList key {prefix};
        for (int i = 0; i < keyColumns; ++i)
            key.append(query.text(i));
        QStringList value;
        for (int i = keyColumns; i < keyColumns + valueColumns; ++i)
            value.append(query.text(i));
        into->insert(key.join(u'|'), value.join(u'/'));
    }
    if (step == SqlStatement::Step::Error) {
        *error = query.error();
        return false;
    }
    return true;
}

void compareNumbers(const Numbers &expected, const Numbers &actual, QStringList *out)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            addLine(
                out, 30, QStringLiteral("%1: missing in the aggregates (events say %2)").arg(it.key(), *it));
        else if (actual.value(it.key()) != *it)
            addLine(out, 30,
                QStringLiteral("%1: aggregates say %2, events say %3")
                    .arg(it.key(), actual.value(it.key()), *it));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            addLine(out, 30, QStringLiteral("%1: %2 in the aggregates, no such events").arg(it.key(), *it));
    }
}
} // namespace

QString keychainProblem()
{
    SecretStore store;
    const QString probe = SecretStore::keyFor(QStringLiteral("sync-probe"),
        QUrl(QStringLiteral("http://127.0.0.1")), QUuid::createUuid().toString(QUuid::Id128));
    const SecretStore::Result written = store.writeAndWait(probe, "probe");
    store.removeAndWait(probe);
    return written.ok() ? QString() : written.error;
}

quint32 testSeed(const char *what)
{
    bool fromEnvironment = false;
    quint32 seed = qgetenv("MIRAGET_TEST_SEED").toUInt(&fromEnvironment);
    if (!fromEnvironment)
        seed = QRandomGenerator::system()->generate();
    qInfo("%s: random seed %u (MIRAGET_TEST_SEED=%u replays it)", what, seed, seed);
    return seed;
}

// --- the cache -------------------------------------------------------------------------------

Snapshot readCache(SqlDatabase &db, QString *error)
{
    Snapshot snapshot;
    for (const CachedCollection &collection : CachedCollection::all()) {
        SqlStatement rows(db, collection.selectSql());
        if (!rows.isValid()) {
            *error = rows.error();
            return {};
        }
        Items &items = snapshot[collection.name];
        SqlStatement::Step step;
        while ((step = rows.step()) == SqlStatement::Step::Row) {
            const QJsonObject item = collection.itemFromRow(rows);
            items.insert(item.value(QLatin1String("id")).toInteger(), item);
        }
        if (step == SqlStatement::Step::Error) {
            *error = rows.error();
            return {};
        }
    }
    return snapshot;
}

QMap<QString, QJsonObject> readDocuments(SqlDatabase &db, QString *error)
{
    QMap<QString, QJsonObject> documents;
    SqlStatement rows(db, QStringLiteral("SELECT name, json FROM documents"));
    SqlStatement::Step step;
    while ((step = rows.step()) == SqlStatement::Step::Row)
        documents.insert(rows.text(0), QJsonDocument::fromJson(rows.text(1).toUtf8()).object());
    if (step == SqlStatement::Step::Error) {
        *error = rows.error();
        return {};
    }
    return documents;
}

QStringList aggregateDifferences(SqlDatabase &db)
{
    // The page-view column behind each breakdown dimension (EventAggregates keeps this mapping to
    // itself). A dimension added there without being added here fails below, not silently.
    static const QList<std::pair<QString, QString>> sources = {
        {QStringLiteral("page"), QStringLiteral("url")},
        {QStringLiteral("referrer"), QStringLiteral("referrer")},
        {QStringLiteral("utm_source"), QStringLiteral("utm_source")},
        {QStringLiteral("country"), QStringLiteral("country")},
        {QStringLiteral("device"), QStringLiteral("device_type")},
        {QStringLiteral("browser"), QStringLiteral("browser")}, {QStringLiteral("os"), QStringLiteral("os")},
        {QStringLiteral("screen"), QStringLiteral("screen")}};
    QStringList out;
    QStringList known;
    for (const auto &[dimension, column] : sources)
        known.append(dimension);
    if (known != EventAggregates::dimensions())
        out.append(QStringLiteral("the test does not know the breakdown dimensions %1")
                       .arg(EventAggregates::dimensions().join(u',')));

    QString error;
    Numbers fromEvents;
    Numbers fromAggregates;
    // Hours and days are Unix hours and days; viewed_at is positive, so integer division floors.
    bool ok
        = collect(db,
              QStringLiteral("SELECT site_id, viewed_at / 3600 AS hour, count(*), count(DISTINCT visitor_id)"
                             " FROM pageviews GROUP BY site_id, hour"),
              2, 2, QStringLiteral("hourly"), &fromEvents, &error)
        // An hour whose page views were all erased may keep a row of zeros: a chart draws it as
        // the zero it is, so such rows are not a difference.
        && collect(db,
            QStringLiteral("SELECT site_id, hour, pageviews, visitors FROM agg_hourly"
                           " WHERE pageviews <> 0 OR visitors <> 0"),
            2, 2, QStringLiteral("hourly"), &fromAggregates, &error)
        && collect(db,
            QStringLiteral("SELECT DISTINCT site_id, viewed_at / 3600, visitor_id, 1 FROM pageviews"), 3, 1,
            QStringLiteral("visitor-hour"), &fromEvents, &error)
        && collect(db, QStringLiteral("SELECT site_id, hour, visitor_id, 1 FROM agg_visitor_hour"), 3, 1,
            QStringLiteral("visitor-hour"), &fromAggregates, &error)
        && collect(db,
            QStringLiteral("SELECT dimension, site_id, day, value, pageviews FROM agg_daily_breakdown"
                           " WHERE pageviews <> 0"),
            4, 1, QStringLiteral("daily"), &fromAggregates, &error);
    for (const auto &[dimension, column] : sources) {
        ok = ok
            && collect(db,
                QStringLiteral(
                    "SELECT '%1', site_id, viewed_at / 86400 AS day, ifnull(\"%2\", '') AS v, count(*)"
                    " FROM pageviews GROUP BY site_id, day, v")
                    .arg(dimension, column),
                4, 1, QStringLiteral("daily"), &fromEvents, &error);
    }
    if (!ok) {
        out.append(QStringLiteral("cannot read the aggregates: ") + error);
        return out;
    }
    compareNumbers(fromEvents, fromAggregates, &out);
    return out;
}

QStringList derivedDifferences(SqlDatabase &db, QStringList *pendingOut)
{
    QStringList out;
    const auto column = [&db](const QString &sql) {
        QStringList values;
        SqlStatement select(db, sql);
        while (select.step() == SqlStatement::Step::Row)
            values.append(select.text(0));
        return values;
    };
    // The schema a cache gets from its migrations, from a fresh one.
    static const QStringList expected = [] {
        QTemporaryDir dir;
        QString error;
        const auto fresh = SqlDatabase::openUnencrypted(dir.filePath(QStringLiteral("fresh.db")), &error);
        QStringList names;
        if (!fresh || !migrations::apply(*fresh, cacheschema::all(), &error))
            return names;
        SqlStatement select(*fresh,
            QStringLiteral("SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('index', 'trigger')"
                           " AND sql IS NOT NULL ORDER BY 1"));
        while (select.step() == SqlStatement::Step::Row)
            names.append(select.text(0));
        return names;
    }();
    if (expected.isEmpty())
        out.append(QStringLiteral("cannot build a fresh schema to compare with"));
    const QStringList present = column(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master WHERE "
                                                      "type IN ('index', 'trigger') AND sql IS NOT NULL"));
    const QStringList setAside = column(QStringLiteral("SELECT kind || ' ' || name FROM bulk_pending"));
    const QStringList pending = column(QStringLiteral("SELECT DISTINCT collection FROM bulk_pending"));
    if (pendingOut)
        *pendingOut = pending;
    for (const QString &name : expected) {
        const bool here = present.contains(name);
        const bool aside = setAside.contains(name);
        if (here == aside)
            out.append(
                QStringLiteral("%1 is %2")
                    .arg(
                        name, here ? QStringLiteral("both built and set aside") : QStringLiteral("missing")));
    }
    if (pending.contains(QStringLiteral("leads")) || pending.contains(QStringLiteral("notes")))
        return out;
    // One search document per lead, with its current name, domain and tags, and its notes (compared
    // by length: the notes' order inside the document does not matter to search).
    const auto count = [&db, &out](const QString &what, const QString &sql) {
        bool ok = false;
        const qint64 n = db.scalar(sql, &ok);
        if (!ok || n != 0)
            out.append(QStringLiteral("%1: %2").arg(what, ok ? QString::number(n) : db.lastError()));
    };
    count(QStringLiteral("leads without their search document"),
        QStringLiteral(
            "SELECT count(*) FROM leads l LEFT JOIN leads_fts f ON f.docid = l.id WHERE f.docid IS NULL"
            " OR f.name IS NOT l.name OR f.domain IS NOT l.domain OR f.tags IS NOT l.tags"));
    count(QStringLiteral("search documents without their lead"),
        QStringLiteral("SELECT (SELECT count(*) FROM leads_fts) - (SELECT count(*) FROM leads)"));
    count(QStringLiteral("search documents whose notes differ"),
        QStringLiteral(
            "SELECT count(*) FROM leads_fts f WHERE length(ifnull(f.notes, '')) <>"
            " length(ifnull((SELECT group_concat(body, ' ') FROM notes WHERE lead_id = f.docid), ''))"));
    const QString computed = QStringLiteral(
        "SELECT ifnull(site_id, 0), created_at / 3600, count(*), sum(ifnull(score >= 70, 0)) FROM leads"
        " WHERE created_at IS NOT NULL GROUP BY 1, 2");
    const QString kept = QStringLiteral(
        "SELECT site_id, hour, leads, hot FROM agg_leads_hourly WHERE leads <> 0 OR hot <> 0");
    count(QStringLiteral("lead hours that differ from agg_leads_hourly"),
        QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT %2)) + (SELECT count(*) FROM (%2 EXCEPT %1))")
            .arg(computed, kept));
    return out;
}

std::unique_ptr<SqlDatabase> openCopyOfCache(const AppProfile &profile, const QByteArray &key, QString *error)
{
    const QString copyDir = profile.root() + QStringLiteral("/after-kill");
    QDir(copyDir).removeRecursively();
    const QString source = profile.cachePath();
    const QString copy = copyDir + QStringLiteral("/cache.db");
    if (!QDir().mkpath(copyDir)) {
        *error = QStringLiteral("cannot create ") + copyDir;
        return nullptr;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFile::exists(source + suffix) && !QFile::copy(source + suffix, copy + suffix)) {
            *error = QStringLiteral("cannot copy ") + source + suffix;
            return nullptr;
        }
    }
    return SqlDatabase::open(copy, key, SqlDatabase::Mode::OpenExisting, error);
}

QString integrityCheck(SqlDatabase &db)
{
    SqlStatement check(db, QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    SqlStatement::Step step;
    while ((step = check.step()) == SqlStatement::Step::Row)
        lines.append(check.text(0));
    if (step == SqlStatement::Step::Error)
        lines.append(check.error());
    return lines.join(u'\n');
}

qint64 rowCount(SqlDatabase &db, const QString &table)
{
    bool ok = false;
    const qint64 count = db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table), &ok);
    return ok ? count : -1;
}

// --- the server ------------------------------------------------------------------------------

HttpClient::Response getReliably(HttpClient &http, const QString &path, QString *error)
{
    HttpClient::Response r;
    for (int attempt = 0; attempt < 100; ++attempt) {
        r = http.get(path);
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parse);
        if (r.status == 200 && r.error == QNetworkReply::NoError && parse.error == QJsonParseError::NoError
            && doc.isObject())
            return r;
        if (r.status == 429) {
            QTest::qWait(std::max(1, r.header("Retry-After").toInt()) * 1000);
            continue;
        }
        // 503 from --fault-5xx, a cut body (--fault-truncate) or an unparsable one (--fault-malformed).
        if (r.status == 0 || r.status == 503 || r.status == 200 || r.error != QNetworkReply::NoError) {
            QTest::qWait(20);
            continue;
        }
        break;
    }
    *error = QStringLiteral("GET %1 answered %2: %3")
                 .arg(path)
                 .arg(r.status)
                 .arg(QString::fromUtf8(r.body.left(300)));
    return r;
}

Items readServerCollection(HttpClient &http, const QString &collection, QString *error)
{
    Items items;
    QString cursor;
    for (int pages = 0; pages < 10000; ++pages) {
        QString path = QStringLiteral("/v1/%1?limit=5000").arg(collection);
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const HttpClient::Response r = getReliably(http, path, error);
        if (!error->isEmpty())
            return {};
        const QJsonObject page = r.json();
        for (const QJsonValue &id : page.value(QLatin1String("deleted")).toArray())
            items.remove(id.toInteger());
        for (const QJsonValue &item : page.value(QLatin1String("items")).toArray())
            items.insert(item.toObject().value(QLatin1String("id")).toInteger(), item.toObject());
        cursor = page.value(QLatin1String("next_cursor")).toString();
        if (!page.value(QLatin1String("has_more")).toBool())
            return items;
    }
    *error = QStringLiteral("%1 never reached has_more:false").arg(collection);
    return {};
}

QStringList allCollections()
{
    QStringList names;
    for (const CachedCollection &collection : CachedCollection::all())
        names.append(collection.name);
    return names;
}

QStringList everyoneCollections()
{
    QStringList names;
    for (const CachedCollection &collection : CachedCollection::all()) {
        if (collection.readers == CachedCollection::Readers::Everyone)
            names.append(collection.name);
    }
    return names;
}

Snapshot readServer(HttpClient &http, QString *error, const QStringList &collections)
{
    Snapshot snapshot;
    for (const QString &name : collections.isEmpty() ? allCollections() : collections) {
        snapshot.insert(name, readServerCollection(http, name, error));
        if (!error->isEmpty())
            return {};
    }
    return snapshot;
}

namespace {
qint64 versionOf(HttpClient &http, const QString &path, QString *error)
{
    const HttpClient::Response r = http.get(path);
    if (r.status != 200) {
        *error = QStringLiteral("GET %1 answered %2").arg(path).arg(r.status);
        return -1;
    }
    return r.json().value(QLatin1String("version")).toInteger();
}

QJsonObject expect(const HttpClient::Response &r, int status, const QString &what, QString *error)
{
    if (r.status != status) {
        *error = QStringLiteral("%1 answered %2 (wanted %3): %4")
                     .arg(what)
                     .arg(r.status)
                     .arg(status)
                     .arg(QString::fromUtf8(r.body.left(300)));
        return {};
    }
    return status == 204 ? QJsonObject {{QStringLiteral("ok"), true}} : r.json();
}
} // namespace

QJsonObject patchLead(HttpClient &http, qint64 id, const QJsonObject &change, QString *error)
{
    const QString path = QStringLiteral("/v1/leads/%1").arg(id);
    const qint64 version = versionOf(http, path, error);
    if (version < 0)
        return {};
    return expect(http.patchJson(path, change, HttpClient::ifMatch(version)), 200,
        QStringLiteral("PATCH ") + path, error);
}

QJsonObject addNote(HttpClient &http, qint64 leadId, const QString &body, QString *error)
{
    const QString path = QStringLiteral("/v1/leads/%1/notes").arg(leadId);
    return expect(
        http.postJson(path, {{QStringLiteral("body"), body}}), 201, QStringLiteral("POST ") + path, error);
}

bool deleteNote(HttpClient &http, qint64 id, QString *error)
{
    const QString path = QStringLiteral("/v1/notes/%1").arg(id);
    const qint64 version = versionOf(http, path, error);
    if (version < 0)
        return false;
    return !expect(
        http.deleteResource(path, HttpClient::ifMatch(version)), 204, QStringLiteral("DELETE ") + path, error)
                .isEmpty();
}

QJsonObject eraseVisitor(HttpClient &http, const QString &visitorId, QString *error)
{
    return expect(http.postJson(QStringLiteral("/v1/privacy/erase-visitor"),
                      {{QStringLiteral("visitor_id"), visitorId}}),
        200, QStringLiteral("POST /v1/privacy/erase-visitor ") + visitorId, error);
}

// --- comparing -------------------------------------------------------------------------------

QStringList differences(const Snapshot &expected, const Snapshot &actual, int max)
{
    QStringList out;
    QStringList names = expected.keys();
    for (const QString &name : actual.keys()) {
        if (!names.contains(name))
            names.append(name);
    }
    for (const QString &name : std::as_const(names)) {
        const Items want = expected.value(name);
        const Items have = actual.value(name);
        if (want.size() != have.size())
            addLine(&out, max,
                QStringLiteral("%1: server has %2 rows, cache %3")
                    .arg(name)
                    .arg(want.size())
                    .arg(have.size()));
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            if (!have.contains(it.key())) {
                addLine(&out, max, QStringLiteral("%1 id %2: missing in the cache").arg(name).arg(it.key()));
                continue;
            }
            const QJsonObject mine = have.value(it.key());
            if (mine == *it)
                continue;
            QStringList fields = it->keys();
            for (const QString &field : mine.keys()) {
                if (!fields.contains(field))
                    fields.append(field);
            }
            for (const QString &field : std::as_const(fields)) {
                if (it->value(field) != mine.value(field))
                    addLine(&out, max,
                        QStringLiteral("%1 id %2 field %3: server %4, cache %5")
                            .arg(name)
                            .arg(it.key())
                            .arg(field, compact(it->value(field)), compact(mine.value(field))));
            }
        }
        for (auto it = have.cbegin(); it != have.cend(); ++it) {
            if (!want.contains(it.key()))
                addLine(&out, max,
                    QStringLiteral("%1 id %2: in the cache, not on the server").arg(name).arg(it.key()));
        }
    }
    return out;
}

QStringList summaryDifferences(const QJsonObject &summary, const Snapshot &before, const Snapshot &after)
{
    QStringList out;
    if (!summary.value(QLatin1String("ok")).toBool())
        out.append(QStringLiteral("summary says ok:false"));
    const QJsonObject collections = summary.value(QLatin1String("collections")).toObject();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const Items had = before.value(it.key());
        qint64 upserted = 0;
        for (auto item = it->cbegin(); item != it->cend(); ++item) {
            if (!had.contains(item.key())
                || had.value(item.key()).value(QLatin1String("seq")) != item->value(QLatin1String("seq")))
                ++upserted;
        }
        qint64 deleted = 0;
        for (auto id = had.keyBegin(); id != had.keyEnd(); ++id) {
            if (!it->contains(*id))
                ++deleted;
        }
        if (!collections.contains(it.key())) {
            out.append(QStringLiteral("%1: not in the summary").arg(it.key()));
            continue;
        }
        const QJsonObject counts = collections.value(it.key()).toObject();
        const qint64 cached = it->size();
        for (const auto &[field, want] :
            {std::pair {QStringLiteral("upserted"), upserted}, std::pair {QStringLiteral("deleted"), deleted},
                std::pair {QStringLiteral("cached"), cached}}) {
            const qint64 have = counts.value(field).toInteger(-1);
            if (have != want)
                out.append(QStringLiteral("%1.%2: summary says %3, expected %4")
                               .arg(it.key(), field)
                               .arg(have)
                               .arg(want));
        }
    }
    return out;
}

QString counts(const Snapshot &snapshot)
{
    QStringList parts;
    for (auto it = snapshot.cbegin(); it != snapshot.cend(); ++it)
        parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it->size()));
    return parts.join(u' ');
}

qint64 totalRows(const Snapshot &snapshot)
{
    qint64 total = 0;
    for (const Items &items : snapshot)
        total += items.size();
    return total;
}

// --- files -----------------------------------------------------------------------------------

QMap<QString, QByteArray> fileBytes(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(path), file.readAll());
    }
    return files;
}

QStringList fileDifferences(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    QStringList out;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            out.append(QStringLiteral("%1 was removed").arg(it.key()));
        else if (after.value(it.key()) != *it)
            out.append(QStringLiteral("%1 changed (%2 -> %3 bytes)")
                           .arg(it.key())
                           .arg(it->size())
                           .arg(after.value(it.key()).size()));
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            out.append(QStringLiteral("%1 appeared (%2 bytes)").arg(it.key()).arg(it->size()));
    }
    return out;
}

} // namespace synctest
