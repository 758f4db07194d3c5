#include "downsampling.h"

#include <cmath>

namespace downsampling {

QList<QPointF> lttb(const QList<QPointF> &points, int threshold)
{
    const qsizetype n = points.size();
    if (threshold < 3 || n <= threshold)
        return points;
    QList<QPointF> out;
    out.reserve(threshold);
    out.append(points.first());
    // The first and last points are kept; the rest falls into threshold - 2 buckets of equal width
    // (in points). From each bucket the point forming the largest triangle with the point kept
    // before it and the average of the next bucket is kept.
    const double every = double(n - 2) / double(threshold - 2);
    qsizetype kept = 0;
    for (int bucket = 0; bucket < threshold - 2; ++bucket) {
        const auto start = qsizetype(std::floor(bucket * every)) + 1;
        const auto end = qsizetype(std::floor((bucket + 1) * every)) + 1;
        const qsizetype nextStart = end;
        const qsizetype nextEnd = std::min(qsizetype(std::floor((bucket + 2) * every)) + 1, n);
        double avgX = 0;
        double avgY = 0;
        for (qsizetype i = nextStart; i < nextEnd; ++i) {
            avgX += points[i].x();
            avgY += points[i].y();
        }
        const qsizetype nextCount = std::max<qsizetype>(nextEnd - nextStart, 1);
        avgX /= double(nextCount);
        avgY /= double(nextCount);
        const QPointF &a = points[kept];
        double largest = -1;
        qsizetype chosen = start;
        for (qsizetype i = start; i < end && i < n - 1; ++i) {
            const double area = std::abs(
                (a.x() - avgX) * (points[i].y() - a.y()) - (a.x() - points[i].x()) * (avgY - a.y()));
            if (area > largest) {
                largest = area;
                chosen = i;
            }
        }
        out.append(points[chosen]);
        kept = chosen;
    }
    out.append(points.last());
    return out;
}

} // namespace downsampling
