// bench_since_last_look (docs/benchmarks.md, "Since you last looked"): the digest over a big cache.
// A fresh SQLCipher cache with the app's schema gets --leads leads (1M) and --notes notes the way a
// first sync leaves them (written into the bare tables, then the indexes, search and triggers built
// by storage/bulkload), a team, two target-account lists and exclusions; the mark is set a day ago;
// then a day of changes goes through the cache's own triggers: --score-changes score changes,
// --reassignments new assignees, --new-notes notes, --new-leads leads and --visits leads visiting.
// since_last_look_ms is sincelastlookquery::compute() (everything the screen shows: every
// section's count and newest entries) on a new read-only connection, as a window opening reads it;
// then --samples more reads on the same connection give the p50 and p95 of a reload. Quick alone:
//   build/bench/bench_since_last_look --leads 1000000
// Prints one JSON object; progress on stderr. Reports figures, asserts nothing about time.
#include "benchsupport.h"
#include "core/leadvocabulary.h"
#include "models/sincelastlookmodel.h"
#include "models/sincelastlookquery.h"
#include "storage/bulkload.h"
#include "storage/cachedcollection.h"
#include "storage/cacheschema.h"
#include "storage/lastlook.h"
#include "storage/migrations.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storage/sqltransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

using bench::err;

