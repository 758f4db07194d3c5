#include "annotationsmodel.h"

#include <QDate>
#include <QDateTime>

AnnotationsModel::AnnotationsModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({Collection::Annotations, Collection::Team});
    setColumns({{"annotationId", Column::Int}, {"day", Column::Text}, {"at", Column::Int},
        {"text", Column::Text}, {"siteId", Column::Int}, {"author", Column::Text}});
    // The day's local midnight, which SQL cannot know (the time zone is this computer's).
    setRowFinisher([](SqlDatabase &, QList<QVariantList> &rows) {
        for (QVariantList &row : rows)
            row[2] = QDate::fromString(row.at(1).toString(), Qt::ISODate).startOfDay();
    });
}

void AnnotationsModel::setSiteId(qint64 siteId)
{
    if (siteId == m_siteId)
        return;
    m_siteId = siteId;
    scheduleReload();
}

QueryListModel::Query AnnotationsModel::query() const
{
    return {QStringLiteral(
                "SELECT a.id, a.day, 0, a.text, ifnull(a.site_id, 0), ifnull(nullif(t.name, ''), t.email)"
                " FROM annotations a LEFT JOIN team t ON t.id = a.created_by"
                " WHERE ?1 = 0 OR a.site_id IS NULL OR a.site_id = ?1 ORDER BY a.day, a.id"),
        {m_siteId}};
}
