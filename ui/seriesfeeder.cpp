#include "seriesfeeder.h"

#include <QtCharts/QXYSeries>

SeriesFeeder::SeriesFeeder(QObject *parent)
    : QObject(parent)
{ }

void SeriesFeeder::setSeries(QAbstractSeries *series)
{
    if (series == m_series)
        return;
    m_series = series;
    Q_EMIT seriesChanged();
    feed();
}

void SeriesFeeder::setSource(TimeSeries *source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (source) {
        connect(source, &TimeSeries::changed, this, &SeriesFeeder::feed);
        if (m_pixelWidth > 0)
            source->setPixelWidth(m_pixelWidth);
    }
    Q_EMIT sourceChanged();
    feed();
}

void SeriesFeeder::setPixelWidth(int width)
{
    if (width == m_pixelWidth || width <= 0)
        return;
    m_pixelWidth = width;
    Q_EMIT pixelWidthChanged();
    if (m_source)
        m_source->setPixelWidth(width); // redraws, which feeds
}

void SeriesFeeder::feed()
{
    auto *xy = qobject_cast<QXYSeries *>(m_series.data());
    if (!xy || !m_source)
        return;
    xy->replace(m_source->points());
    ++m_replaces;
    Q_EMIT replaced();
}
