#include "goalreportmodel.h"

GoalReportModel::GoalReportModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void GoalReportModel::setEntries(QList<Entry> entries)
{
    if (entries == m_entries)
        return;
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    Q_EMIT countChanged();
}

int GoalReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant GoalReportModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case GoalIdRole:
        return e.goalId;
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case PatternRole:
        return e.pattern;
    case ConversionsRole:
        return e.conversions;
    case RateRole:
        return e.rate;
    case PreviousConversionsRole:
        return e.previous;
    case DeltaRole:
        return e.previous > 0 ? QVariant(double(e.conversions - e.previous) / double(e.previous))
                              : QVariant();
    }
    return {};
}

QHash<int, QByteArray> GoalReportModel::roleNames() const
{
    return {{GoalIdRole, "goalId"}, {NameRole, "name"}, {PatternRole, "pattern"},
        {ConversionsRole, "conversions"}, {RateRole, "rate"},
        {PreviousConversionsRole, "previousConversions"}, {DeltaRole, "delta"}};
}
