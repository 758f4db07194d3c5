#pragma once

#include <QList>
#include <QPointF>

// Fewer points for a chart that cannot show more: a line chart gains nothing from more than about
// two points per horizontal pixel, and QtCharts pays for every point it is given. Largest-Triangle-
// Three-Buckets (Steinarsson, 2013) keeps the shape a person sees — peaks, dips and the first and
// last point — rather than an average that flattens them. Points must be sorted by x.
namespace downsampling {
// At most `threshold` points (threshold >= 3); the input itself when it is already that small.
QList<QPointF> lttb(const QList<QPointF> &points, int threshold);
} // namespace downsampling
