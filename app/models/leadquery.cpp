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

QString selectFrom(const QString &key, const Condition &c)
{
    return QStringLiteral("SELECT %1, %2 FROM leads l LEFT JOIN team t ON t.id = l.assignee_id WHERE %3")
        .arg(key, kColumns, c.sql);
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
        const QStringList parts = tokens(tag);
        if (!parts.isEmpty())
            terms.append(QStringLiteral("tags:\"") + parts.join(u' ') + u'"');
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
    const QString key = sortKey(sort.column);
    const QString beyond = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    if (!after) {
        SqlStatement first(db,
            selectFrom(key, c) + QStringLiteral(" ORDER BY ") + orderBy(sort) + QStringLiteral(" LIMIT ?"));
        readRows(first, c.binds + QVariantList {limit}, &page);
        return page;
    }
    // The rest of the anchor's tie: same key, ids beyond it (an index range on key = ? and rowid).
    if (after->value.isValid()) {
        SqlStatement tie(db,
            selectFrom(key, c)
                + QStringLiteral(" AND %1 = ? AND l.id %2 ? ORDER BY l.id%3 LIMIT ?")
                      .arg(key, beyond, direction));
        if (!readRows(tie, c.binds + QVariantList {after->value, after->id, limit}, &page))
            return page;
    }
    if (page.rows.size() >= limit)
        return page;
    // Then the keys beyond the anchor's.
    const QString rest = after->value.isValid()
        ? QStringLiteral(" AND %1 %2 ?").arg(key, beyond)
        : (sort.descending ? QStringLiteral(" AND 0") : QStringLiteral(" AND %1 IS NOT NULL").arg(key));
    SqlStatement next(db,
        selectFrom(key, c) + rest + QStringLiteral(" ORDER BY ") + orderBy(sort)
            + QStringLiteral(" LIMIT ?"));
    QVariantList binds = c.binds;
    if (after->value.isValid())
        binds.append(after->value);
    binds.append(limit - int(page.rows.size()));
    readRows(next, binds, &page);
    return page;
}

Page fetchAt(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, qint64 offset, int limit)
{
    Page page;
    const Condition c = where(filter);
    SqlStatement select(db,
        selectFrom(sortKey(sort.column), c) + QStringLiteral(" ORDER BY ") + orderBy(sort)
            + QStringLiteral(" LIMIT ? OFFSET ?"));
    readRows(select, c.binds + QVariantList {limit, offset}, &page);
    return page;
}

Anchors scanAnchors(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, int pageSize,
    const std::atomic<quint64> *generation, quint64 mine)
{
    Anchors anchors;
    const Condition c = where(filter);
    SqlStatement select(db,
        QStringLiteral("SELECT %1, l.id FROM leads l WHERE %2 ORDER BY %3")
            .arg(sortKey(sort.column), c.sql, orderBy(sort)));
    if (!select.isValid()) {
        anchors.error = select.error();
        return anchors;
    }
    for (qsizetype i = 0; i < c.binds.size(); ++i)
        select.bind(int(i) + 1, c.binds.at(i));
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
    anchors.count = n;
    return anchors;
}

QList<qint64> ids(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, int limit, QString *error)
{
    const Condition c = where(filter);
    SqlStatement select(db,
        QStringLiteral("SELECT l.id FROM leads l WHERE %1 ORDER BY %2 LIMIT ?").arg(c.sql, orderBy(sort)));
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
