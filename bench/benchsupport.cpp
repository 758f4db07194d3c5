#include "benchsupport.h"

#include <algorithm>
#include <cmath>

namespace bench {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

Stats statsOf(QList<double> values)
{
    Stats s;
    s.n = values.size();
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    const auto rank = [&values](double p) {
        const qsizetype r = qsizetype(std::ceil(p * double(values.size())));
        return values.at(std::clamp<qsizetype>(r - 1, 0, values.size() - 1));
    };
    s.min = values.constFirst();
    s.max = values.constLast();
    s.p50 = rank(0.50);
    s.p95 = rank(0.95);
    double sum = 0;
    for (const double v : std::as_const(values))
        sum += v;
    s.mean = sum / double(values.size());
    return s;
}

} // namespace bench
