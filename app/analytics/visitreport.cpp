#include "visitreport.h"

#include "visitcube.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

using analytics::Dimension;

namespace visitreport {
namespace {
// The goals' flags for `chosen`; false with *error when a goal's pattern is unusable.
bool goalFlags(VisitCube &cube, const std::vector<quint32> &chosen, const QList<Goal> &goals,
    QList<std::vector<bool>> *flags, QString *error)
{
    for (const Goal &g : goals) {
        flags->append(visitselection::reached(cube, chosen, g.pattern, error));
        if (!error->isEmpty()) {
            *error = QCoreApplication::translate("VisitReport", "Goal “%1”: %2").arg(g.name, *error);
            return false;
        }
    }
    return true;
}

Totals totals(
    const VisitCube &cube, const std::vector<quint32> &chosen, const QList<std::vector<bool>> &flags)
{
    Totals t;
    t.visits = qint64(chosen.size());
    std::vector<bool> visitorSeen(cube.visitorCount);
    std::vector<bool> leadSeen(cube.leadIds.size());
    std::vector<quint32> durations;
    durations.reserve(chosen.size());
    for (const quint32 v : chosen) {
        const quint32 pages = cube.pageCount(v);
        t.pageviews += pages;
        t.bounces += pages == 1;
        if (!visitorSeen[cube.visitor[v]]) {
            visitorSeen[cube.visitor[v]] = true;
            ++t.visitors;
        }
        const quint32 lead = cube.lead[v];
        if (lead != 0 && !leadSeen[lead]) {
            leadSeen[lead] = true;
            ++t.companies;
        }
        durations.push_back(cube.duration[v]);
    }
    if (!durations.empty()) {
        // The lower median: a whole number of seconds that some visit lasted.
        const auto middle = durations.begin() + qsizetype(durations.size() - 1) / 2;
        std::nth_element(durations.begin(), middle, durations.end());
        t.medianDurationS = *middle;
    }
    for (const std::vector<bool> &f : flags)
        t.conversions.append(qint64(std::count(f.cbegin(), f.cend(), true)));
    return t;
}

QList<QPointF> series(const VisitCube &cube, const std::vector<quint32> &chosen,
    const std::vector<bool> *converted, const QList<qint64> &buckets, const QList<qint64> &xs, Metric metric)
{
    QList<double> values(buckets.size(), 0.0);
    std::vector<qsizetype> visitorBucket(metric == Metric::Visitors ? cube.visitorCount : 0, -1);
    for (size_t i = 0; i < chosen.size(); ++i) {
        const quint32 v = chosen[i];
        const auto b
            = std::upper_bound(buckets.cbegin(), buckets.cend(), cube.start[v]) - buckets.cbegin() - 1;
        if (b < 0)
            continue;
        switch (metric) {
        case Metric::Visits:
            values[b] += 1;
            break;
        case Metric::Pageviews:
            values[b] += cube.pageCount(v);
            break;
        case Metric::Visitors:
            if (visitorBucket[cube.visitor[v]] != b) {
                visitorBucket[cube.visitor[v]] = b;
                values[b] += 1;
            }
            break;
        case Metric::Conversions:
            values[b] += converted && (*converted)[i];
            break;
        }
    }
    QList<QPointF> points;
    for (qsizetype b = 0; b < buckets.size() && b < xs.size(); ++b)
        points.append(QPointF(double(xs[b]) * 1000.0, values[b]));
    return points;
}

QList<Row> top(const VisitCube &cube, Dimension d, const std::vector<qint64> &visits,
    const std::vector<qint64> &pageviews, const std::vector<qint64> &conversions, int limit)
{
    std::vector<quint32> codes;
    for (size_t c = 0; c < visits.size(); ++c) {
        if (visits[c] > 0)
            codes.push_back(quint32(c));
    }
    // Ties go by the value itself, not by its code: codes depend on the order the cube met the
    // values in, which a rebuild over another span changes, and the same numbers must show the
    // same rows.
    const VisitCube::Dictionary &names = cube.dictionary(d);
    const auto order = [&](quint32 a, quint32 b) {
        if (visits[a] != visits[b])
            return visits[a] > visits[b];
        if (pageviews[a] != pageviews[b])
            return pageviews[a] > pageviews[b];
        return names.values.at(a) < names.values.at(b);
    };
    const auto end = codes.begin() + std::min<qsizetype>(limit, qsizetype(codes.size()));
    std::partial_sort(codes.begin(), end, codes.end(), order);
    QList<Row> rows;
    for (auto it = codes.begin(); it != end; ++it)
        rows.append({names.text(*it), visits[*it], pageviews[*it], conversions[*it]});
    return rows;
}

void breakdowns(const VisitCube &cube, const std::vector<quint32> &chosen, const std::vector<bool> *converted,
    int limit, Result *result)
{
    for (const Dimension d : analytics::kDimensions) {
        const size_t size = size_t(cube.dictionary(d).size());
        std::vector<qint64> visits(size), pageviews(size), conversions(size);
        if (d == Dimension::Page) {
            std::vector<quint32> lastVisit(size, VisitCube::kMissing);
            for (size_t i = 0; i < chosen.size(); ++i) {
                const quint32 v = chosen[i];
                for (const quint32 *p = cube.pagesBegin(v), *e = cube.pagesEnd(v); p != e; ++p) {
                    ++pageviews[*p];
                    if (lastVisit[*p] != v) {
                        lastVisit[*p] = v;
                        ++visits[*p];
                        conversions[*p] += converted && (*converted)[i];
                    }
                }
            }
        } else {
            const std::vector<quint32> &column = cube.column[size_t(d)];
            for (size_t i = 0; i < chosen.size(); ++i) {
                const quint32 v = chosen[i];
                const quint32 c = column[v];
                ++visits[c];
                pageviews[c] += cube.pageCount(v);
                conversions[c] += converted && (*converted)[i];
            }
        }
        result->breakdowns[size_t(d)] = top(cube, d, visits, pageviews, conversions, limit);
    }
}

QStringList goalWarnings(VisitCube &cube, const QList<Goal> &goals)
{
    QStringList warnings;
    const qsizetype addresses = cube.dictionary(Dimension::Page).size() - 1;
    for (const Goal &g : goals) {
        QString ignored;
        const qsizetype matched = visitselection::addressesMatched(cube, g.pattern, &ignored);
        if (matched == 0)
            warnings << QCoreApplication::translate(
                "VisitReport", "Goal “%1” (%2) matches no page visited in this period.")
                            .arg(g.name, g.pattern);
        else if (matched == addresses && addresses > 1)
            warnings << QCoreApplication::translate(
                "VisitReport", "Goal “%1” (%2) matches every page, so every visit converts.")
                            .arg(g.name, g.pattern);
    }
    return warnings;
}
} // namespace

Result run(VisitCube &cube, const Params &params)
{
    Result result;
    const std::vector<quint32> chosen = visitselection::select(cube, params.scope, &result.error);
    QList<std::vector<bool>> flags;
    if (!result.error.isEmpty() || !goalFlags(cube, chosen, params.goals, &flags, &result.error))
        return result;
    const std::vector<bool> *converted
        = params.goal >= 0 && params.goal < flags.size() ? &flags[params.goal] : nullptr;
    result.current = totals(cube, chosen, flags);
    result.series = series(cube, chosen, converted, params.buckets, params.buckets, params.metric);
    breakdowns(cube, chosen, converted, params.breakdownLimit, &result);
    result.warnings = goalWarnings(cube, params.goals);
    if (params.compare) {
        visitselection::Scope before = params.scope;
        before.from = params.compareFrom;
        before.to = params.compareTo;
        const std::vector<quint32> earlier = visitselection::select(cube, before, &result.error);
        QList<std::vector<bool>> earlierFlags;
        goalFlags(cube, earlier, params.goals, &earlierFlags, &result.error);
        result.previous = totals(cube, earlier, earlierFlags);
        const std::vector<bool> *earlierConverted
            = params.goal >= 0 && params.goal < earlierFlags.size() ? &earlierFlags[params.goal] : nullptr;
        result.previousSeries
            = series(cube, earlier, earlierConverted, params.compareBuckets, params.buckets, params.metric);
        if (result.previous.visits == 0)
            result.warnings
                << QCoreApplication::translate("VisitReport", "No visits to compare with between %1 and %2.")
                       .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(params.compareFrom).date(),
                                QLocale::ShortFormat),
                           QLocale().toString(QDateTime::fromSecsSinceEpoch(params.compareTo - 1).date(),
                               QLocale::ShortFormat));
    }
    return result;
}

QList<qint64> companies(
    VisitCube &cube, const visitselection::Scope &scope, const QString &pattern, QString *error)
{
    const std::vector<quint32> chosen = visitselection::select(cube, scope, error);
    if (!error->isEmpty())
        return {};
    std::vector<bool> reached;
    if (!pattern.isEmpty()) {
        reached = visitselection::reached(cube, chosen, pattern, error);
        if (!error->isEmpty())
            return {};
    }
    std::vector<qint64> visits(cube.leadIds.size());
    for (size_t i = 0; i < chosen.size(); ++i) {
        if (reached.empty() || reached[i])
            ++visits[cube.lead[chosen[i]]];
    }
    std::vector<quint32> codes;
    for (size_t c = 1; c < visits.size(); ++c) {
        if (visits[c] > 0)
            codes.push_back(quint32(c));
    }
    std::stable_sort(codes.begin(), codes.end(), [&](quint32 a, quint32 b) { return visits[a] > visits[b]; });
    QList<qint64> ids;
    for (const quint32 c : codes)
        ids.append(cube.leadIds[c]);
    return ids;
}
} // namespace visitreport
