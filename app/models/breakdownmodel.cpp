#include "breakdownmodel.h"

BreakdownModel::BreakdownModel(QString dimension, analytics::Dimension kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_dimension(std::move(dimension))
    , m_kind(kind)
{ }

void BreakdownModel::setEntries(QList<Entry> entries, qint64 total)
{
    if (entries == m_entries && total == m_total)
        return;
    beginResetModel();
    m_entries = std::move(entries);
    m_total = total;
    endResetModel();
    Q_EMIT countChanged();
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole:
        return e.value;
    case PageviewsRole:
        return e.pageviews;
    case ShareRole:
        return m_total > 0 ? double(e.pageviews) / double(m_total) : 0.0;
    case VisitsRole:
        return e.visits;
    case ConversionsRole:
        return e.conversions;
    case ConversionRateRole:
        return e.conversions >= 0 && e.visits > 0 ? double(e.conversions) / double(e.visits) : -1.0;
    default:
        return {};
    }
}

QHash<int, QByteArray> BreakdownModel::roleNames() const
{
    return {{ValueRole, "value"}, {PageviewsRole, "pageviews"}, {ShareRole, "share"}, {VisitsRole, "visits"},
        {ConversionsRole, "conversions"}, {ConversionRateRole, "conversionRate"}};
}
