#include "segmentmodel.h"

using analytics::Dimension;

SegmentModel::SegmentModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QString SegmentModel::label(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Page:
        return tr("Page");
    case Dimension::EntryPage:
        return tr("Entry page");
    case Dimension::ExitPage:
        return tr("Exit page");
    case Dimension::Referrer:
        return tr("Referrer");
    case Dimension::UtmSource:
        return tr("UTM source");
    case Dimension::UtmMedium:
        return tr("UTM medium");
    case Dimension::UtmCampaign:
        return tr("UTM campaign");
    case Dimension::Country:
        return tr("Country");
    case Dimension::Device:
        return tr("Device");
    case Dimension::Browser:
        return tr("Browser");
    case Dimension::Os:
        return tr("Operating system");
    case Dimension::Screen:
        return tr("Screen size");
    }
    return {};
}

QString SegmentModel::describe(const analytics::Filter &f)
{
    const QString shown = f.value.isEmpty() ? tr("(none)") : f.value;
    //: A dashboard filter chip: "Country is DE", "Page is not /careers".
    return f.negated ? tr("%1 is not %2").arg(label(f.dimension), shown)
                     : tr("%1 is %2").arg(label(f.dimension), shown);
}

bool SegmentModel::setFilters(const QList<analytics::Filter> &filters)
{
    if (filters.size() > kMaxFilters)
        return false;
    if (filters == m_filters)
        return true;
    beginResetModel();
    m_filters = filters;
    endResetModel();
    Q_EMIT filtersChanged();
    return true;
}

bool SegmentModel::add(Dimension dimension, const QString &value, bool negated)
{
    const QString text = value.trimmed();
    for (qsizetype i = 0; i < m_filters.size(); ++i) {
        analytics::Filter &f = m_filters[i];
        if (f.dimension == dimension && f.value == text) {
            if (f.negated != negated)
                toggleNegated(int(i));
            return true;
        }
    }
    if (m_filters.size() >= kMaxFilters)
        return false;
    beginInsertRows({}, int(m_filters.size()), int(m_filters.size()));
    m_filters.append({dimension, negated, text});
    endInsertRows();
    Q_EMIT filtersChanged();
    return true;
}

void SegmentModel::removeAt(int row)
{
    if (row < 0 || row >= m_filters.size())
        return;
    beginRemoveRows({}, row, row);
    m_filters.removeAt(row);
    endRemoveRows();
    Q_EMIT filtersChanged();
}

void SegmentModel::toggleNegated(int row)
{
    if (row < 0 || row >= m_filters.size())
        return;
    m_filters[row].negated = !m_filters[row].negated;
    Q_EMIT dataChanged(index(row), index(row), {NegatedRole, TextRole});
    Q_EMIT filtersChanged();
}

void SegmentModel::clear()
{
    setFilters({});
}

int SegmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_filters.size());
}

QVariant SegmentModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const analytics::Filter &f = m_filters.at(index.row());
    switch (role) {
    case DimensionRole:
        return QVariant::fromValue(f.dimension);
    case DimensionLabelRole:
        return label(f.dimension);
    case NegatedRole:
        return f.negated;
    case ValueRole:
        return f.value;
    case TextRole:
    case Qt::DisplayRole:
        return describe(f);
    }
    return {};
}

QHash<int, QByteArray> SegmentModel::roleNames() const
{
    return {{DimensionRole, "dimension"}, {DimensionLabelRole, "dimensionLabel"}, {NegatedRole, "negated"},
        {ValueRole, "value"}, {TextRole, "text"}};
}
