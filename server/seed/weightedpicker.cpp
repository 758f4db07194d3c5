#include "weightedpicker.h"

namespace seeding {

WeightedPicker::WeightedPicker(const std::vector<qint64> &weights)
{
    m_cumulative.reserve(weights.size());
    qint64 total = 0;
    for (const qint64 w : weights) {
        total += std::max<qint64>(0, w);
        m_cumulative.push_back(total);
    }
}

} // namespace seeding
