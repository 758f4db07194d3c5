#pragma once

#include "models/timeseries.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <QtCharts/QAbstractSeries>

// Connects a C++ TimeSeries to a QtCharts line or area series in QML: whenever the data changes the
// whole series is swapped with one QXYSeries::replace() — the fast path QtCharts documents — instead
// of QML appending point by point. It also tells the series how wide the chart is, so the data is
// downsampled to what the pixels can show.
class SeriesFeeder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QAbstractSeries *series READ series WRITE setSeries NOTIFY seriesChanged)
    Q_PROPERTY(TimeSeries *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(int pixelWidth READ pixelWidth WRITE setPixelWidth NOTIFY pixelWidthChanged)
    Q_PROPERTY(int replaceCount READ replaceCount NOTIFY replaced)

public:
    explicit SeriesFeeder(QObject *parent = nullptr);

    QAbstractSeries *series() const { return m_series; }
    void setSeries(QAbstractSeries *series);
    TimeSeries *source() const { return m_source; }
    void setSource(TimeSeries *source);
    int pixelWidth() const { return m_pixelWidth; }
    void setPixelWidth(int width);
    int replaceCount() const { return m_replaces; }

Q_SIGNALS:
    void seriesChanged();
    void sourceChanged();
    void pixelWidthChanged();
    void replaced();

private:
    void feed();

    QPointer<QAbstractSeries> m_series;
    QPointer<TimeSeries> m_source;
    int m_pixelWidth = 0;
    int m_replaces = 0;
};
