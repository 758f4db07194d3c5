#pragma once

#include "weightedpicker.h"

#include <QRandomGenerator>
#include <QtGlobal>

namespace seeding {

// When visits happen: the history window cut into hourly slots, each weighted by a working-day
// rhythm (busy office hours, quiet nights and weekends) and a gentle growth trend towards the
// anchor, so the charts look like a real business. A draw picks a slot by weight, then a second
// within it.
class VisitTimeSlots
{
public:
    // Whole hours ending at `anchor`, reaching back to windowStart (at least one slot).
    VisitTimeSlots(qint64 windowStart, qint64 anchor);

    qint64 draw(QRandomGenerator &rng) const;

private:
    qint64 m_firstSlotStart = 0;
    WeightedPicker m_picker;
};

} // namespace seeding
