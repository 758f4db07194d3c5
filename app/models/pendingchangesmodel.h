#pragma once

#include "querylistmodel.h"

// What has not reached the server yet and what the server would not take: the outbox's queued
// edits (in the order they will be sent, with the last error of one that keeps failing) followed
// by the open conflicts, each with the user's value next to the value the server kept, worded by
// ChangeRole in the current language. Nothing a user typed disappears without showing up here first.
class PendingChangesModel : public QueryListModel
{
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countsChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY countsChanged)

public:
    enum Roles
    {
        TypeRole = Qt::UserRole + 1, // Lead::SyncState: Pending (a queued edit) or Conflict
        IdRole, // the outbox op or the conflict
        KindRole, // lead_patch, note_create, note_update, note_delete; or the conflict's collection
        TargetIdRole,
        FieldRole, // conflicts: the field
        MineRole, // pending: the values sent (JSON text); conflicts: the user's value (JSON text)
        TheirsRole, // conflicts: the value the server kept (JSON text)
        FailedRole,
        MessageRole, // pending: the last error; conflicts: why it was refused
        CreatedAtRole,
        LeadIdRole,
        LeadNameRole,
        NamesRole, // the team members the values mention, id → name (filled after the query)
        ChangeRole, // what the edit changes, or the conflict's two values, in words
    };
    Q_ENUM(Roles)

    explicit PendingChangesModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int pendingCount() const;
    int conflictCount() const;

    Q_INVOKABLE void dismissConflict(qint64 conflictId);
    Q_INVOKABLE void retryNow();

Q_SIGNALS:
    void countsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    Query query() const override;
    void attached(AccountRuntime &runtime) override;
};