namespace {
constexpr int kBatch = 50000;
constexpr int kTeam = 12; // member 1 is "me"
constexpr qint64 kMe = 1;
constexpr int kDay = 86400;

struct Options
{
    int leads = 1000000;
    int notes = 200000;
    int scoreChanges = 2000;
    int reassignments = 500;
    int newNotes = 300;
    int newLeads = 1000;
    int visits = 20000;
    int samples = 30;
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool fail(const QString &what, const QString &error)
{
    err() << what << ": " << error << Qt::endl;
    return false;
}

bool exec(SqlDatabase &db, const QString &sql)
{
    return db.exec(sql) || fail(sql.left(80), db.lastError());
}

// A company's realistic spread of facts, fixed by its id.
struct Company
{
    QString name, domain, industry, size, country;
};

Company company(qint64 id)
{
    static const QStringList industries = {QStringLiteral("Software"), QStringLiteral("Financial services"),
        QStringLiteral("Manufacturing"), QStringLiteral("Retail"), QStringLiteral("Healthcare"),
        QStringLiteral("Logistics"), QStringLiteral("Education"), QStringLiteral("Media")};
    static const QStringList sizes
        = {QStringLiteral("1-10"), QStringLiteral("11-50"), QStringLiteral("51-200"),
            QStringLiteral("201-500"), QStringLiteral("501-1000"), QStringLiteral("1001-5000")};
    static const QStringList countries
        = {QStringLiteral("GB"), QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("FR"),
            QStringLiteral("NL"), QStringLiteral("ES"), QStringLiteral("SE"), QStringLiteral("CH")};
    return {QStringLiteral("Company %1 Ltd").arg(id), QStringLiteral("company-%1.com").arg(id),
        industries.at(id % industries.size()), sizes.at((id / 7) % sizes.size()),
        countries.at((id / 3) % countries.size())};
}

bool insertLead(SqlStatement &insert, qint64 id, QRandomGenerator &random, qint64 createdAt,
    qint64 firstVisit, qint64 lastVisit, qint64 seq)
{
    const Company c = company(id);
    // Most leads are cold, a tail is hot: about 8 % at 70 or more.
    const int score = std::min(100, random.bounded(60) + (random.bounded(4) == 0 ? random.bounded(30) : 0));
    const int assignee = random.bounded(kTeam + 3); // some unassigned
    insert.bind(1, id)
        .bind(2, qint64(1 + id % 3))
        .bind(3, c.name)
        .bind(4, c.domain)
        .bind(5, c.industry)
        .bind(6, c.size)
        .bind(7, c.country)
        .bind(8, QStringLiteral("City"))
        .bind(9, score)
        .bind(10, Lead::wireName(Lead::statuses().at(int(random.bounded(5)))))
        .bind(11, assignee > kTeam ? QVariant() : QVariant(qint64(assignee == 0 ? 1 : assignee)))
        .bind(12, random.bounded(5) == 0 ? QStringLiteral("[\"enterprise\"]") : QStringLiteral("[]"))
        .bind(13, firstVisit)
        .bind(14, lastVisit)
        .bind(15, qint64(1 + random.bounded(20)))
        .bind(16, qint64(1 + random.bounded(80)))
        .bind(17, QStringLiteral("none"))
        .bindNull(18)
        .bindNull(19)
        .bindNull(20)
        .bind(21, createdAt)
        .bind(22, lastVisit)
        .bind(23, qint64(1))
        .bind(24, seq);
    return insert.execute() || fail(QStringLiteral("insert lead"), insert.error());
}

const QString kInsertLead = QStringLiteral(
    "INSERT OR REPLACE INTO leads(id, site_id, name, domain, industry, size, country, city, score, status,"
    " assignee_id, tags, first_visit_at, last_visit_at, visits, page_views, crm_state, crm_provider, crm_id,"
    " crm_synced_at, created_at, updated_at, version, seq) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?,"
    " ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertNote = QStringLiteral(
    "INSERT OR REPLACE INTO notes(id, lead_id, author_id, body, created_at, updated_at, version, seq)"
    " VALUES(?, ?, ?, ?, ?, ?, 1, ?)");

// Sets a collection's indexes and triggers aside, as the first page of a first sync does.
bool setAside(SqlDatabase &db, Collection collection)
{
    SqlTransaction tx(db);
    bool started = false;
    QString error;
    if (!bulkload::begin(db, CachedCollection::of(collection), &started, &error))
        return fail(QStringLiteral("bulk load"), error);
    return tx.commit() || fail(QStringLiteral("commit"), db.lastError());
}

bool buildBack(SqlDatabase &db, Collection collection)
{
    for (;;) {
        const bulkload::Build build = bulkload::buildNext(db, CachedCollection::of(collection));
        if (!build.ok)
            return fail(QStringLiteral("build"), build.error);
        if (!build.built || build.left == 0)
            return true;
    }
}

// The account as a first sync leaves it, with its history before `mark`.
bool fill(SqlDatabase &db, const Options &o, qint64 mark)
{
    QRandomGenerator random(7);
    QElapsedTimer timer;
    timer.start();
    if (!exec(db,
            QStringLiteral("INSERT INTO documents(name, json, fetched_at) VALUES('me', "
                           "'{\"id\":1,\"role\":\"owner\"}', 0)")))
        return false;
    for (int m = 1; m <= kTeam; ++m) {
        if (!exec(db,
                QStringLiteral("INSERT INTO team(id, email, name, role, created_at, version, seq)"
                               " VALUES(%1, 'member%1@acme.example', 'Member %1', 'sales', 0, 1, %1)")
                    .arg(m)))
            return false;
    }
    // Two lists of 1,000 target accounts each (most of them leads), and 200 excluded domains.
    SqlTransaction triage(db);
    exec(db,
        QStringLiteral("INSERT INTO target_lists(id, name, created_at, version, seq) VALUES"
                       " (1, 'Enterprise targets', 0, 1, 1), (2, 'DACH expansion', 0, 1, 2)"));
    SqlStatement target(db,
        QStringLiteral("INSERT INTO target_accounts(id, list_id, domain, name, created_at, seq)"
                       " VALUES(?, ?, ?, '', 0, ?)"));
    for (int i = 1; i <= 2000; ++i) {
        const qint64 lead
            = i <= 1800 ? qint64(random.bounded(o.leads)) + 1 : o.leads + i; // some not leads yet
        target.bind(1, qint64(i)).bind(2, qint64(1 + i % 2)).bind(3, company(lead).domain).bind(4, qint64(i));
        if (!target.execute())
            return fail(QStringLiteral("target account"), target.error());
    }
    SqlStatement exclusion(db,
        QStringLiteral("INSERT INTO exclusions(id, domain, reason, created_at, seq)"
                       " VALUES(?, ?, 'competitor', 0, ?)"));
    for (int i = 1; i <= 200; ++i) {
        exclusion.bind(1, qint64(i))
            .bind(2, company(qint64(random.bounded(o.leads)) + 1).domain)
            .bind(3, qint64(i));
        if (!exclusion.execute())
            return fail(QStringLiteral("exclusion"), exclusion.error());
    }
    if (!triage.commit())
        return fail(QStringLiteral("commit"), db.lastError());

    if (!setAside(db, Collection::Leads) || !setAside(db, Collection::Notes))
        return false;
    SqlStatement insert(db, kInsertLead);
    const qint64 history = 90LL * kDay;
    for (int done = 0; done < o.leads;) {
        SqlTransaction tx(db);
        for (int i = 0; i < kBatch && done < o.leads; ++i, ++done) {
            const qint64 id = done + 1;
            const qint64 created = mark - history + qint64(double(history) * done / o.leads);
            const qint64 first = created;
            const qint64 last
                = std::min(mark - 60, first + qint64(random.bounded(std::max(1, int(mark - first)))));
            if (!insertLead(insert, id, random, created, first, last, id))
                return false;
        }
        if (!tx.commit())
            return fail(QStringLiteral("commit"), db.lastError());
    }
    err() << "  " << o.leads << " leads written in " << qint64(msSince(timer)) << " ms" << Qt::endl;
    SqlStatement note(db, kInsertNote);
    for (int done = 0; done < o.notes;) {
        SqlTransaction tx(db);
        for (int i = 0; i < kBatch && done < o.notes; ++i, ++done) {
            const qint64 at = mark - history + qint64(random.bounded(int(history)));
            note.bind(1, qint64(done + 1))
                .bind(2, qint64(random.bounded(o.leads)) + 1)
                .bind(3, qint64(1 + random.bounded(kTeam)))
                .bind(4, QStringLiteral("Called them about the renewal; follow up next week."))
                .bind(5, at)
                .bind(6, at)
                .bind(7, qint64(o.leads + done + 1));
            if (!note.execute())
                return fail(QStringLiteral("insert note"), note.error());
        }
        if (!tx.commit())
            return fail(QStringLiteral("commit"), db.lastError());
    }
    err() << "  " << o.notes << " notes written; building indexes, search and triggers..." << Qt::endl;
    if (!buildBack(db, Collection::Leads) || !buildBack(db, Collection::Notes))
        return false;
    err() << "  cache built in " << qint64(msSince(timer) / 1000) << " s" << Qt::endl;
    return true;
}

// A day's changes since the mark, written through the cache's triggers as sync pages would.
bool change(SqlDatabase &db, const Options &o, qint64 mark, qint64 now)
{
    QRandomGenerator random(11);
    const auto when = [&] { return mark + 1 + qint64(random.bounded(int(now - mark - 1))); };
    const auto anyLead = [&] { return qint64(random.bounded(o.leads)) + 1; };
    SqlTransaction tx(db);
    SqlStatement score(
        db, QStringLiteral("UPDATE leads SET score = min(100, score + ?), updated_at = ? WHERE id = ?"));
    for (int i = 0; i < o.scoreChanges; ++i) {
        score.bind(1, qint64(1 + random.bounded(35))).bind(2, when()).bind(3, anyLead());
        if (!score.execute())
            return fail(QStringLiteral("score"), score.error());
    }
    SqlStatement assign(db, QStringLiteral("UPDATE leads SET assignee_id = ?, updated_at = ? WHERE id = ?"));
    for (int i = 0; i < o.reassignments; ++i) {
        const qint64 to = random.bounded(4) == 0 ? kMe : qint64(2 + random.bounded(kTeam - 1));
        assign.bind(1, to).bind(2, when()).bind(3, anyLead());
        if (!assign.execute())
            return fail(QStringLiteral("assign"), assign.error());
    }
    SqlStatement visit(
        db, QStringLiteral("UPDATE leads SET last_visit_at = ?, visits = visits + 1 WHERE id = ?"));
    for (int i = 0; i < o.visits; ++i) {
        visit.bind(1, when()).bind(2, anyLead());
        if (!visit.execute())
            return fail(QStringLiteral("visit"), visit.error());
    }
    // Target accounts among them, some for the first time.
    if (!exec(db,
            QStringLiteral("UPDATE leads SET last_visit_at = %1 WHERE domain IN (SELECT domain FROM"
                           " target_accounts WHERE id % 10 = 0)")
                .arg(mark + 3600)))
        return false;
    // New leads: the first 200 are the target accounts no lead had yet, visiting for the first time.
    SqlStatement insert(db, kInsertLead);
    for (int i = 1; i <= o.newLeads; ++i) {
        const qint64 at = when();
        if (!insertLead(insert, o.leads + 1800 + i, random, at, at, at, 10LL * o.leads + i))
            return false;
    }
    SqlStatement note(db, kInsertNote);
    const qint64 firstNote = db.scalar(QStringLiteral("SELECT max(id) FROM notes")) + 1;
    for (int i = 0; i < o.newNotes; ++i) {
        // A third on the leads of "me", by teammates.
        const qint64 lead = i % 3 == 0
            ? db.scalar(QStringLiteral("SELECT id FROM leads WHERE assignee_id = 1 AND id >= %1 LIMIT 1")
                            .arg(anyLead()))
            : anyLead();
        const qint64 at = when();
        note.bind(1, firstNote + i)
            .bind(2, lead > 0 ? lead : anyLead())
            .bind(3, qint64(2 + random.bounded(kTeam - 1)))
            .bind(4, QStringLiteral("They asked for a demo of the API."))
            .bind(5, at)
            .bind(6, at)
            .bind(7, qint64(20LL * o.leads + i));
        if (!note.execute())
            return fail(QStringLiteral("note"), note.error());
    }
    return tx.commit() || fail(QStringLiteral("commit"), db.lastError());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    Options o;
    const auto number = [&](const char *name, const char *what, int value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(what), QStringLiteral("n"),
            QString::number(value));
    };
    const QCommandLineOption leads = number("leads", "Leads in the cache.", o.leads);
    const QCommandLineOption notes = number("notes", "Notes in the cache before the mark.", o.notes);
    const QCommandLineOption scores
        = number("score-changes", "Score changes since the mark.", o.scoreChanges);
    const QCommandLineOption reassign
        = number("reassignments", "New assignees since the mark.", o.reassignments);
    const QCommandLineOption newNotes = number("new-notes", "Notes since the mark.", o.newNotes);
    const QCommandLineOption newLeads = number("new-leads", "Leads new since the mark.", o.newLeads);
    const QCommandLineOption visits = number("visits", "Leads visiting since the mark.", o.visits);
    const QCommandLineOption samples = number("samples", "Reads after the first.", o.samples);
    const QCommandLineOption keep(QStringLiteral("keep"),
        QStringLiteral(
            "Build the cache in this directory and leave it there, with its key in key.hex (synthetic"
            " data only), to look at plans with sqlcipher."),
        QStringLiteral("dir"));
    parser.addOptions({leads, notes, scores, reassign, newNotes, newLeads, visits, samples, keep});
    parser.process(app);
    o.leads = parser.value(leads).toInt();
    o.notes = parser.value(notes).toInt();
    o.scoreChanges = parser.value(scores).toInt();
    o.reassignments = parser.value(reassign).toInt();
    o.newNotes = parser.value(newNotes).toInt();
    o.newLeads = parser.value(newLeads).toInt();
    o.visits = parser.value(visits).toInt();
    o.samples = parser.value(samples).toInt();

