#pragma once

#include "leadfilter.h"

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

Condition where(const LeadFilter &filter);
// The FTS4 MATCH expression for a search and tags, or an empty string for none.
QString ftsExpression(const QString &search, const QStringList &tags);
QString sortKey(LeadSort::Column column);
// The index the cache keeps for sorting by `column` (for INDEXED BY).
QString sortIndex(LeadSort::Column column);
QString orderBy(const LeadSort &sort);

} // namespace leadquery
