#include "leadquery.h"

#include "leadplan.h"

#include "core/leadvocabulary.h"
#include "storage/bulkload.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storage/sqltransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <iterator>

namespace leadquery {

namespace {
// What every lead-list query selects after its sort key, and where rowFrom() reads each column:
// the enum is the index, kColumnSql the expression, in the same order.
enum Column
{
    SortKey,
    Id,
    Name,
    Domain,
    SiteId,
    Industry,
    Size,
    Country,
    City,
    Score,
    Status,
    AssigneeId,
    AssigneeName,
    Tags,
    FirstVisit,
    LastVisit,
    Visits,
    PageViews,
    CrmState,
    CrmProvider,
    Created,
    Pending,
    Conflict,
    Fit,
    TargetLists,
    ColumnCount
};

constexpr const char *kColumnSql[] = {
    "l.id",
    "l.name",
    "l.domain",
    "l.site_id",
    "l.industry",
    "l.size",
    "l.country",
    "l.city",
    "l.score",
    "l.status",
    "l.assignee_id",
    "t.name",
    "l.tags",
    "l.first_visit_at",
    "l.last_visit_at",
    "l.visits",
    "l.page_views",
    "l.crm_state",
    "l.crm_provider",
    "l.created_at",
    "EXISTS(SELECT 1 FROM outbox o WHERE o.kind = 'lead_patch' AND o.target_id = l.id)",
    "EXISTS(SELECT 1 FROM conflicts k WHERE k.collection = 'leads' AND k.target_id = l.id AND k.dismissed = "
    "0)",
    "(SELECT xc.fit FROM lead_fit xf JOIN fit_classes xc ON xc.id = xf.class WHERE xf.lead_id = l.id)",
    "(SELECT group_concat(tl.name, ', ') FROM target_accounts ta JOIN target_lists tl ON tl.id = ta.list_id"
    " WHERE ta.domain = l.domain)",
};
static_assert(std::size(kColumnSql) == ColumnCount - 1, "one expression per column after the sort key");

const QString kColumns = [] {
    QStringList columns;
    for (const char *sql : kColumnSql)
        columns.append(QLatin1String(sql));
    return columns.join(QStringLiteral(", "));
}();

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
    Row r;
    r.key = keyOf(s, SortKey);
    r.id = s.integer(Id);
    r.name = textOf(s, Name);
    r.domain = textOf(s, Domain);
    r.siteId = s.integer(SiteId);
    r.industry = textOf(s, Industry);
    r.size = textOf(s, Size);
    r.country = textOf(s, Country);
    r.city = textOf(s, City);
    r.score = int(s.integer(Score));
    r.status = textOf(s, Status);
    r.assigneeId = s.isNull(AssigneeId) ? 0 : s.integer(AssigneeId);
    r.assigneeName = textOf(s, AssigneeName);
    for (const QJsonValue &tag : QJsonDocument::fromJson(s.blob(Tags)).array())
        r.tags.append(tag.toString());
    r.firstVisitAt = timeOf(s, FirstVisit);
    r.lastVisitAt = timeOf(s, LastVisit);
    r.visits = int(s.integer(Visits));
    r.pageViews = int(s.integer(PageViews));
    r.crmState = textOf(s, CrmState);
    r.crmProvider = textOf(s, CrmProvider);
    r.createdAt = timeOf(s, Created);
    r.pending = s.integer(Pending) != 0;
    r.conflict = s.integer(Conflict) != 0;
    if (!s.isNull(Fit))
        r.fit = int(s.integer(Fit));
    r.targetLists = textOf(s, TargetLists);
    return r;
}

bool readRows(SqlStatement &select, const QVariantList &binds, Page *page)
{
    if (!select.isValid()) {
        page->error = select.error();
        return false;
    }
    select.bindAll(binds);
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

QString selectFrom(const QString &key, const LeadSort &sort, const Condition &c, const Plan &plan)
{
    return QStringLiteral("SELECT %1, %2 FROM %3 LEFT JOIN team t ON t.id = l.assignee_id WHERE %4")
        .arg(key, kColumns, source(sort, !plan.index.isEmpty()), c.sql);
}
} // namespace

Page fetchAfter(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort,
    const std::optional<Key> &after, int limit)
{
    const SqlReadSnapshot snapshot(db); // the plan and its statements see one schema
    Page page;
    const Plan plan = planFor(db, filter, sort, false);
    const Condition c = where(filter, plan.shape);
    page.preparing = plan.preparing;
    if (!plan.error.isEmpty()) {
        page.error = plan.error;
        return page;
    }
    const bool walk = !plan.index.isEmpty();
    const QString id = idColumn(sort, walk);
    const QString key = sortKey(sort.column);
    const QString beyond = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    if (!after) {
        SqlStatement first(db,
            selectFrom(key, sort, c, plan) + QStringLiteral(" ORDER BY ") + orderBy(sort, walk)
                + QStringLiteral(" LIMIT ?"));
        readRows(first, c.binds + QVariantList {limit}, &page);
        return page;
    }
    // The rest of the anchor's tie: same key, ids beyond it (an index range on key and id). NULL
    // keys sort first and tie like any other key.
    const bool nullKey = !after->value.isValid();
    SqlStatement tie(db,
        selectFrom(key, sort, c, plan)
            + QStringLiteral(" AND %1 %2 AND %3 %4 ? ORDER BY %3%5 LIMIT ?")
                  .arg(key, nullKey ? QStringLiteral("IS NULL") : QStringLiteral("= ?"), id, beyond,
                      direction));
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
        selectFrom(key, sort, c, plan) + rest + QStringLiteral(" ORDER BY ") + orderBy(sort, walk)
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
            selectFrom(key, sort, c, plan)
                + QStringLiteral(" AND %1 IS NULL ORDER BY %2 DESC LIMIT ?").arg(key, id));
        readRows(nulls, c.binds + QVariantList {limit - int(page.rows.size())}, &page);
    }
    return page;
}

