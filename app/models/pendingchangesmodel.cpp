#include "pendingchangesmodel.h"

#include "account/accountruntime.h"
#include "core/leadvocabulary.h"
#include "pendingchangetext.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/outbox.h"

#include <QCoreApplication>
#include <QEvent>

namespace {
// The row's column that holds `role` (QueryListModel: role Qt::UserRole + 1 + i is column i).
qsizetype columnOf(int role)
{
    return role - int(Qt::UserRole) - 1;
}
} // namespace

PendingChangesModel::PendingChangesModel(QObject *parent)
    : QueryListModel(parent)
{
    // The team too: an assignee named in a queued edit may arrive with a later sync.
    watch({Collection::Leads, Collection::Notes, Collection::Team});
    setColumns({{"type", Column::Int}, {"changeId", Column::Int}, {"kind", Column::Text},
        {"targetId", Column::Int}, {"field", Column::Text}, {"mine", Column::Text}, {"theirs", Column::Text},
        {"failed", Column::Bool}, {"message", Column::Text}, {"createdAt", Column::Time},
        {"leadId", Column::Int}, {"leadName", Column::Text}, {"names", Column::Text}});
    // Assignees are ids inside the values' JSON, which this SQLite cannot look into.
    setRowFinisher([](SqlDatabase &db, QList<QVariantList> &rows) {
        SqlStatement member(db, QStringLiteral("SELECT name FROM team WHERE id = ?"));
        for (QVariantList &row : rows) {
            const QString field = row.at(columnOf(FieldRole)).toString();
            QVariantMap names;
            for (const int role : {MineRole, TheirsRole}) {
                for (const qint64 id :
                    PendingChangeText::assigneeIds(field, row.at(columnOf(role)).toString())) {
                    member.reset();
                    member.bind(1, id);
                    if (member.step() == SqlStatement::Step::Row)
                        names.insert(QString::number(id), member.text(0));
                }
            }
            row[columnOf(NamesRole)] = names;
        }
    });
    // The words follow a switch of the UI language (the translator's change reaches the app object).
    QCoreApplication::instance()->installEventFilter(this);
    connect(this, &QAbstractItemModel::modelReset, this, &PendingChangesModel::countsChanged);
    connect(this, &QAbstractItemModel::dataChanged, this, &PendingChangesModel::countsChanged);
}

void PendingChangesModel::attached(AccountRuntime &runtime)
{
    connect(
        &runtime.outbox(), &Outbox::pendingCountChanged, this, [this] { scheduleReload(kReloadDelayMs); });
    connect(&runtime.outbox(), &Outbox::conflictRecorded, this, [this] { scheduleReload(kReloadDelayMs); });
}

QVariant PendingChangesModel::data(const QModelIndex &index, int role) const
{
    if (role != ChangeRole)
        return QueryListModel::data(index, role);
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const QVariantList &row = rows().at(index.row());
    const auto column = [&](int r) { return row.at(columnOf(r)); };
    PendingChangeText::Names names;
    const QVariantMap known = column(NamesRole).toMap();
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        names.insert(it.key().toLongLong(), it.value().toString());
    if (column(TypeRole).toInt() == int(Lead::SyncState::Pending))
        return PendingChangeText::pending(column(KindRole).toString(), column(MineRole).toString(), names);
    return PendingChangeText::conflict(
        column(FieldRole).toString(), column(MineRole).toString(), column(TheirsRole).toString(), names);
}

QHash<int, QByteArray> PendingChangesModel::roleNames() const
{
    QHash<int, QByteArray> names = QueryListModel::roleNames();
    names.insert(ChangeRole, "change");
    return names;
}

bool PendingChangesModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange && rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ChangeRole});
    return QueryListModel::eventFilter(watched, event);
}

int PendingChangesModel::pendingCount() const
{
    int n = 0;
    for (const QVariantList &row : rows())
        n += row.value(0).toInt() == int(Lead::SyncState::Pending);
    return n;
}

int PendingChangesModel::conflictCount() const
{
    return int(rows().size()) - pendingCount();
}

QueryListModel::Query PendingChangesModel::query() const
{
    // A note's lead: the parent of a note still to be created, else the note's own row.
    // Queued edits first (in the order they will be sent), then the conflicts.
    return {
        QStringLiteral("SELECT %1, o.id, o.kind, o.target_id, NULL, o.payload, NULL, o.state = 'failed',"
                       " o.last_error, o.created_at, l.id, l.name, NULL FROM outbox o"
                       " LEFT JOIN notes n ON o.kind <> 'lead_patch' AND n.id = o.target_id"
                       " LEFT JOIN leads l ON l.id = CASE WHEN o.kind = 'lead_patch' THEN o.target_id"
                       "     ELSE coalesce(o.parent_id, n.lead_id) END"
                       " UNION ALL"
                       " SELECT %2, c.id, c.collection, c.target_id, c.field, c.mine, c.theirs, 0, c.reason,"
                       " c.created_at, l.id, l.name, NULL FROM conflicts c"
                       " LEFT JOIN notes n ON c.collection = 'notes' AND n.id = c.target_id"
                       " LEFT JOIN leads l ON l.id = CASE WHEN c.collection = 'leads' THEN c.target_id ELSE "
                       "n.lead_id END"
                       " WHERE c.dismissed = 0"
                       " ORDER BY 1, 2")
            .arg(int(Lead::SyncState::Pending))
            .arg(int(Lead::SyncState::Conflict)),
        {}};
}

void PendingChangesModel::dismissConflict(qint64 conflictId)
{
    AccountRuntime *ws = runtime();
    if (!ws)
        return;
    ws->outbox().dismissConflict(conflictId, [this](bool) { scheduleReload(); });
}

void PendingChangesModel::retryNow()
{
    if (AccountRuntime *ws = runtime())
        ws->outbox().replayNow();
}
