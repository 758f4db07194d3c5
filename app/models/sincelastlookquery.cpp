#include "sincelastlookquery.h"

#include "core/leadvocabulary.h"
#include "storage/cachedocuments.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storage/sqltransaction.h"

#include <QVariant>

#include <algorithm>
#include <functional>

namespace sincelastlookquery {

namespace {

// A lead `l` the lead list would show: not hidden by id, nor by an excluded domain (which also
// covers the moments hidden_leads is being rebuilt, when leads are loaded in bulk).
const char *const kShown = "NOT EXISTS (SELECT 1 FROM hidden_leads h WHERE h.lead_id = l.id)"
                           " AND NOT EXISTS (SELECT 1 FROM exclusions e WHERE e.domain = l.domain)";

// The passes. Each is driven by what changed — lead_seen (the leads whose score or assignee moved
// since the mark, a few thousand), the primary-key ranges of leads and notes above the mark's ids,
// the target-account domains (a few thousand, through leads_domain) — and CROSS JOIN keeps that
// order, so the million-row tables are only probed.

// Score and assignee at the mark and now, for hot crossings, score rises and reassignments.
const char *const kChanged = R"sql(
SELECT l.id, ifnull(s.score, 0), ifnull(l.score, 0), s.assignee_id, l.assignee_id, l.updated_at
    FROM lead_seen s CROSS JOIN leads l ON l.id = s.lead_id WHERE %1
)sql";

// ?1 the highest lead id at the mark.
const char *const kNewLeads = R"sql(
SELECT l.id, ifnull(l.score, 0), l.assignee_id, l.created_at FROM leads l WHERE l.id > ?1 AND %1
)sql";

// ?1 the mark's time: target accounts whose last visit started after it; the first, if every visit
// of theirs did.
const char *const kTargetVisits = R"sql(
SELECT l.id, l.last_visit_at, ifnull(l.first_visit_at > ?1, 1)
    FROM (SELECT DISTINCT domain FROM target_accounts WHERE domain IS NOT NULL) t
    CROSS JOIN leads l ON l.domain = t.domain
    WHERE l.last_visit_at > ?1 AND %1
)sql";

// ?1 the user, ?2 the highest note id at the mark (the user's own notes not sent yet have negative
// ids, and are theirs anyway).
const char *const kTeammateNotes = R"sql(
SELECT n.id, l.id, n.created_at FROM notes n CROSS JOIN leads l ON l.id = n.lead_id
    WHERE n.id > ?2 AND n.author_id IS NOT ?1 AND l.assignee_id = ?1 AND %1
)sql";

// Newest first; ties by lead, then note, so the order is stable from one read to the next.
bool newer(const Entry &a, const Entry &b)
{
    if (a.at != b.at)
        return a.at > b.at;
    if (a.leadId != b.leadId)
        return a.leadId > b.leadId;
    return a.noteId > b.noteId;
}

// Every entry counted; the newest `cap` of each section kept.
class Collector
{
public:
    Collector(Digest &digest, int cap)
        : m_digest(digest)
        , m_cap(cap)
    { }

    void add(const Entry &entry)
    {
        const size_t s = size_t(entry.section);
        ++m_digest.totals[s];
        QList<Entry> &kept = m_newest[s];
        if (m_cap <= 0 || (kept.size() >= m_cap && !newer(entry, kept.constLast())))
            return;
        kept.insert(std::upper_bound(kept.begin(), kept.end(), entry, newer), entry);
        if (kept.size() > m_cap)
            kept.removeLast();
    }

    // In section order.
    QList<Entry> entries() const
    {
        QList<Entry> out;
        for (const QList<Entry> &kept : m_newest)
            out += kept;
        return out;
    }

private:
    Digest &m_digest;
    int m_cap;
    std::array<QList<Entry>, SinceLastLook::kSections> m_newest;
};

// Runs one pass, handing each row to `row`; false with digest->error.
bool pass(SqlDatabase &db, const char *sql, const QVariantList &binds, Digest *digest,
    const std::function<void(const SqlStatement &)> &row)
{
    SqlStatement select(db, QString::fromLatin1(sql).arg(QString::fromLatin1(kShown)));
    select.bindAll(binds);
    SqlStatement::Step step;
    while ((step = select.step()) == SqlStatement::Step::Row)
        row(select);
    if (step == SqlStatement::Step::Error) {
        digest->error = select.error();
        return false;
    }
    return true;
}

// Hot crossings, score rises and reassignments, from lead_seen. Leads new since the mark are the
// next pass's (a score kept for them is the one they arrived with: a rise counts, a crossing not).
bool readChanged(SqlDatabase &db, const lastlook::Mark &mark, qint64 me, Collector &collector, Digest *digest)
{
    return pass(db, kChanged, {}, digest, [&](const SqlStatement &row) {
        Entry entry;
        entry.leadId = row.integer(0);
        entry.before = row.integer(1);
        entry.after = row.integer(2);
        entry.at = row.integer(5);
        entry.hadBefore = true;
        const bool existed = entry.leadId <= mark.lastLeadId;
        if (existed && entry.before < Lead::kHotScore && entry.after >= Lead::kHotScore) {
            entry.section = Section::NewHotLead;
            collector.add(entry);
        }
        if (entry.after - entry.before >= SinceLastLook::kScoreRise) {
            entry.section = Section::ScoreRise;
            collector.add(entry);
        }
        const bool wasMine = !row.isNull(3) && row.integer(3) == me;
        const bool isMine = !row.isNull(4) && row.integer(4) == me;
        if (existed && me > 0 && isMine && !wasMine) {
            Entry assigned;
            assigned.section = Section::AssignedToMe;
            assigned.leadId = entry.leadId;
            assigned.at = entry.at;
            assigned.after = entry.after;
            assigned.hadBefore = !row.isNull(3);
            assigned.previousAssigneeId = row.integer(3);
            collector.add(assigned);
        }
    });
}

