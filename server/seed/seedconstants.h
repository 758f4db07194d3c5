#pragma once

#include <QtGlobal>

// The time units and size limits every part of the demo-data seeder shares. Times are whole seconds
// since the epoch (as the database stores them), so the units are plain integers rather than
// std::chrono types; the limits bound the per-visit and per-lead arrays the plan keeps in memory.
namespace seeding {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr int kHistoryDays = 90; // how far back the traffic history reaches from the anchor
constexpr int kMaxPagesPerVisit = 40;
constexpr int kMaxVisitorsPerLead = 4; // colleagues at one company seen as separate visitors

} // namespace seeding
