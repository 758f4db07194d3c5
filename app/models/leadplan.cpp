#include "leadplan.h"

#include "storage/bulkload.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

namespace leadquery {

namespace {
// What of the filter a sort index entry cannot decide: all but status and score (temperatures
// are score ranges) and, for the last-visit sort, the last-visit range (its key).
LeadFilter uncovered(const LeadFilter &f, const LeadSort &sort)
{
    LeadFilter rest = f;
    rest.statuses.clear();
    rest.scoreMin = 0;
    rest.scoreMax = 100;
    rest.temperatures.clear();
    if (sort.column == LeadSort::Column::LastVisit) {
        rest.lastVisitFrom = {};
        rest.lastVisitTo = {};
    }
    return rest;
}

qint64 countOf(SqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    SqlStatement count(db, sql);
    count.bindAll(binds);
    if (count.step() != SqlStatement::Step::Row) {
        *error = count.error();
        return -1;
    }
    return count.integer(0);
}

// At most `cap`: how many leads `rest` can match at most, the smallest of its conditions' counts,
// each capped and read from that condition's own index (or the search's FTS doclist).
qint64 estimate(SqlDatabase &db, const LeadFilter &rest, qint64 cap, QString *error)
{
    qint64 best = cap;
    const QString match = ftsExpression(rest.search, rest.tags);
    if (!match.isEmpty()) {
        best = std::min(best,
            countOf(db,
                QStringLiteral(
                    "SELECT count(*) FROM (SELECT docid FROM leads_fts WHERE leads_fts MATCH ? LIMIT ?)"),
                {match, cap}, error));
    }
    QList<LeadFilter> singles;
    const auto single = [&singles](auto set) {
        LeadFilter one;
        set(one);
        if (!one.isEmpty())
            singles.append(one);
    };
    single([&](LeadFilter &one) { one.country = rest.country; });
    single([&](LeadFilter &one) { one.industry = rest.industry; });
    single([&](LeadFilter &one) { one.size = rest.size; });
    single([&](LeadFilter &one) { one.assigneeId = rest.assigneeId; });
    single([&](LeadFilter &one) { one.siteId = rest.siteId; });
    single([&](LeadFilter &one) {
        one.lastVisitFrom = rest.lastVisitFrom;
        one.lastVisitTo = rest.lastVisitTo;
    });
    single([&](LeadFilter &one) { one.hidden = rest.hidden; });
    single([&](LeadFilter &one) { one.targetListId = rest.targetListId; });
    if (const QString grades = gradeSql(rest.grades, QStringLiteral("c")); !grades.isEmpty()) {
        best = std::min(best,
            countOf(db,
                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM fit_classes c JOIN lead_fit f"
                               " ON f.class = c.id WHERE %1 LIMIT ?)")
                    .arg(grades),
                {cap}, error));
    }
    for (const LeadFilter &one : std::as_const(singles)) {
        const Condition c = where(one, {false, true});
        best = std::min(best,
            countOf(db,
                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM leads l WHERE %1 LIMIT ?)").arg(c.sql),
                c.binds + QVariantList {cap}, error));
    }
    return error->isEmpty() ? best : -1;
}

} // namespace

Plan planFor(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, bool wholeList)
{
    Plan plan;
    // During the first full sync's bulk load there is no index to walk (INDEXED BY would fail) and
    // the search index is empty: the planner reads the table, and the screen says it is preparing.
    plan.preparing = bulkload::pending(db, Collection::Leads, &plan.error);
    plan.shape.preparing = plan.preparing;
    if (plan.preparing || !plan.error.isEmpty())
        return plan;
    if (const QString grades = gradeSql(filter.grades, QStringLiteral("c")); !grades.isEmpty()) {
        plan.shape.fitDrives = countOf(db,
                                   QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM fit_classes c JOIN"
                                                  " lead_fit f ON f.class = c.id WHERE %1 LIMIT ?)")
                                       .arg(grades),
                                   {kFewRows}, &plan.error)
            < kFewRows;
    }
    const LeadFilter rest = uncovered(filter, sort);
    if (rest.isEmpty()) {
        // Every condition is on the index entries: a page is an index range, a scan an index scan.
        plan.index = sortIndex(sort.column);
        return plan;
    }
    LeadFilter search;
    search.search = filter.search;
    const QString match = ftsExpression(filter.search, {});
    if (wholeList && filter == search && !match.isEmpty()) {
        // A search alone, all of it: FTS counts it exactly (leads_fts holds one document per lead).
        const qint64 count = countOf(db,
            QStringLiteral("SELECT count(*) FROM leads_fts WHERE leads_fts MATCH ?"), {match}, &plan.error);
        if (count >= kFewRows) {
            plan.searchCount = count;
            plan.index = sortIndex(sort.column);
        }
        return plan;
    }
    const qint64 atMost = estimate(db, rest, kFewRows, &plan.error);
    if (atMost < kFewRows)
        return plan; // few: through their own index, then sorted
    if (!wholeList)
        plan.index = sortIndex(sort.column);
    // Otherwise all of many matches: the planner's filter index and a sort beats a million table
    // reads along the sort index.
    return plan;
}

} // namespace leadquery
