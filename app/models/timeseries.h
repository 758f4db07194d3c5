#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointF>

// One line of a chart, ready to draw: points with x in milliseconds since the epoch (what
// QDateTimeAxis takes), downsampled to at most two per horizontal pixel of the chart showing it.
// The C++ side sets the full-resolution points; the view only says how wide it is and replaces its
// series' points in one call when changed() fires (SeriesFeeder) — never point by point from QML.
class TimeSeries : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pixelWidth READ pixelWidth WRITE setPixelWidth NOTIFY pixelWidthChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY changed)
    Q_PROPERTY(int sourcePointCount READ sourcePointCount NOTIFY dataChanged)
    Q_PROPERTY(double maxValue READ maxValue NOTIFY dataChanged)
    Q_PROPERTY(double total READ total NOTIFY dataChanged)

public:
    explicit TimeSeries(QObject *parent = nullptr);

    int pixelWidth() const { return m_pixelWidth; }
    void setPixelWidth(int width);
    // The points to draw (downsampled).
    const QList<QPointF> &points() const { return m_drawn; }
    int pointCount() const { return int(m_drawn.size()); }
    int sourcePointCount() const { return int(m_source.size()); }
    double maxValue() const { return m_max; }
    double total() const { return m_total; }

    void setPoints(QList<QPointF> points);
    // The drawn point at `index` (for tests and tooltips).
    Q_INVOKABLE QPointF pointAt(int index) const { return m_drawn.value(index); }

Q_SIGNALS:
    // The points to draw changed (new data or a new width).
    void changed();
    // The data changed (not just its drawing): maxValue, total and sourcePointCount.
    void dataChanged();
    void pixelWidthChanged();

private:
    void redraw();

    QList<QPointF> m_source;
    QList<QPointF> m_drawn;
    int m_pixelWidth = 800;
    double m_max = 0;
    double m_total = 0;
};
