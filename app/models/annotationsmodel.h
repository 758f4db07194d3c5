#pragma once

#include "querylistmodel.h"

// The team's notes pinned to a day (issue #16: "launched the pricing page", "LinkedIn campaign
// starts"), synced from the server's annotations, for the dashboard chart to mark. Each row has
// its day as written (YYYY-MM-DD) and as the local midnight it starts at (`at`), where the chart
// draws it; an annotation of one site shows only with that site or all sites.
class AnnotationsModel : public QueryListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        DayRole,
        AtRole, // QDateTime: the day's local midnight
        TextRole,
        SiteIdRole, // 0: every site
        AuthorRole,
    };
    Q_ENUM(Roles)

    explicit AnnotationsModel(QObject *parent = nullptr);
    // Only the annotations of every site and of this one (0: all of them).
    void setSiteId(qint64 siteId);

protected:
    Query query() const override;

private:
    qint64 m_siteId = 0;
};
