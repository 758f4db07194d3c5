#include "funnelreport.h"

#include "core/pagepattern.h"
#include "visitcube.h"

#include <QCoreApplication>

#include <algorithm>

namespace funnelreport {
namespace {
// The leads with visits counted in `byLead` (indexed by lead code), most visits first.
QList<qint64> leadsByVisits(const VisitCube &cube, const std::vector<qint64> &byLead)
{
    std::vector<quint32> codes;
    for (size_t c = 1; c < byLead.size(); ++c) {
        if (byLead[c] > 0)
            codes.push_back(quint32(c));
    }
    std::stable_sort(codes.begin(), codes.end(), [&](quint32 a, quint32 b) { return byLead[a] > byLead[b]; });
    QList<qint64> ids;
    for (const quint32 c : codes)
        ids.append(cube.leadIds[c]);
    return ids;
}

// How many steps, in order, the visit's pages reach.
int depth(const VisitCube &cube, quint32 visit, const QList<const std::vector<bool> *> &steps)
{
    int reached = 0;
    for (const quint32 *p = cube.pagesBegin(visit), *e = cube.pagesEnd(visit);
         p != e && reached < steps.size(); ++p) {
        if ((*steps[reached])[*p])
            ++reached;
    }
    return reached;
}
} // namespace

Result run(VisitCube &cube, const visitselection::Scope &scope, const QList<Step> &steps)
{
    Result result;
    if (steps.size() < kMinSteps || steps.size() > kMaxSteps) {
        result.error = QCoreApplication::translate("FunnelReport", "A funnel has 2 to 5 steps.");
        return result;
    }
    QList<const std::vector<bool> *> flags;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString pattern = steps[i].pattern.trimmed();
        if (pattern.isEmpty()) {
            result.error = QCoreApplication::translate(
                "FunnelReport", "Step %1 is empty: type the page it stands for, such as /pricing.")
                               .arg(i + 1);
            return result;
        }
        const PagePattern compiled(pattern);
        if (!compiled.isValid()) {
            result.error
                = QCoreApplication::translate("FunnelReport", "Step %1 (“%2”) is not a page pattern: %3")
                      .arg(i + 1)
                      .arg(pattern, compiled.problem());
            return result;
        }
        flags.append(&cube.matches(compiled, pattern));
    }
    const std::vector<quint32> chosen = visitselection::select(cube, scope, &result.error);
    if (!result.error.isEmpty())
        return result;

    QList<qint64> reached(steps.size() + 1, 0); // reached[k]: visits whose depth is exactly k
    // Per step k, the visits of each lead that stopped after it.
    QList<std::vector<qint64>> stoppedBy(steps.size());
    QList<std::vector<qint64>> reachedBy(steps.size(), std::vector<qint64>(cube.leadIds.size()));
    for (const quint32 v : chosen) {
        const int k = depth(cube, v, flags);
        ++reached[k];
        for (int step = 0; step < k && cube.lead[v] != 0; ++step)
            ++reachedBy[step][cube.lead[v]];
        if (k > 0 && k < steps.size() && cube.lead[v] != 0) {
            std::vector<qint64> &byLead = stoppedBy[k - 1];
            if (byLead.empty())
                byLead.resize(cube.leadIds.size());
            ++byLead[cube.lead[v]];
        }
    }
    qint64 atLeast = 0;
    QList<qint64> got(steps.size());
    for (qsizetype k = steps.size(); k >= 1; --k) {
        atLeast += reached[k];
        got[k - 1] = atLeast;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        StepResult s;
        s.label = steps[i].label.trimmed().isEmpty() ? steps[i].pattern.trimmed() : steps[i].label.trimmed();
        s.visits = got[i];
        s.ofFirst = got[0] > 0 ? double(got[i]) / double(got[0]) : 0.0;
        s.ofPrevious = i == 0 ? 1.0 : (got[i - 1] > 0 ? double(got[i]) / double(got[i - 1]) : 0.0);
        s.dropped = i + 1 < steps.size() ? got[i] - got[i + 1] : 0;
        s.droppedCompanies = leadsByVisits(cube, stoppedBy[i]);
        s.companies = leadsByVisits(cube, reachedBy[i]);
        result.steps.append(s);
    }
    return result;
}
} // namespace funnelreport
