#include "notesmodel.h"

#include "account/accountruntime.h"

NotesModel::NotesModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({Collection::Notes, Collection::Team});
    setColumns({{"noteId", Column::Int}, {"body", Column::Text}, {"authorId", Column::Int},
        {"authorName", Column::Text}, {"createdAt", Column::Time}, {"updatedAt", Column::Time},
        {"pending", Column::Bool}, {"editable", Column::Bool}});
}

void NotesModel::setLeadId(qint64 id)
{
    if (id == m_leadId)
        return;
    m_leadId = id;
    Q_EMIT leadIdChanged();
    reload();
}

QueryListModel::Query NotesModel::query() const
{
    const AccountRuntime *ws = runtime();
    const Permissions permissions = ws ? ws->permissions() : Permissions();
    return {
        QStringLiteral(
            "SELECT n.id, n.body, n.author_id, t.name, n.created_at, n.updated_at,"
            " n.id < 0 OR EXISTS(SELECT 1 FROM outbox o WHERE o.kind <> 'lead_patch' AND o.target_id = n.id),"
            " ?2 AND (n.author_id = ?3 OR ?4)"
            " FROM notes n LEFT JOIN team t ON t.id = n.author_id WHERE n.lead_id = ?1"
            " ORDER BY n.created_at DESC, n.id < 0 DESC, n.id DESC"),
        {m_leadId, permissions.editLeads, ws ? ws->record().userId : 0, permissions.manageTeam}};
}
