#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace seeding {

// Picks an index with probability proportional to integer weights (binary search over the running
// sums), so no floating point decides anything and the seeder draws the same values on every
// platform. Negative weights count as zero. pick() is inline because the seeder calls it for every
// page view of the million-event load test.
class WeightedPicker
{
public:
    WeightedPicker() = default;
    explicit WeightedPicker(const std::vector<qint64> &weights);

    // A picker over a list, with the weight of each item given by weightOf(item).
    template<typename List, typename WeightOf>
    static WeightedPicker from(const List &items, WeightOf weightOf)
    {
        std::vector<qint64> weights;
        weights.reserve(size_t(items.size()));
        for (const auto &item : items)
            weights.push_back(weightOf(item));
        return WeightedPicker(weights);
    }

    qint64 total() const { return m_cumulative.empty() ? 0 : m_cumulative.back(); }
    int pick(QRandomGenerator &rng) const
    {
        const qint64 r = rng.bounded(total());
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
    }

private:
    std::vector<qint64> m_cumulative;
};

} // namespace seeding
