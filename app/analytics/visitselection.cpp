#include "visitselection.h"

#include "core/pagepattern.h"
#include "visitcube.h"

#include <QCoreApplication>

using analytics::Dimension;

namespace visitselection {
namespace {
// One filter made ready to test a visit with array reads only.
struct Test
{
    Dimension dimension;
    bool negated;
    quint32 code = VisitCube::kMissing; // exact dimensions
    const std::vector<bool> *matching = nullptr; // page dimensions: by address code
};

bool anyPageMatches(const VisitCube &cube, qsizetype visit, const std::vector<bool> &matching)
{
    for (const quint32 *p = cube.pagesBegin(visit), *end = cube.pagesEnd(visit); p != end; ++p) {
        if (matching[*p])
            return true;
    }
    return false;
}

bool holds(const VisitCube &cube, qsizetype visit, const Test &t)
{
    bool yes;
    if (t.dimension == Dimension::Page)
        yes = anyPageMatches(cube, visit, *t.matching);
    else if (t.matching)
        yes = (*t.matching)[cube.column[size_t(t.dimension)][size_t(visit)]];
    else
        yes = cube.column[size_t(t.dimension)][size_t(visit)] == t.code;
    return yes != t.negated;
}

const std::vector<bool> *patternFlags(VisitCube &cube, const QString &pattern, QString *error)
{
    const QString text = pattern.trimmed();
    const PagePattern compiled(text);
    if (!compiled.isValid()) {
        *error = QCoreApplication::translate("VisitSelection", "“%1” is not a page pattern: %2")
                     .arg(text, compiled.problem());
        return nullptr;
    }
    return &cube.matches(compiled, text);
}
} // namespace

std::vector<quint32> select(VisitCube &cube, const Scope &scope, QString *error)
{
    QList<Test> tests;
    for (const analytics::Filter &f : scope.filters) {
        Test t {f.dimension, f.negated};
        if (analytics::takesPattern(f.dimension)) {
            t.matching = patternFlags(cube, f.value, error);
            if (!t.matching)
                return {};
        } else {
            t.code = cube.dictionary(f.dimension).find(f.value.trimmed());
        }
        tests.append(t);
    }
    // Cheap tests first: a page filter walks the visit's pages.
    std::stable_sort(tests.begin(), tests.end(), [](const Test &a, const Test &b) {
        return (a.dimension != Dimension::Page) > (b.dimension != Dimension::Page);
    });
    const auto [first, last] = cube.visitsIn(scope.from, scope.to);
    std::vector<quint32> chosen;
    chosen.reserve(size_t(last - first));
    for (qsizetype v = first; v < last; ++v) {
        if (scope.siteId > 0 && cube.site[size_t(v)] != quint64(scope.siteId))
            continue;
        if (std::all_of(tests.cbegin(), tests.cend(), [&](const Test &t) { return holds(cube, v, t); }))
            chosen.push_back(quint32(v));
    }
    return chosen;
}

std::vector<bool> reached(
    VisitCube &cube, const std::vector<quint32> &visits, const QString &pattern, QString *error)
{
    const std::vector<bool> *matching = patternFlags(cube, pattern, error);
    if (!matching)
        return {};
    std::vector<bool> flags(visits.size());
    for (size_t i = 0; i < visits.size(); ++i)
        flags[i] = anyPageMatches(cube, visits[i], *matching);
    return flags;
}

qsizetype addressesMatched(VisitCube &cube, const QString &pattern, QString *error)
{
    const std::vector<bool> *matching = patternFlags(cube, pattern, error);
    if (!matching)
        return -1;
    return qsizetype(std::count(matching->cbegin() + 1, matching->cend(), true));
}
} // namespace visitselection
