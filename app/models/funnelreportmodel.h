#pragma once

#include "analytics/funnelreport.h"

#include <QAbstractListModel>
#include <QVariantList>

// One funnel's steps for the dashboard's period and segment: visits that got that far, the share
// of the first step and of the previous one, and the visits that stopped there. `funnels` lists
// the account's funnels to choose from ({funnelId, name}); VisitAnalytics fills both.
class FunnelReportModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QVariantList funnels READ funnels NOTIFY funnelsChanged)

public:
    enum Roles
    {
        LabelRole = Qt::UserRole + 1,
        VisitsRole,
        OfFirstRole, // 0..1
        OfPreviousRole, // 0..1
        DroppedRole,
        DroppedCompaniesRole, // how many identified companies stopped at this step
    };
    Q_ENUM(Roles)

    struct Funnel
    {
        qint64 id = 0;
        QString name;
        QList<funnelreport::Step> steps;
    };

    explicit FunnelReportModel(QObject *parent = nullptr);
    int count() const { return int(m_steps.size()); }
    QVariantList funnels() const;
    const QList<Funnel> &funnelList() const { return m_funnels; }
    void setFunnels(QList<Funnel> funnels);
    void setSteps(QList<funnelreport::StepResult> steps);
    const QList<funnelreport::StepResult> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void funnelsChanged();

private:
    QList<Funnel> m_funnels;
    QList<funnelreport::StepResult> m_steps;
};
