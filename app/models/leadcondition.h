#pragma once

#include "core/leadfilter.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// A lead filter and sort as SQL over `leads l`: the WHERE condition with its binds, the FTS4 search
// expression and the ORDER BY. The lead list, its exports and the benchmark all build their
// statements from these, so what a screen shows and what it exports cannot disagree.
namespace leadquery {

struct Condition
{
    QString sql; // over `leads l`; never empty ("1" when nothing is filtered)
    QVariantList binds;
};

// How the query around the condition reads the leads, where that changes the best way to write it.
struct Shape
{
    bool preparing = false; // first sync's bulk load: hidden_leads and lead_fit are not built yet
    bool fitDrives = false; // few leads have the grades asked for: read them from the fit tables
};

Condition where(const LeadFilter &filter, const Shape &shape = {});
// The SQL of a grade filter over fit_classes `alias` ("" when every grade is asked for).
QString gradeSql(const QList<IcpProfile::Grade> &grades, const QString &alias);
// The FTS4 MATCH expression for a search and tags, or an empty string for none.
QString ftsExpression(const QString &search, const QStringList &tags);
QString sortKey(LeadSort::Column column);
// The index the cache keeps for sorting by `column` (for INDEXED BY).
QString sortIndex(LeadSort::Column column);
QString orderBy(const LeadSort &sort, bool walk);
// The same order over `leads l` alone (exports read no fit tables in their FROM).
QString orderByOverLeads(const LeadSort &sort);
// What the lead list reads for `sort`: `leads l`, walked through its sort index when `walk`; by fit,
// also through fit_classes (c) and lead_fit (f), classes in rank order when walking.
QString source(const LeadSort &sort, bool walk);
// The id the keyset compares: the lead's, or when walking by fit lead_fit's (the same value, but
// the one lead_fit_class orders by).
QString idColumn(const LeadSort &sort, bool walk);

} // namespace leadquery
