#pragma once

#include "core/leadfilter.h"
#include "leadcondition.h"

#include <QString>

class SqlDatabase;

// How the lead list's SQL (leadquery.cpp) reads the leads for one filter and sort: walking the
// sort column's index, or through the filter's own index and a sort. Decided from capped counts
// of the filter's conditions, each read on its own index, so planning costs a few milliseconds.
namespace leadquery {

// How a query reads the leads: walking the sort column's index (`index`, for INDEXED BY), or
// through whatever index the planner picks for the filter, then sorting (`index` empty).
struct Plan
{
    QString index; // non-empty: walk it (the sort column's index), with INDEXED BY
    Shape shape;
    qint64 searchCount = -1; // a search and nothing else, with many matches: how many
    bool preparing = false; // the first sync's bulk load has the indexes and search set aside
    QString error;
};

// Below this many matches the planner reads them through the filter's own index and sorts them
// (a few milliseconds); above it a page walks the sort index until it has its rows, which costs
// about pageSize / (matches / leads) index entries and stays under that.
constexpr qint64 kFewRows = 5000;
// A search with many matches and nothing else: the count comes from FTS and page starts only
// for the first pages (the rest are reached from the page before, or by OFFSET), so the count
// never waits for the sort keys of tens of thousands of rows.
constexpr int kSearchAnchorPages = 10;

// `wholeList`: every match in order (a count and page starts), rather than one page.
Plan planFor(SqlDatabase &db, const LeadFilter &filter, const LeadSort &sort, bool wholeList);

} // namespace leadquery
