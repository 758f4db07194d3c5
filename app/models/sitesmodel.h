#pragma once

#include "querylistmodel.h"

// The account's websites: whether the tracker is installed and how many people it tracks against
// the plan's limit.
class SitesModel : public QueryListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        DomainRole,
        TrackerStatusRole,
        PeopleTrackedRole,
        PeopleLimitRole,
        UsageRole, // tracked / limit, 0..1 (may pass 1 when over the limit)
        CreatedAtRole,
    };
    Q_ENUM(Roles)

    explicit SitesModel(QObject *parent = nullptr);

    Q_INVOKABLE QString domainOf(qint64 id) const;

protected:
    Query query() const override;
};