// Leads new since the mark: hot ones, and those assigned to the user.
bool readNewLeads(
    SqlDatabase &db, const lastlook::Mark &mark, qint64 me, Collector &collector, Digest *digest)
{
    return pass(db, kNewLeads, {mark.lastLeadId}, digest, [&](const SqlStatement &row) {
        Entry entry;
        entry.leadId = row.integer(0);
        entry.after = row.integer(1);
        entry.at = row.integer(3);
        entry.isNew = true;
        if (entry.after >= Lead::kHotScore) {
            entry.section = Section::NewHotLead;
            collector.add(entry);
        }
        if (me > 0 && !row.isNull(2) && row.integer(2) == me) {
            entry.section = Section::AssignedToMe;
            collector.add(entry);
        }
    });
}

bool readTargetVisits(SqlDatabase &db, const lastlook::Mark &mark, Collector &collector, Digest *digest)
{
    return pass(db, kTargetVisits, {mark.at}, digest, [&](const SqlStatement &row) {
        Entry entry;
        entry.section = Section::TargetAccount;
        entry.leadId = row.integer(0);
        entry.at = row.integer(1);
        entry.firstVisit = row.integer(2) != 0;
        collector.add(entry);
    });
}

bool readTeammateNotes(
    SqlDatabase &db, const lastlook::Mark &mark, qint64 me, Collector &collector, Digest *digest)
{
    return pass(db, kTeammateNotes, {me, mark.lastNoteId}, digest, [&](const SqlStatement &row) {
        Entry entry;
        entry.section = Section::TeammateNote;
        entry.noteId = row.integer(0);
        entry.leadId = row.integer(1);
        entry.at = row.integer(2);
        collector.add(entry);
    });
}

QString textOf(SqlStatement &statement, const QVariant &key)
{
    statement.reset();
    statement.bind(1, key);
    return statement.step() == SqlStatement::Step::Row ? statement.text(0) : QString();
}

// The names and words of the entries that are shown: a few dozen primary-key reads.
bool describe(SqlDatabase &db, QList<Entry> &entries, QString *error)
{
    SqlStatement lead(db, QStringLiteral("SELECT name, domain FROM leads WHERE id = ?"));
    SqlStatement list(db,
        QStringLiteral("SELECT tl.name FROM target_accounts ta JOIN target_lists tl ON tl.id = ta.list_id"
                       " WHERE ta.domain = ? ORDER BY tl.name LIMIT 1"));
    SqlStatement member(db, QStringLiteral("SELECT name FROM team WHERE id = ?"));
    SqlStatement note(db, QStringLiteral("SELECT body, author_id FROM notes WHERE id = ?"));
    for (const SqlStatement *statement : {&lead, &list, &member, &note}) {
        if (!statement->isValid()) {
            *error = statement->error();
            return false;
        }
    }
    for (Entry &entry : entries) {
        lead.reset();
        lead.bind(1, entry.leadId);
        if (lead.step() == SqlStatement::Step::Row) {
            entry.name = lead.text(0);
            entry.domain = lead.text(1);
        }
        switch (entry.section) {
        case Section::TargetAccount:
            entry.other = textOf(list, entry.domain);
            break;
        case Section::AssignedToMe:
            if (entry.hadBefore)
                entry.other = textOf(member, entry.previousAssigneeId);
            break;
        case Section::TeammateNote:
            note.reset();
            note.bind(1, entry.noteId);
            if (note.step() == SqlStatement::Step::Row) {
                entry.text = note.text(0);
                if (!note.isNull(1))
                    entry.other = textOf(member, note.integer(1));
            }
            break;
        case Section::NewHotLead:
        case Section::ScoreRise:
            break;
        }
    }
    return true;
}

} // namespace

Digest compute(SqlDatabase &db, int cap)
{
    Digest digest;
    SqlReadSnapshot snapshot(db);
    digest.mark = lastlook::read(db, &digest.error);
    if (!digest.error.isEmpty() || !digest.mark.set)
        return digest;
    const lastlook::Mark &mark = digest.mark;
    const qint64 me = cachedocuments::read(db, QStringLiteral("me")).value(QStringLiteral("id")).toInteger();
    digest.meId = me;
    bool ok = false;
    digest.onlyTargetList = db.scalar(
        QStringLiteral("SELECT CASE WHEN count(*) = 1 THEN min(id) ELSE 0 END FROM target_lists"), &ok);
    if (!ok) {
        digest.error = db.lastError();
        return digest;
    }

    Collector collector(digest, cap);
    const bool read = readChanged(db, mark, me, collector, &digest)
        && readNewLeads(db, mark, me, collector, &digest) && readTargetVisits(db, mark, collector, &digest)
        && (me <= 0 || readTeammateNotes(db, mark, me, collector, &digest));
    if (!read) {
        digest.totals = {};
        return digest;
    }
    digest.entries = collector.entries();
    if (!describe(db, digest.entries, &digest.error)) {
        digest.entries.clear();
        digest.totals = {};
    }
    return digest;
}

} // namespace sincelastlookquery
