#pragma once

#include "querylistmodel.h"

// What has not reached the server yet and what the server would not take: the outbox's queued
// edits (in the order they will be sent, with the last error of one that keeps failing) followed
// by the open conflicts, each with the user's value next to the value the server kept. Nothing a
// user typed disappears without showing up here first.
class PendingChangesModel : public QueryListModel
{
    Q_OBJECT
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countsChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY countsChanged)

public:
    enum Roles
    {
        TypeRole = Qt::UserRole + 1, // "pending" or "conflict"
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
    };
    Q_ENUM(Roles)

    explicit PendingChangesModel(QObject *parent = nullptr);

    int pendingCount() const;
    int conflictCount() const;

    Q_INVOKABLE void dismissConflict(qint64 conflictId);
    Q_INVOKABLE void retryNow();

Q_SIGNALS:
    void countsChanged();

protected:
    Query query() const override;
    void attached(AccountWorkspace &workspace) override;
};
