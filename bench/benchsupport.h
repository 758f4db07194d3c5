#pragma once

// What more than one benchmark needs besides the app in a private profile (tests/support/
// appprofile.h): stderr for progress, and percentiles. Benchmarks report figures; nothing here
// asserts a time.

#include "appprofile.h"

#include <QList>
#include <QTextStream>

namespace bench {

QTextStream &err();

// Statistics of a sample (milliseconds, usually); p95 is the nearest-rank 95th percentile.
struct Stats
{
    qsizetype n = 0;
    double min = 0, p50 = 0, p95 = 0, max = 0, mean = 0;
};
Stats statsOf(QList<double> values);

} // namespace bench
