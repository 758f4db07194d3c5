#include "bulkload.h"

#include "cachedcollection.h"
#include "cacheschema.h"
#include "core/logging.h"
#include "fitclasses.h"
#include "sqldatabase.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

namespace bulkload {

namespace {

// Every lead's notes as one text, for the search index's `notes` column: built once with one sort,
// where the triggers' correlated subquery would need the notes index for each of a million leads.
const char *const kNotesByLead = R"sql(
CREATE TEMP TABLE IF NOT EXISTS bulk_notes(lead_id INTEGER PRIMARY KEY, body TEXT);
DELETE FROM temp.bulk_notes;
INSERT INTO temp.bulk_notes SELECT lead_id, group_concat(body, ' ') FROM main.notes
    WHERE lead_id IS NOT NULL GROUP BY lead_id;
)sql";

// What the triggers of migrations 2 and 4 would have kept, computed from the tables in one pass
// each: the search index (ascending docids, FTS4's fastest insert order) and agg_leads_hourly (as
// migration 4 first filled it).
const char *const kLeadsDerived = R"sql(
DELETE FROM leads_fts;
INSERT INTO leads_fts(docid, name, domain, tags, notes) SELECT l.id, l.name, l.domain, l.tags, n.body
    FROM leads l LEFT JOIN temp.bulk_notes n ON n.lead_id = l.id ORDER BY l.id;
DELETE FROM agg_leads_hourly;
INSERT INTO agg_leads_hourly SELECT ifnull(site_id, 0), created_at / 3600, count(*),
    sum(ifnull(score >= %1, 0)) FROM leads WHERE created_at IS NOT NULL GROUP BY 1, 2;
DROP TABLE temp.bulk_notes;
)sql";

// What migration 7's triggers keep for leads besides fit classes (fitclasses::rebuildLeadClasses,
// run after this): the leads of excluded domains.
const char *const kTriageDerived = R"sql(
DELETE FROM hidden_leads;
INSERT INTO hidden_leads(lead_id) SELECT DISTINCT l.id FROM exclusions e JOIN leads l ON l.domain = e.domain;
)sql";

// The notes column of every lead that has notes, or had some when the load began.
const char *const kNotesDerived = R"sql(
UPDATE leads_fts SET notes = (SELECT body FROM temp.bulk_notes WHERE lead_id = leads_fts.docid)
    WHERE notes IS NOT NULL OR docid IN (SELECT lead_id FROM temp.bulk_notes);
DROP TABLE temp.bulk_notes;
)sql";

// The collections loaded in bulk, and what their triggers maintain elsewhere. Page views are not:
// their index keys arrive nearly in order (cheap to keep) and the alert rules query them by time
// while pages are written; their aggregates are a write hook, already one flush per page.
struct Deferred
{
    Collection collection;
    QString derived; // SQL that recomputes what the triggers keep, run before they return
    bool (*rebuild)(SqlDatabase &, QString *) = nullptr; // the same in C++, run after `derived`
    QStringList kept; // indexes that stay: something outside the load needs them meanwhile
};

const QList<Deferred> &deferredCollections()
{
    static const QList<Deferred> list = {
        {Collection::Leads,
            QString::fromLatin1(kNotesByLead)
                + QString::fromLatin1(kLeadsDerived).arg(cacheschema::kHotLeadScore)
                + QString::fromLatin1(kTriageDerived),
            &fitclasses::rebuildLeadClasses, {}},
        // The lead search trigger (back once leads are built) reads a lead's notes through
        // notes_lead for every lead a live event or an edit writes: it stays.
        {Collection::Notes, QString::fromLatin1(kNotesByLead) + QString::fromLatin1(kNotesDerived), nullptr,
            {QStringLiteral("notes_lead")}},
        {Collection::Visits, {}, nullptr, {}},
    };
    return list;
}

const Deferred *deferredOf(Collection collection)
{
    for (const Deferred &deferred : deferredCollections()) {
        if (deferred.collection == collection)
            return &deferred;
    }
    return nullptr;
}

struct Entry
{
    int step = 0;
    QString kind, name, sql;
};

bool listPending(SqlDatabase &db, const CachedCollection &collection, QList<Entry> *entries, QString *error)
{
    SqlStatement select(db,
        QStringLiteral("SELECT step, kind, name, sql FROM bulk_pending WHERE collection = ? ORDER BY step"));
    select.bind(1, collection.name);
    SqlStatement::Step step;
    while ((step = select.step()) == SqlStatement::Step::Row)
        entries->append({int(select.integer(0)), select.text(1), select.text(2), select.text(3)});
    if (step == SqlStatement::Step::Error) {
        *error = select.error();
        return false;
    }
    return true;
}

bool exists(SqlDatabase &db, const QString &kind, const QString &name)
{
    SqlStatement select(db, QStringLiteral("SELECT 1 FROM main.sqlite_master WHERE type = ? AND name = ?"));
    select.bind(1, kind).bind(2, name);
    return select.step() == SqlStatement::Step::Row;
}

