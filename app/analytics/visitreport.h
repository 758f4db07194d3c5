#pragma once

#include "visitdimension.h"
#include "visitselection.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <array>

class VisitCube;

// The dashboard's numbers for a segment (issue #16), computed from the visit cube: visits,
// visitors, page views, bounce rate, median visit length, pages per visit and the companies behind
// the visits, each goal's conversions; the chosen metric per bucket; and every dimension broken
// down with visits, page views and the chosen goal's conversions per value. The same for a
// comparison period when one is given (its series shifted onto the current buckets).
namespace visitreport {

enum class Metric
{
    Visits,
    Visitors,
    Pageviews,
    Conversions, // of the chosen goal
};

struct Goal
{
    qint64 id = 0;
    QString name;
    QString pattern;
};

struct Params
{
    visitselection::Scope scope;
    QList<qint64> buckets; // bucket starts in seconds covering [scope.from, scope.to)
    bool compare = false;
    qint64 compareFrom = 0;
    qint64 compareTo = 0;
    QList<qint64> compareBuckets;
    Metric metric = Metric::Visits;
    QList<Goal> goals;
    int goal = -1; // index into goals whose conversions the breakdowns and a Conversions series show
    int breakdownLimit = 10;
};

struct Totals
{
    qint64 visits = 0;
    qint64 visitors = 0;
    qint64 pageviews = 0;
    qint64 bounces = 0; // visits of one page
    qint64 medianDurationS = 0;
    qint64 companies = 0; // distinct identified leads
    QList<qint64> conversions; // per goal: visits that reached it
    double bounceRate() const { return visits > 0 ? double(bounces) / double(visits) : 0.0; }
    double pagesPerVisit() const { return visits > 0 ? double(pageviews) / double(visits) : 0.0; }
};

struct Row
{
    QString value;
    qint64 visits = 0;
    qint64 pageviews = 0;
    qint64 conversions = 0; // of the chosen goal
    bool operator==(const Row &) const = default;
};

struct Result
{
    Totals current;
    Totals previous;
    QList<QPointF> series; // x: bucket start in ms since the epoch
    QList<QPointF> previousSeries;
    std::array<QList<Row>, analytics::kDimensionCount> breakdowns;
    QStringList warnings; // goals that match no page, or every page
    QString error;
};

Result run(VisitCube &cube, const Params &params);

// The identified companies (lead ids, most visits first) among the scope's visits, optionally only
// those whose visit reached `pattern` (a goal); empty with *error for a pattern that is not one.
QList<qint64> companies(
    VisitCube &cube, const visitselection::Scope &scope, const QString &pattern, QString *error);
} // namespace visitreport
