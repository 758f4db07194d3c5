#pragma once

#include "visitselection.h"

#include <QList>
#include <QString>

class VisitCube;

// A funnel over the visit cube (issue #16): 2 to 5 page patterns that a visit must read in this
// order, other pages allowed between them. Per step: the visits that got that far, the share of
// the first step's and of the previous step's visits, and the visits and companies that stopped
// there. Scope and segment as the dashboard's.
namespace funnelreport {
constexpr int kMinSteps = 2;
constexpr int kMaxSteps = 5;

struct Step
{
    QString pattern;
    QString label;
};

struct StepResult
{
    QString label; // the pattern when the step has no label
    qint64 visits = 0;
    double ofFirst = 0.0; // 0..1
    double ofPrevious = 0.0; // 0..1; 1 for the first step
    qint64 dropped = 0; // visits that reached this step and not the next (0 for the last)
    QList<qint64> droppedCompanies; // lead ids, most such visits first
    QList<qint64> companies; // lead ids whose visits got at least this far, most such visits first
};

struct Result
{
    QList<StepResult> steps;
    QString error;
};

Result run(VisitCube &cube, const visitselection::Scope &scope, const QList<Step> &steps);
} // namespace funnelreport
