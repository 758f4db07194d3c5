#pragma once

#include "analytics/visitdimension.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

// One dashboard breakdown (top pages, entry and exit pages, referrers, UTM sources, countries,
// devices, browsers, OS or screen sizes): values with their page views and share of the period's
// total, largest first; from the visit cube also their visits and the chosen goal's conversions.
// DashboardModel fills it; it never reads the cache itself. `kind` is the dimension a click on a
// row filters by.
class BreakdownModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString dimension READ dimension CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY countChanged)
    Q_PROPERTY(analytics::Visit::Dimension kind READ kind CONSTANT)

public:
    enum Roles
    {
        ValueRole = Qt::UserRole + 1,
        PageviewsRole,
        ShareRole, // 0..1 of the period's page views
        VisitsRole, // -1: not known (from the chart aggregates)
        ConversionsRole, // -1: no goal chosen or not known
        ConversionRateRole, // 0..1 of the row's visits; -1 when not known
    };
    Q_ENUM(Roles)

    struct Entry
    {
        QString value;
        qint64 pageviews = 0;
        qint64 visits = -1;
        qint64 conversions = -1;
        bool operator==(const Entry &) const = default;
    };

    BreakdownModel(QString dimension, analytics::Dimension kind, QObject *parent = nullptr);

    QString dimension() const { return m_dimension; }
    analytics::Dimension kind() const { return m_kind; }
    int count() const { return int(m_entries.size()); }
    qint64 total() const { return m_total; }
    void setEntries(QList<Entry> entries, qint64 total);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QString m_dimension;
    analytics::Dimension m_kind;
    QList<Entry> m_entries;
    qint64 m_total = 0;
};
