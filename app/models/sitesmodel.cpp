#include "sitesmodel.h"

SitesModel::SitesModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({Collection::Sites});
    setColumns({{"siteId", Column::Int}, {"domain", Column::Text}, {"trackerStatus", Column::Text},
        {"peopleTracked", Column::Int}, {"peopleLimit", Column::Int}, {"usage", Column::Real},
        {"createdAt", Column::Time}});
}

QueryListModel::Query SitesModel::query() const
{
    return {QStringLiteral("SELECT id, domain, tracker_status, people_tracked, people_limit,"
                           " CASE WHEN people_limit > 0 THEN CAST(people_tracked AS REAL) / people_limit"
                           " ELSE 0 END, created_at FROM sites ORDER BY domain"),
        {}};
}

QString SitesModel::domainOf(qint64 id) const
{
    const int row = indexOf(QStringLiteral("siteId"), id);
    return row < 0 ? QString() : get(row, QStringLiteral("domain")).toString();
}