    QTemporaryDir temporary;
    const QString dir = parser.isSet(keep) ? parser.value(keep) : temporary.path();
    const QString path = QDir(dir).filePath(QStringLiteral("cache.db"));
    const QByteArray key = SqlDatabase::generateKey();
    if (parser.isSet(keep)) {
        QDir().mkpath(dir);
        QFile::remove(path);
        QFile hex(QDir(dir).filePath(QStringLiteral("key.hex")));
        if (hex.open(QIODevice::WriteOnly))
            hex.write(key.toHex());
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 mark = now - kDay;
    {
        QString error;
        std::unique_ptr<SqlDatabase> db
            = SqlDatabase::open(path, key, SqlDatabase::Mode::OpenOrCreate, &error);
        if (!db || !migrations::apply(*db, cacheschema::all(), &error)) {
            fail(QStringLiteral("cache"), error);
            return 1;
        }
        err() << "bench: a cache of " << o.leads << " leads and " << o.notes << " notes..." << Qt::endl;
        if (!fill(*db, o, mark))
            return 1;
        bool started = false;
        if (!lastlook::startIfUnmarked(*db, mark, &started, &error) || !started) {
            fail(QStringLiteral("mark"), error);
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (!change(*db, o, mark, now))
            return 1;
        err() << "bench: a day of changes written in " << qint64(msSince(timer))
              << " ms (lead_seen: " << db->scalar(QStringLiteral("SELECT count(*) FROM lead_seen"))
              << " leads)" << Qt::endl;
        db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    // As the window's reader: a new read-only connection, then reloads on it.
    QString error;
    std::unique_ptr<SqlDatabase> reader = SqlDatabase::open(path, key, SqlDatabase::Mode::ReadOnly, &error);
    if (!reader) {
        fail(QStringLiteral("reader"), error);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const sincelastlookquery::Digest first
        = sincelastlookquery::compute(*reader, SinceLastLookModel::kPerSection);
    const double firstMs = msSince(timer);
    if (!first.error.isEmpty()) {
        fail(QStringLiteral("digest"), first.error);
        return 1;
    }
    QList<double> times;
    for (int i = 0; i < o.samples; ++i) {
        timer.restart();
        const sincelastlookquery::Digest again
            = sincelastlookquery::compute(*reader, SinceLastLookModel::kPerSection);
        times.append(msSince(timer));
        if (!again.error.isEmpty()) {
            fail(QStringLiteral("digest"), again.error);
            return 1;
        }
    }
    const bench::Stats stats = bench::statsOf(times);
    QJsonObject totals;
    const char *names[]
        = {"new_hot_leads", "target_accounts", "score_rises", "assigned_to_me", "teammate_notes"};
    for (int s = 0; s < SinceLastLook::kSections; ++s)
        totals.insert(QString::fromLatin1(names[s]), first.totals[size_t(s)]);
    err() << "bench: since you last looked: " << QString::number(firstMs, 'f', 1)
          << " ms on a new connection, p50 " << QString::number(stats.p50, 'f', 1) << " ms, p95 "
          << QString::number(stats.p95, 'f', 1) << " ms after; "
          << QJsonDocument(totals).toJson(QJsonDocument::Compact) << Qt::endl;
    QJsonObject out {{QStringLiteral("since_last_look_ms"), firstMs},
        {QStringLiteral("since_last_look_p50_ms"), stats.p50},
        {QStringLiteral("since_last_look_p95_ms"), stats.p95},
        {QStringLiteral("since_last_look_leads"), o.leads},
        {QStringLiteral("since_last_look_entries"), totals}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
