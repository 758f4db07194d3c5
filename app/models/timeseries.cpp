#include "timeseries.h"

#include "downsampling.h"

TimeSeries::TimeSeries(QObject *parent)
    : QObject(parent)
{ }

void TimeSeries::setPixelWidth(int width)
{
    width = std::max(width, 16);
    if (width == m_pixelWidth)
        return;
    m_pixelWidth = width;
    Q_EMIT pixelWidthChanged();
    redraw();
}

void TimeSeries::setPoints(QList<QPointF> points)
{
    if (points == m_source)
        return;
    m_source = std::move(points);
    m_max = 0;
    m_total = 0;
    for (const QPointF &p : std::as_const(m_source)) {
        m_max = std::max(m_max, p.y());
        m_total += p.y();
    }
    Q_EMIT dataChanged();
    redraw();
}

void TimeSeries::redraw()
{
    m_drawn = downsampling::lttb(m_source, 2 * m_pixelWidth);
    Q_EMIT changed();
}
