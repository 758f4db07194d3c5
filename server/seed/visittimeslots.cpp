#include "visittimeslots.h"

#include "seedconstants.h"

#include <algorithm>
#include <vector>

namespace seeding {

VisitTimeSlots::VisitTimeSlots(qint64 windowStart, qint64 anchor)
{
    static const int hourWeight[24]
        = {2, 1, 1, 1, 1, 2, 4, 8, 14, 18, 20, 20, 17, 19, 20, 18, 15, 11, 8, 6, 5, 4, 3, 2};
    static const int weekdayWeight[7] = {10, 11, 11, 10, 9, 4, 3}; // Monday first
    const qint64 slots = std::max<qint64>(1, (anchor - windowStart) / kHour);
    m_firstSlotStart = anchor - slots * kHour;
    std::vector<qint64> weights;
    weights.reserve(size_t(slots));
    for (qint64 k = 0; k < slots; ++k) {
        const qint64 t = m_firstSlotStart + k * kHour;
        const qint64 days = t >= 0 ? t / kDay : (t - kDay + 1) / kDay;
        const int hour = int((t - days * kDay) / kHour);
        const int weekday = int(((days % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
        const qint64 trend = 100 + k * 50 / slots;
        weights.push_back(qint64(hourWeight[hour]) * weekdayWeight[weekday] * trend);
    }
    m_picker = WeightedPicker(weights);
}

qint64 VisitTimeSlots::draw(QRandomGenerator &rng) const
{
    // Two statements: the order in which operands of + are evaluated is unspecified.
    const qint64 slotStart = m_firstSlotStart + m_picker.pick(rng) * kHour;
    return slotStart + rng.bounded(int(kHour));
}

} // namespace seeding
