#pragma once

#include "analytics/visitdimension.h"

#include <QAbstractListModel>
#include <QList>

// The dashboard's current segment: the filters shown as removable chips ("Country is DE", "Page is
// not /careers"). A click on a breakdown row adds one; a chip's menu turns "is" into "is not" or
// removes it; a saved segment replaces them all. Every change emits filtersChanged once, which the
// dashboard answers by counting again over the filtered visits.
class SegmentModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY filtersChanged)

public:
    enum Roles
    {
        DimensionRole = Qt::UserRole + 1, // analytics::Dimension
        DimensionLabelRole,
        NegatedRole,
        ValueRole,
        TextRole, // the whole chip: "Country is DE"
    };
    Q_ENUM(Roles)

    static constexpr int kMaxFilters = 10; // as the server's saved segments

    explicit SegmentModel(QObject *parent = nullptr);

    int count() const { return int(m_filters.size()); }
    const QList<analytics::Filter> &filters() const { return m_filters; }
    // Replaces every filter (a saved segment, a link); false when there are more than kMaxFilters.
    bool setFilters(const QList<analytics::Filter> &filters);

    // Adds "dimension is value" (or "is not"); an equal filter is not added twice, and the opposite
    // one is turned around instead. False when kMaxFilters are set already.
    Q_INVOKABLE bool add(analytics::Visit::Dimension dimension, const QString &value, bool negated = false);
    Q_INVOKABLE void removeAt(int row);
    Q_INVOKABLE void toggleNegated(int row);
    Q_INVOKABLE void clear();

    static QString label(analytics::Dimension dimension);
    // A filter as its chip says it: "Country is DE".
    static QString describe(const analytics::Filter &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filtersChanged();

private:
    QList<analytics::Filter> m_filters;
};
