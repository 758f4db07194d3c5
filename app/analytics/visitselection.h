#pragma once

#include "visitdimension.h"

#include <QList>
#include <QString>

#include <vector>

class VisitCube;

// Which visits of the cube a range, a site and a segment's filters pick: all filters must hold
// ("country is DE" and "page is /pricing"); "is not" keeps the visits the condition does not hold
// for. A page filter holds when any page of the visit matches the pattern; entry and exit page
// filters look at the first and last page only. A value the cube has never seen matches nothing
// (and "is not" it, everything).
namespace visitselection {
struct Scope
{
    qint64 from = 0; // seconds, inclusive
    qint64 to = 0; // exclusive
    qint64 siteId = 0; // 0: every site
    QList<analytics::Filter> filters;
};

// Indexes of the chosen visits in start order; empty with *error for a filter that cannot be
// applied (a page pattern that is not one).
std::vector<quint32> select(VisitCube &cube, const Scope &scope, QString *error);
// For each of `visits`: did it read a page matching `pattern`? Empty with *error for a pattern that
// is not one.
std::vector<bool> reached(
    VisitCube &cube, const std::vector<quint32> &visits, const QString &pattern, QString *error);
// How many of the cube's distinct addresses `pattern` matches (to warn of a goal that matches none
// or all); -1 with *error for a pattern that is not one.
qsizetype addressesMatched(VisitCube &cube, const QString &pattern, QString *error);
} // namespace visitselection
