#include "leadquery.h"

#include "dashboardquery.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace leadquery {

namespace {
const QString kStatusRank = QStringLiteral(
    "(CASE status WHEN 'new' THEN 0 WHEN 'working' THEN 1 WHEN 'qualified' THEN 2 WHEN 'won' THEN 3"
    " WHEN 'lost' THEN 4 ELSE 5 END)");

const QString kColumns = QStringLiteral(
    "l.id, l.name, l.domain, l.site_id, l.industry, l.size, l.country, l.city, l.score, l.status,"
    " l.assignee_id, t.name, l.tags, l.first_visit_at, l.last_visit_at, l.visits, l.page_views,"
    " l.crm_state, l.crm_provider, l.created_at,"
    " EXISTS(SELECT 1 FROM outbox o WHERE o.kind = 'lead_patch' AND o.target_id = l.id),"
    " EXISTS(SELECT 1 FROM conflicts c WHERE c.collection = 'leads' AND c.target_id = l.id"
    " AND c.dismissed = 0)");

QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return escaped;
}

// Runs of letters and digits: what FTS4's unicode61 tokenizer indexes as tokens.
QStringList tokens(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString textOf(const SqlStatement &row, int column)
{
    return row.isNull(column) ? QString() : row.text(column);
}

QDateTime timeOf(const SqlStatement &row, int column)
{
    return row.isNull(column) ? QDateTime() : QDateTime::fromSecsSinceEpoch(row.integer(column), Qt::UTC);
}

// Typed as stored, so the next page compares like with like (3 and '3' sort apart in SQLite).
QVariant keyOf(const SqlStatement &row, int column)
{
    return row.value(column);
}

Row rowFrom(const SqlStatement &s)
{
    // Column 0 is the sort key, then kColumns.
    Row r;
    r.key = keyOf(s, 0);
    r.id = s.integer(1);
    r.name = textOf(s, 2);
    r.domain = textOf(s, 3);
    r.siteId = s.integer(4);
    r.industry = textOf(s, 5);
    r.size = textOf(s, 6);
    r.country = textOf(s, 7);
    r.city = textOf(s, 8);
    r.score = int(s.integer(9));
    r.status = textOf(s, 10);
    r.assigneeId = s.isNull(11) ? 0 : s.integer(11);
    r.assigneeName = textOf(s, 12);
    for (const QJsonValue &tag : QJsonDocument::fromJson(s.blob(13)).array())
        r.tags.append(tag.toString());
    r.firstVisitAt = timeOf(s, 14);
    r.lastVisitAt = timeOf(s, 15);
    r.visits = int(s.integer(16));
    r.pageViews = int(s.integer(17));
    r.crmState = textOf(s, 18);
    r.crmProvider = textOf(s, 19);
    r.createdAt = timeOf(s, 20);
    r.pending = s.integer(21) != 0;
    r.conflict = s.integer(22) != 0;
    return r;
}

bool readRows(SqlStatement &select, const QVariantList &binds, Page *page)
{
    if (!select.isValid()) {
        page->error = select.error();
        return false;
    }
    for (qsizetype i = 0; i < binds.size(); ++i)
        select.bind(int(i) + 1, binds.at(i));
    for (;;) {
        const SqlStatement::Step step = select.step();
        if (step == SqlStatement::Step::Done)
            return true;
        if (step == SqlStatement::Step::Error) {
            page->error = select.error();
            return false;
        }
        page->rows.append(rowFrom(select));
    }
}

// How a query reads the leads: walking the sort column's index (`index`, for INDEXED BY), or
// through whatever index the planner picks for the filter, then sorting (`index` empty).
struct Plan
{
    QString index;
    qint64 searchCount = -1; // a search and nothing else, with many matches: how many
    QString error;
};

// Below this many matches the planner reads them through the filter's own index and sorts them
// (a few milliseconds); above it a page walks the sort index until it has its rows, which costs
// about pageSize / (matches / leads) index entries and stays under that.
constexpr qint64 kFewRows = 5000;
// A search with many matches and nothing else: the count comes from FTS and page starts only
// for the first pages (the rest are reached from the page before, or by OFFSET), so the count
// never waits for the sort keys of tens of thousands of rows.
constexpr int kSearchAnchorPages = 10;

QString indexFor(LeadSort::Column column)
{
    // cacheschema, migration 4: every one is (key, id, status, score).
    using C = LeadSort::Column;
    switch (column) {
    case C::Name:
        return QStringLiteral("leads_name");
    case C::Domain:
        return QStringLiteral("leads_domain");
    case C::Score:
        return QStringLiteral("leads_score");
    case C::Status:
        return QStringLiteral("leads_status_rank");
    case C::Country:
        return QStringLiteral("leads_country");
    case C::Industry:
        return QStringLiteral("leads_industry");
    case C::Size:
        return QStringLiteral("leads_size");
    case C::Assignee:
        return QStringLiteral("leads_assignee_rank");
    case C::LastVisit:
        return QStringLiteral("leads_last_visit");
    case C::Visits:
        return QStringLiteral("leads_visits");
    case C::PageViews:
        return QStringLiteral("leads_page_views");
    case C::Created:
        return QStringLiteral("leads_created");
    case C::Crm:
        return QStringLiteral("leads_crm_state");
    }
    return {};
}

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
    for (qsizetype i = 0; i < binds.size(); ++i)
        count.bind(int(i) + 1, binds.at(i));
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
    for (const LeadFilter &one : std::as_const(singles)) {
        const Condition c = where(one);
        best = std::min(best,
            countOf(db,
                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM leads l WHERE %1 LIMIT ?)").arg(c.sql),
                c.binds + QVariantList {cap}, error));
    }
    return error->isEmpty() ? best : -1;
}

