#pragma once

#include "migrations.h"

// The encrypted cache's schema, as numbered migrations. Append only: a shipped migration is never
// edited, a change is a new entry.
namespace cacheschema {
const QList<migrations::Migration> &all();
// A lead at least this score is "hot" in agg_leads_hourly (dashboardquery::kHotScore, checked there).
constexpr int kHotLeadScore = 70;
} // namespace cacheschema
