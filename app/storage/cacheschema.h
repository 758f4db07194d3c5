#pragma once

#include "migrations.h"

// The encrypted cache's schema, as numbered migrations. Append only: a shipped migration is never
// edited, a change is a new entry.
namespace cacheschema {
const QList<migrations::Migration> &all();
// A lead at least this score is "hot" in agg_leads_hourly (dashboardquery::kHotScore, checked there).
// Migrations 4 and 5 hold it as the literal 70, frozen at their version like all their SQL: a new
// threshold is a new migration, not an edit of this constant.
constexpr int kHotLeadScore = 70;
static_assert(kHotLeadScore == 70, "migrations 4 and 5 have 70 in their SQL; change it with a new migration");
} // namespace cacheschema
