#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

// The account's goals with what the dashboard's period and segment made of them: conversions
// (visits that reached the goal's pages), the conversion rate, and the same for the comparison
// period. Filled by VisitAnalytics from the visit cube; it never reads the cache itself.
class GoalReportModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles
    {
        GoalIdRole = Qt::UserRole + 1,
        NameRole,
        PatternRole,
        ConversionsRole,
        RateRole, // 0..1 of the period's visits
        PreviousConversionsRole, // -1 without a comparison
        DeltaRole, // change against the comparison, a fraction; undefined when it cannot be said
    };
    Q_ENUM(Roles)

    struct Entry
    {
        qint64 goalId = 0;
        QString name;
        QString pattern;
        qint64 conversions = 0;
        double rate = 0.0;
        qint64 previous = -1;
        bool operator==(const Entry &) const = default;
    };

    explicit GoalReportModel(QObject *parent = nullptr);
    int count() const { return int(m_entries.size()); }
    void setEntries(QList<Entry> entries);
    const QList<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<Entry> m_entries;
};