// `wholeList`: every match in order (a count and page starts), rather than one page.
Plan planFor(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, bool wholeList)
{
    Plan plan;
    const LeadFilter rest = uncovered(filter, sort);
    if (rest.isEmpty()) {
        // Every condition is on the index entries: a page is an index range, a scan an index scan.
        plan.index = indexFor(sort.column);
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
            plan.index = indexFor(sort.column);
        }
        return plan;
    }
    const qint64 atMost = estimate(db, rest, kFewRows, &plan.error);
    if (atMost < kFewRows)
        return plan; // few: through their own index, then sorted
    if (!wholeList)
        plan.index = indexFor(sort.column);
    // Otherwise all of many matches: the planner's filter index and a sort beats a million table
    // reads along the sort index.
    return plan;
}

QString selectFrom(const QString &key, const Condition &c, const Plan &plan)
{
    const QString indexed = plan.index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + plan.index;
    return QStringLiteral("SELECT %1, %2 FROM leads l%3 LEFT JOIN team t ON t.id = l.assignee_id WHERE %4")
        .arg(key, kColumns, indexed, c.sql);
}
} // namespace

QString temperatureOf(int score)
{
    if (score >= dashboardquery::kHotScore)
        return QStringLiteral("hot");
    if (score >= dashboardquery::kWarmScore)
        return QStringLiteral("warm");
    return QStringLiteral("cold");
}

QString ftsExpression(const QString &search, const QStringList &tags)
{
    QStringList terms;
    const QStringList words = search.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QStringList parts = tokens(words.at(w));
        if (parts.isEmpty())
            continue;
        // Typing is a prefix of the last word; a word like "acme.example" is the phrase of its parts.
        const bool last = w == words.size() - 1;
        terms.append(u'"' + parts.join(u' ') + (last ? QStringLiteral("*\"") : QStringLiteral("\"")));
    }
    for (const QString &tag : tags) {
        // Each word of the tag on its own, column-qualified: the FTS4 of SQLite 3.15 ignores a
        // column filter in front of a quoted phrase (and a query of only that matches nothing).
        // Plain words cannot be operators once lower-cased; where() keeps the whole tag exactly.
        for (const QString &part : tokens(tag))
            terms.append(QStringLiteral("tags:") + part.toLower());
    }
    return terms.join(u' ');
}