Page fetchAt(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, qint64 offset, int limit)
{
    const SqlReadSnapshot snapshot(db); // the plan and its statements see one schema
    Page page;
    const Plan plan = planFor(db, filter, sort, false);
    const Condition c = where(filter, plan.shape);
    page.preparing = plan.preparing;
    if (!plan.error.isEmpty()) {
        page.error = plan.error;
        return page;
    }
    SqlStatement select(db,
        selectFrom(sortKey(sort.column), sort, c, plan) + QStringLiteral(" ORDER BY ")
            + orderBy(sort, !plan.index.isEmpty()) + QStringLiteral(" LIMIT ? OFFSET ?"));
    readRows(select, c.binds + QVariantList {limit, offset}, &page);
    return page;
}

Anchors scanAnchors(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, int pageSize,
    const std::atomic<quint64> *generation, quint64 mine)
{
    const SqlReadSnapshot snapshot(db); // the plan and its statements see one schema
    Anchors anchors;
    const Plan plan = planFor(db, filter, sort, true);
    const Condition c = where(filter, plan.shape);
    anchors.preparing = plan.preparing;
    if (!plan.error.isEmpty()) {
        anchors.error = plan.error;
        return anchors;
    }
    const bool partial = plan.searchCount >= 0;
    const bool walk = !plan.index.isEmpty();
    SqlStatement select(db,
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %5%6")
            .arg(sortKey(sort.column), idColumn(sort, walk), source(sort, walk), c.sql, orderBy(sort, walk),
                partial ? QStringLiteral(" LIMIT ?") : QString()));
    if (!select.isValid()) {
        anchors.error = select.error();
        return anchors;
    }
    select.bindAll(c.binds);
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
    const SqlReadSnapshot snapshot(db); // the plan and its statements see one schema
    const Plan plan = planFor(db, filter, sort, false);
    const Condition c = where(filter, plan.shape);
    if (!plan.error.isEmpty()) {
        *error = plan.error;
        return {};
    }
    const bool walk = !plan.index.isEmpty();
    SqlStatement select(db,
        QStringLiteral("SELECT l.id FROM %1 WHERE %2 ORDER BY %3 LIMIT ?")
            .arg(source(sort, walk), c.sql, orderBy(sort, walk)));
    select.bindAll(c.binds);
    select.bind(int(c.binds.size()) + 1, limit);
    QList<qint64> out;
    while (select.step() == SqlStatement::Step::Row)
        out.append(select.integer(0));
    *error = select.error();
    return out;
}

} // namespace leadquery
