#include "funnelreportmodel.h"

#include <QVariantMap>

FunnelReportModel::FunnelReportModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QVariantList FunnelReportModel::funnels() const
{
    QVariantList list;
    for (const Funnel &f : m_funnels)
        list.append(QVariantMap {{QStringLiteral("funnelId"), f.id}, {QStringLiteral("name"), f.name}});
    return list;
}

void FunnelReportModel::setFunnels(QList<Funnel> funnels)
{
    const auto same = [](const Funnel &a, const Funnel &b) { return a.id == b.id && a.name == b.name; };
    if (std::equal(funnels.cbegin(), funnels.cend(), m_funnels.cbegin(), m_funnels.cend(), same)) {
        m_funnels = std::move(funnels); // steps may have changed; the list as shown has not
        return;
    }
    m_funnels = std::move(funnels);
    Q_EMIT funnelsChanged();
}

void FunnelReportModel::setSteps(QList<funnelreport::StepResult> steps)
{
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
    Q_EMIT countChanged();
}

int FunnelReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

QVariant FunnelReportModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const funnelreport::StepResult &s = m_steps.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return s.label;
    case VisitsRole:
        return s.visits;
    case OfFirstRole:
        return s.ofFirst;
    case OfPreviousRole:
        return s.ofPrevious;
    case DroppedRole:
        return s.dropped;
    case DroppedCompaniesRole:
        return qint64(s.droppedCompanies.size());
    }
    return {};
}

QHash<int, QByteArray> FunnelReportModel::roleNames() const
{
    return {{LabelRole, "label"}, {VisitsRole, "visits"}, {OfFirstRole, "ofFirst"},
        {OfPreviousRole, "ofPrevious"}, {DroppedRole, "dropped"}, {DroppedCompaniesRole, "droppedCompanies"}};
}