Condition where(const LeadFilter &f)
{
    QStringList parts;
    QVariantList binds;
    const QString match = ftsExpression(f.search, f.tags);
    if (!match.isEmpty()) {
        parts.append(QStringLiteral("l.id IN (SELECT docid FROM leads_fts WHERE leads_fts MATCH ?)"));
        binds.append(match);
    }
    for (const QString &tag : f.tags) {
        // FTS narrows by the tag's words; this keeps exactly the leads carrying the whole tag.
        parts.append(QStringLiteral("l.tags LIKE ? ESCAPE '\\'"));
        binds.append(
            QString(QStringLiteral("%\"") + likeEscaped(tag.trimmed().toLower()) + QStringLiteral("\"%")));
    }
    if (!f.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : f.statuses) {
            marks.append(QStringLiteral("?"));
            binds.append(status);
        }
        parts.append(QStringLiteral("l.status IN (%1)").arg(marks.join(u',')));
    }
    if (f.scoreMin > 0) {
        parts.append(QStringLiteral("l.score >= ?"));
        binds.append(f.scoreMin);
    }
    if (f.scoreMax < 100) {
        parts.append(QStringLiteral("l.score <= ?"));
        binds.append(f.scoreMax);
    }
    if (!f.temperatures.isEmpty() && f.temperatures.size() < 3) {
        QStringList ranges;
        if (f.temperatures.contains(QStringLiteral("hot")))
            ranges.append(QStringLiteral("l.score >= %1").arg(dashboardquery::kHotScore));
        if (f.temperatures.contains(QStringLiteral("warm")))
            ranges.append(QStringLiteral("(l.score >= %1 AND l.score < %2)")
                              .arg(dashboardquery::kWarmScore)
                              .arg(dashboardquery::kHotScore));
        if (f.temperatures.contains(QStringLiteral("cold")))
            ranges.append(QStringLiteral("l.score < %1").arg(dashboardquery::kWarmScore));
        if (!ranges.isEmpty())
            parts.append(u'(' + ranges.join(QStringLiteral(" OR ")) + u')');
    }
    const auto equals = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        parts.append(QStringLiteral("l.%1 = ?").arg(QLatin1String(column)));
        binds.append(value);
    };
    equals("country", f.country);
    equals("industry", f.industry);
    equals("size", f.size);
    if (f.assigneeId == 0) {
        parts.append(QStringLiteral("l.assignee_id IS NULL"));
    } else if (f.assigneeId > 0) {
        parts.append(QStringLiteral("l.assignee_id = ?"));
        binds.append(f.assigneeId);
    }
    if (f.siteId > 0) {
        parts.append(QStringLiteral("l.site_id = ?"));
        binds.append(f.siteId);
    }
    if (f.lastVisitFrom.isValid()) {
        parts.append(QStringLiteral("l.last_visit_at >= ?"));
        binds.append(f.lastVisitFrom.startOfDay().toSecsSinceEpoch());
    }
    if (f.lastVisitTo.isValid()) {
        parts.append(QStringLiteral("l.last_visit_at < ?"));
        binds.append(f.lastVisitTo.addDays(1).startOfDay().toSecsSinceEpoch());
    }
    return {parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND ")), binds};
}

