#pragma once

#include <QRandomGenerator>

#include <algorithm>
#include <utility>
#include <vector>

// Small random draws the seeder repeats everywhere. Each is written out here rather than taken from
// <random> or <algorithm> because the standard distributions and std::shuffle differ between
// standard libraries, and the seeded database must be the same wherever it is built.
namespace seeding {

// 0..99: for "in n% of cases" decisions.
inline int percent(QRandomGenerator &rng)
{
    return rng.bounded(100);
}

// Skewed towards the start of a list: catalogues put the most common entry first. (The two draws
// commute, so the unspecified order in which they are evaluated cannot change the result.)
inline int skewedIndex(QRandomGenerator &rng, qsizetype size)
{
    return std::min(rng.bounded(int(size)), rng.bounded(int(size)));
}

template<typename T> void shuffle(std::vector<T> &items, QRandomGenerator &rng)
{
    // Our own Fisher-Yates: std::shuffle's algorithm differs between standard libraries.
    for (size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[size_t(rng.bounded(quint64(i)))]);
}

} // namespace seeding