// Creates what `entry` records (unless a crash left it built already) and crosses it off.
bool restore(SqlDatabase &db, const CachedCollection &collection, const Entry &entry, QString *error)
{
    if (!exists(db, entry.kind, entry.name) && !db.exec(entry.sql)) {
        *error = db.lastError();
        return false;
    }
    SqlStatement done(db, QStringLiteral("DELETE FROM bulk_pending WHERE collection = ? AND step = ?"));
    done.bind(1, collection.name).bind(2, entry.step);
    if (!done.execute()) {
        *error = done.error();
        return false;
    }
    return true;
}

// The triggers come back only together with the data they would have kept, in one transaction.
bool restoreTriggers(
    SqlDatabase &db, const CachedCollection &collection, const QList<Entry> &triggers, QString *error)
{
    const Deferred *deferred = deferredOf(collection.id);
    if (deferred && !deferred->derived.isEmpty() && !db.exec(deferred->derived)) {
        *error = db.lastError();
        return false;
    }
    if (deferred && deferred->rebuild && !deferred->rebuild(db, error))
        return false;
    for (const Entry &entry : triggers) {
        if (!restore(db, collection, entry, error))
            return false;
    }
    return true;
}

// Inside a transaction: the next step (one index, or all the triggers), and how many are left.
bool step(SqlDatabase &db, const CachedCollection &collection, Build *build)
{
    QList<Entry> entries;
    if (!listPending(db, collection, &entries, &build->error))
        return false;
    if (entries.isEmpty())
        return true;
    build->built = true;
    QList<Entry> triggers;
    qsizetype indexes = 0;
    for (const Entry &entry : std::as_const(entries)) {
        if (entry.kind == QLatin1String("index"))
            ++indexes;
        else
            triggers.append(entry);
    }
    if (indexes > 0) {
        // entries are in step order, indexes first.
        const Entry &next = entries.constFirst();
        build->what = next.name;
        // The triggers are one step together, however many.
        build->left = int(indexes - 1) + (triggers.isEmpty() ? 0 : 1);
        return restore(db, collection, next, &build->error);
    }
    build->what = QStringLiteral("%1 search and aggregates").arg(collection.name);
    build->left = 0;
    return restoreTriggers(db, collection, triggers, &build->error);
}

} // namespace

bool deferrable(Collection collection)
{
    return deferredOf(collection) != nullptr;
}

bool pending(SqlDatabase &db, Collection collection, QString *error)
{
    SqlStatement select(db, QStringLiteral("SELECT 1 FROM bulk_pending WHERE collection = ? LIMIT 1"));
    select.bind(1, CachedCollection::of(collection).name);
    const SqlStatement::Step step = select.step();
    if (step == SqlStatement::Step::Error && error)
        *error = select.error();
    return step == SqlStatement::Step::Row;
}

bool begin(SqlDatabase &db, const CachedCollection &collection, bool *started, QString *error)
{
    *started = false;
    if (!deferrable(collection.id))
        return true;
    if (pending(db, collection.id, error) || !error->isEmpty())
        return error->isEmpty();
    // Indexes first, then triggers: the build's order. Automatic indexes (sql NULL) belong to the
    // table's constraints and stay.
    SqlStatement schema(db,
        QStringLiteral(
            "SELECT type, name, sql FROM main.sqlite_master WHERE tbl_name = ?"
            " AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type = 'trigger', name"));
    schema.bind(1, collection.table);
    QList<Entry> entries;
    SqlStatement::Step step;
    const Deferred *deferred = deferredOf(collection.id);
    const QStringList kept = deferred ? deferred->kept : QStringList();
    while ((step = schema.step()) == SqlStatement::Step::Row) {
        if (!kept.contains(schema.text(1)))
            entries.append({int(entries.size()), schema.text(0), schema.text(1), schema.text(2)});
    }
    if (step == SqlStatement::Step::Error) {
        *error = schema.error();
        return false;
    }
    SqlStatement record(db,
        QStringLiteral("INSERT INTO bulk_pending(collection, step, kind, name, sql) VALUES(?, ?, ?, ?, ?)"));
    for (const Entry &entry : std::as_const(entries)) {
        record.bind(1, collection.name)
            .bind(2, entry.step)
            .bind(3, entry.kind)
            .bind(4, entry.name)
            .bind(5, entry.sql);
        const QString drop = entry.kind == QLatin1String("index")
            ? QStringLiteral("DROP INDEX main.\"%1\"")
            : QStringLiteral("DROP TRIGGER main.\"%1\"");
        if (!record.execute() || !db.exec(drop.arg(entry.name))) {
            *error = record.error().isEmpty() ? db.lastError() : record.error();
            return false;
        }
    }
    *started = !entries.isEmpty();
    if (*started)
        qCInfo(lcStorage) << "first sync of" << collection.name << "loads in bulk:" << entries.size()
                          << "indexes and triggers set aside";
    return true;
}

Build buildNext(SqlDatabase &db, const CachedCollection &collection)
{
    Build build;
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        build.error = db.lastError();
        return build;
    }
    if (!step(db, collection, &build))
        return build;
    if (build.built && !transaction.commit()) {
        build.error = db.lastError();
        return build;
    }
    build.ok = true;
    return build;
}

bool buildAll(SqlDatabase &db, const CachedCollection &collection, QString *error)
{
    for (;;) {
        Build build;
        if (!step(db, collection, &build)) {
            *error = build.error;
            return false;
        }
        if (!build.built || build.left == 0)
            return true;
    }
}

} // namespace bulkload