QString sortKey(LeadSort::Column column)
{
    using C = LeadSort::Column;
    switch (column) {
    case C::Name:
        return QStringLiteral("l.name COLLATE NOCASE");
    case C::Domain:
        return QStringLiteral("l.domain");
    case C::Score:
        return QStringLiteral("l.score");
    case C::Status:
        return kStatusRank;
    case C::Country:
        return QStringLiteral("l.country");
    case C::Industry:
        return QStringLiteral("l.industry");
    case C::Size:
        return QStringLiteral("l.size");
    case C::Assignee:
        return QStringLiteral("ifnull(l.assignee_id, 0)");
    case C::LastVisit:
        return QStringLiteral("l.last_visit_at");
    case C::Visits:
        return QStringLiteral("l.visits");
    case C::PageViews:
        return QStringLiteral("l.page_views");
    case C::Created:
        return QStringLiteral("l.created_at");
    case C::Crm:
        return QStringLiteral("l.crm_state");
    }
    return QStringLiteral("l.id");
}

QString orderBy(const LeadSort &sort)
{
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    return sortKey(sort.column) + direction + QStringLiteral(", l.id") + direction;
}

Page fetchAfter(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort,
    const std::optional<Key> &after, int limit)
{
    Page page;
    const Condition c = where(filter);
    const Plan plan = planFor(db, filter, sort, false);
    if (!plan.error.isEmpty()) {
        page.error = plan.error;
        return page;
    }
    const QString key = sortKey(sort.column);
    const QString beyond = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    if (!after) {
        SqlStatement first(db,
            selectFrom(key, c, plan) + QStringLiteral(" ORDER BY ") + orderBy(sort)
                + QStringLiteral(" LIMIT ?"));
        readRows(first, c.binds + QVariantList {limit}, &page);
        return page;
    }
    // The rest of the anchor's tie: same key, ids beyond it (an index range on key and id). NULL
    // keys sort first and tie like any other key.
    const bool nullKey = !after->value.isValid();
    SqlStatement tie(db,
        selectFrom(key, c, plan)
            + QStringLiteral(" AND %1 %2 AND l.id %3 ? ORDER BY l.id%4 LIMIT ?")
                  .arg(key, nullKey ? QStringLiteral("IS NULL") : QStringLiteral("= ?"), beyond, direction));
    QVariantList tieBinds = c.binds;
    if (!nullKey)
        tieBinds.append(after->value);
    tieBinds += QVariantList {after->id, limit};
    if (!readRows(tie, tieBinds, &page))
        return page;
    if (page.rows.size() >= limit)
        return page;
    // Then the keys beyond the anchor's.
    const QString rest = !nullKey
        ? QStringLiteral(" AND %1 %2 ?").arg(key, beyond)
        : (sort.descending ? QStringLiteral(" AND 0") : QStringLiteral(" AND %1 IS NOT NULL").arg(key));
    SqlStatement next(db,
        selectFrom(key, c, plan) + rest + QStringLiteral(" ORDER BY ") + orderBy(sort)
            + QStringLiteral(" LIMIT ?"));
    QVariantList binds = c.binds;
    if (!nullKey)
        binds.append(after->value);
    binds.append(limit - int(page.rows.size()));
    if (!readRows(next, binds, &page) || page.rows.size() >= limit)
        return page;
    // Descending, the NULL keys come after all others: reached once the keys beyond are used up.
    if (sort.descending && !nullKey) {
        SqlStatement nulls(db,
            selectFrom(key, c, plan) + QStringLiteral(" AND %1 IS NULL ORDER BY l.id DESC LIMIT ?").arg(key));
        readRows(nulls, c.binds + QVariantList {limit - int(page.rows.size())}, &page);
    }
    return page;
}

Page fetchAt(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, qint64 offset, int limit)
{
    Page page;
    const Condition c = where(filter);
    const Plan plan = planFor(db, filter, sort, false);
    if (!plan.error.isEmpty()) {
        page.error = plan.error;
        return page;
    }
    SqlStatement select(db,
        selectFrom(sortKey(sort.column), c, plan) + QStringLiteral(" ORDER BY ") + orderBy(sort)
            + QStringLiteral(" LIMIT ? OFFSET ?"));
    readRows(select, c.binds + QVariantList {limit, offset}, &page);
    return page;
}

