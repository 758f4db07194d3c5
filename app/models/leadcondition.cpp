#include "leadcondition.h"

#include "core/leadvocabulary.h"

#include <QStringList>

namespace leadquery {

namespace {
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

} // namespace

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

QString gradeSql(const QList<IcpProfile::Grade> &grades, const QString &alias)
{
    QStringList ranges;
    for (const IcpProfile::Grade grade : IcpProfile::grades()) {
        if (!grades.contains(grade))
            continue;
        if (grade == IcpProfile::Grade::None) {
            ranges.append(QStringLiteral("%1.fit IS NULL").arg(alias));
            continue;
        }
        const auto [low, high] = IcpProfile::range(grade);
        ranges.append(QStringLiteral("%1.fit BETWEEN %2 AND %3").arg(alias).arg(low).arg(high));
    }
    if (ranges.isEmpty() || ranges.size() == IcpProfile::grades().size())
        return {}; // every grade, or none asked for

    return QStringLiteral("(%1)").arg(ranges.join(QStringLiteral(" OR ")));
}

Condition where(const LeadFilter &f, const Shape &shape)
{
    QStringList parts;
    QVariantList binds;
    // Hidden companies by lead id, which every sort index holds; while the first sync loads leads
    // in bulk hidden_leads is not built yet, and the domain decides.
    if (shape.preparing) {
        parts.append(f.hidden ? QStringLiteral("l.domain IN (SELECT domain FROM exclusions)")
                              : QStringLiteral("ifnull(l.domain, '') NOT IN (SELECT domain FROM exclusions"
                                               " WHERE domain IS NOT NULL)"));
    } else {
        parts.append(f.hidden ? QStringLiteral("l.id IN (SELECT lead_id FROM hidden_leads)")
                              : QStringLiteral("l.id NOT IN (SELECT lead_id FROM hidden_leads)"));
    }
    if (const QString grades = gradeSql(f.grades, QStringLiteral("gc")); !grades.isEmpty()) {
        // Few matches: read from the fit tables (an IN the planner can start from); many: checked
        // per lead while walking a sort index (two primary-key probes, no table row).
        parts.append(shape.fitDrives
                ? QStringLiteral("l.id IN (SELECT gf.lead_id FROM fit_classes gc CROSS JOIN lead_fit gf"
                                 " ON gf.class = gc.id WHERE %1)")
                      .arg(grades)
                : QStringLiteral("EXISTS (SELECT 1 FROM lead_fit gf JOIN fit_classes gc ON gc.id = gf.class"
                                 " WHERE gf.lead_id = l.id AND %1)")
                      .arg(grades));
    }
    if (!f.companies.isEmpty()) {
        // Integers of our own making, written into the SQL: a bind per id would hit SQLite's limit
        // of 999 variables.
        QStringList ids;
        ids.reserve(f.companies.size());
        for (const qint64 id : f.companies)
            ids.append(QString::number(id));
        parts.append(QStringLiteral("l.id IN (%1)").arg(ids.join(u',')));
    }
    if (f.targetListId > 0) {
        parts.append(QStringLiteral("l.domain IN (SELECT domain FROM target_accounts WHERE list_id = ?)"));
        binds.append(f.targetListId);
    }
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
    if (!f.temperatures.isEmpty() && f.temperatures.size() < Lead::temperatures().size()) {
        QStringList ranges;
        for (const Lead::Temperature temperature : Lead::temperatures()) {
            if (f.temperatures.contains(Lead::wireName(temperature)))
                ranges.append(Lead::temperatureSql(temperature, QStringLiteral("l.score")));
        }
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
    return {parts.join(QStringLiteral(" AND ")), binds};
}

namespace {
// Each sort column: what the list orders by, and the index of migration 4 built on exactly that,
// as (key, id, status, score). The one place the lead list names the schema's sort indexes.
struct SortColumn
{
    LeadSort::Column column;
    const char *key; // nullptr: the status rank (Lead::statusRankSql)
    const char *index;
};
using C = LeadSort::Column;
constexpr SortColumn kSortColumns[] = {
    {C::Name, "l.name COLLATE NOCASE", "leads_name"},
    {C::Domain, "l.domain", "leads_domain"},
    {C::Score, "l.score", "leads_score"},
    {C::Status, nullptr, "leads_status_rank"},
    {C::Country, "l.country", "leads_country"},
    {C::Industry, "l.industry", "leads_industry"},
    {C::Size, "l.size", "leads_size"},
    {C::Assignee, "ifnull(l.assignee_id, 0)", "leads_assignee_rank"},
    {C::LastVisit, "l.last_visit_at", "leads_last_visit"},
    {C::Visits, "l.visits", "leads_visits"},
    {C::PageViews, "l.page_views", "leads_page_views"},
    {C::Created, "l.created_at", "leads_created"},
    {C::Crm, "l.crm_state", "leads_crm_state"},
    {C::Fit, "c.rank", "fit_classes_rank"},
};

const SortColumn *sortColumn(LeadSort::Column column)
{
    for (const SortColumn &c : kSortColumns) {
        if (c.column == column)
            return &c;
    }
    return nullptr;
}
} // namespace

QString sortKey(LeadSort::Column column)
{
    const SortColumn *c = sortColumn(column);
    if (!c)
        return QStringLiteral("l.id");
    return c->key ? QLatin1String(c->key) : Lead::statusRankSql();
}

QString sortIndex(LeadSort::Column column)
{
    const SortColumn *c = sortColumn(column);
    return c ? QLatin1String(c->index) : QString();
}

QString orderBy(const LeadSort &sort, bool walk)
{
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    // c.id changes nothing (rank holds it) but tells SQLite that each rank is one class: rank may
    // be NULL, so its unique index alone does not, and it would sort every class's leads.
    const QString classId
        = sort.column == LeadSort::Column::Fit && walk ? QStringLiteral(", c.id") + direction : QString();
    return sortKey(sort.column) + direction + classId + QStringLiteral(", ") + idColumn(sort, walk)
        + direction;
}

QString orderByOverLeads(const LeadSort &sort)
{
    if (sort.column != LeadSort::Column::Fit)
        return orderBy(sort, false);
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral("(SELECT oc.rank FROM lead_fit ol JOIN fit_classes oc ON oc.id = ol.class"
                          " WHERE ol.lead_id = l.id)%1, l.id%1")
        .arg(direction);
}

QString source(const LeadSort &sort, bool walk)
{
    if (sort.column != LeadSort::Column::Fit) {
        return walk ? QStringLiteral("leads l INDEXED BY %1").arg(sortIndex(sort.column))
                    : QStringLiteral("leads l");
    }
    // CROSS JOIN keeps the order written: SQLite never reorders the tables around it.
    if (walk) {
        return QStringLiteral("fit_classes c INDEXED BY fit_classes_rank CROSS JOIN lead_fit f INDEXED BY"
                              " lead_fit_class ON f.class = c.id CROSS JOIN leads l ON l.id = f.lead_id");
    }
    // A lead not graded yet (its class is written with it, but the first sync's bulk load writes
    // classes at the end) sorts as a NULL key.
    return QStringLiteral(
        "leads l LEFT JOIN lead_fit f ON f.lead_id = l.id LEFT JOIN fit_classes c ON c.id = f.class");
}

QString idColumn(const LeadSort &sort, bool walk)
{
    return sort.column == LeadSort::Column::Fit && walk ? QStringLiteral("f.lead_id")
                                                        : QStringLiteral("l.id");
}

} // namespace leadquery
