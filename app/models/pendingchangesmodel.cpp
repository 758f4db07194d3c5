#include "pendingchangesmodel.h"

#include "sync/accountworkspace.h"
#include "sync/outbox.h"

PendingChangesModel::PendingChangesModel(QObject *parent)
    : QueryListModel(parent)
{
    watch({QStringLiteral("leads"), QStringLiteral("notes")});
    setColumns({{"type", Column::Text}, {"changeId", Column::Int}, {"kind", Column::Text},
        {"targetId", Column::Int}, {"field", Column::Text}, {"mine", Column::Text}, {"theirs", Column::Text},
        {"failed", Column::Bool}, {"message", Column::Text}, {"createdAt", Column::Time},
        {"leadId", Column::Int}, {"leadName", Column::Text}});
    connect(this, &QAbstractItemModel::modelReset, this, &PendingChangesModel::countsChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &PendingChangesModel::countsChanged);
}

void PendingChangesModel::attached(AccountWorkspace &workspace)
{
    connect(
        &workspace.outbox(), &Outbox::pendingCountChanged, this, [this] { scheduleReload(kReloadDelayMs); });
    connect(&workspace.outbox(), &Outbox::conflictRecorded, this, [this] { scheduleReload(kReloadDelayMs); });
}

int PendingChangesModel::pendingCount() const
{
    int n = 0;
    for (const QVariantList &row : rows())
        n += row.value(0).toString() == u"pending";
    return n;
}

int PendingChangesModel::conflictCount() const
{
    return int(rows().size()) - pendingCount();
}

QueryListModel::Query PendingChangesModel::query() const
{
    // A note's lead: the parent of a note still to be created, else the note's own row.
    return {QStringLiteral(
                "SELECT 'pending', o.id, o.kind, o.target_id, NULL, o.payload, NULL, o.state = 'failed',"
                " o.last_error, o.created_at, l.id, l.name FROM outbox o"
                " LEFT JOIN notes n ON o.kind <> 'lead_patch' AND n.id = o.target_id"
                " LEFT JOIN leads l ON l.id = CASE WHEN o.kind = 'lead_patch' THEN o.target_id"
                "     ELSE coalesce(o.parent_id, n.lead_id) END"
                " UNION ALL"
                " SELECT 'conflict', c.id, c.collection, c.target_id, c.field, c.mine, c.theirs, 0, c.reason,"
                " c.created_at, l.id, l.name FROM conflicts c"
                " LEFT JOIN notes n ON c.collection = 'notes' AND n.id = c.target_id"
                " LEFT JOIN leads l ON l.id = CASE WHEN c.collection = 'leads' THEN c.target_id ELSE "
                "n.lead_id END"
                " WHERE c.dismissed = 0"
                " ORDER BY 1 DESC, 2"),
        {}};
}

void PendingChangesModel::dismissConflict(qint64 conflictId)
{
    AccountWorkspace *ws = workspace();
    if (!ws)
        return;
    ws->outbox().dismissConflict(conflictId, [this](bool) { scheduleReload(); });
}

void PendingChangesModel::retryNow()
{
    if (AccountWorkspace *ws = workspace())
        ws->outbox().replayNow();
}