Anchors scanAnchors(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, int pageSize,
    const std::atomic<quint64> *generation, quint64 mine)
{
    Anchors anchors;
    const Condition c = where(filter);
    const Plan plan = planFor(db, filter, sort, true);
    if (!plan.error.isEmpty()) {
        anchors.error = plan.error;
        return anchors;
    }
    const bool partial = plan.searchCount >= 0;
    SqlStatement select(db,
        QStringLiteral("SELECT %1, l.id FROM leads l%2 WHERE %3 ORDER BY %4%5")
            .arg(sortKey(sort.column),
                plan.index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + plan.index, c.sql,
                orderBy(sort), partial ? QStringLiteral(" LIMIT ?") : QString()));
    if (!select.isValid()) {
        anchors.error = select.error();
        return anchors;
    }
    for (qsizetype i = 0; i < c.binds.size(); ++i)
        select.bind(int(i) + 1, c.binds.at(i));
    if (partial)
        select.bind(int(c.binds.size()) + 1, qint64(kSearchAnchorPages) * pageSize);
    anchors.keys.append(Key {});
    qint64 n = 0;
    for (;;) {
        const SqlStatement::Step step = select.step();
        if (step == SqlStatement::Step::Done)
            break;
        if (step == SqlStatement::Step::Error) {
            anchors.error = select.error();
            return anchors;
        }
        ++n;
        if (n % pageSize == 0) {
            anchors.keys.append({keyOf(select, 0), select.integer(1)});
            if (generation && generation->load() != mine) {
                anchors.cancelled = true;
                return anchors;
            }
        }
    }
    anchors.count = partial ? std::max(n, plan.searchCount) : n;
    return anchors;
}

QList<qint64> ids(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, int limit, QString *error)
{
    const Condition c = where(filter);
    const Plan plan = planFor(db, filter, sort, false);
    if (!plan.error.isEmpty()) {
        *error = plan.error;
        return {};
    }
    SqlStatement select(db,
        QStringLiteral("SELECT l.id FROM leads l%1 WHERE %2 ORDER BY %3 LIMIT ?")
            .arg(plan.index.isEmpty() ? QString() : QStringLiteral(" INDEXED BY ") + plan.index, c.sql,
                orderBy(sort)));
    for (qsizetype i = 0; i < c.binds.size(); ++i)
        select.bind(int(i) + 1, c.binds.at(i));
    select.bind(int(c.binds.size()) + 1, limit);
    QList<qint64> out;
    while (select.step() == SqlStatement::Step::Row)
        out.append(select.integer(0));
    *error = select.error();
    return out;
}

Options options(SqlDatabase &db)
{
    Options o;
    const auto distinct = [&db](const char *column) {
        QStringList values;
        SqlStatement select(db,
            QStringLiteral("SELECT DISTINCT %1 FROM leads WHERE %1 IS NOT NULL AND %1 <> '' ORDER BY %1")
                .arg(QLatin1String(column)));
        while (select.step() == SqlStatement::Step::Row)
            values.append(select.text(0));
        return values;
    };
    o.countries = distinct("country");
    o.industries = distinct("industry");
    o.sizes = distinct("size");
    QHash<QString, int> used;
    SqlStatement tags(db, QStringLiteral("SELECT tags FROM leads WHERE tags <> '[]'"));
    while (tags.step() == SqlStatement::Step::Row) {
        for (const QJsonValue &tag : QJsonDocument::fromJson(tags.blob(0)).array())
            ++used[tag.toString()];
    }
    QList<std::pair<int, QString>> ranked;
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        ranked.append({-it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end());
    for (qsizetype i = 0; i < ranked.size() && i < 50; ++i)
        o.tags.append(ranked.at(i).second);
    return o;
}

} // namespace leadquery
