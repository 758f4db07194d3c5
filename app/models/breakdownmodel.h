#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

// One dashboard breakdown (top pages, referrers, UTM sources, countries, devices, browsers, OS or
// screen sizes): values with their page views and share of the period's total, largest first.
// DashboardModel fills it from the chart aggregates; it never reads the cache itself.
class BreakdownModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString dimension READ dimension CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY countChanged)

public:
    enum Roles
    {
        ValueRole = Qt::UserRole + 1,
        PageviewsRole,
        ShareRole, // 0..1 of the period's page views
    };
    Q_ENUM(Roles)

    struct Entry
    {
        QString value;
        qint64 pageviews = 0;
        bool operator==(const Entry &) const = default;
    };

    explicit BreakdownModel(QString dimension, QObject *parent = nullptr);

    QString dimension() const { return m_dimension; }
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
    QList<Entry> m_entries;
    qint64 m_total = 0;
};
