#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

// The pending-changes list's sentences, in the user's language: what a queued edit will change
// ("status → Won; assigned to Ada Lovelace"), and a conflict's two values side by side. Values
// arrive as the outbox keeps them (JSON text); an assignee is named from `names` (team ids).
class PendingChangeText
{
    Q_DECLARE_TR_FUNCTIONS(PendingChangeText)

public:
    using Names = QHash<qint64, QString>;

    // `kind` is the outbox op's (lead_patch, note_create, note_update, note_delete).
    static QString pending(const QString &kind, const QString &payloadJson, const Names &names);
    static QString conflict(
        const QString &field, const QString &mineJson, const QString &theirsJson, const Names &names);
    // The assignee ids a payload (or a conflict's value of `field`) mentions, to look their names up.
    static QList<qint64> assigneeIds(const QString &field, const QString &json);

private:
    static QString valueText(const QString &field, const QJsonValue &value, const Names &names);
};
