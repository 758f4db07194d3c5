#pragma once

// The SQL of the cache's analytics migrations (issue #16), kept apart from cacheschema.cpp so
// neither file grows past reading size. Frozen at their version like every migration: a change is
// a new entry in cacheschema::all(), never an edit here.
namespace analyticsschema {

// Migration 9: the synced goals, funnels and annotations (the server's collections of the same
// names; steps as JSON text). Annotations are read by day for the chart's range.
extern const char *const kDefinitions;

} // namespace analyticsschema
