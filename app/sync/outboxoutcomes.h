#pragma once

#include "outboxtypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class DatabaseContext;
class OutboxRows;
class OutboxStore;
struct CachedCollection;

// What the server said about the op at the head of the outbox, applied to the cache on the database
// thread (a DatabaseContext helper), each answer in one transaction with the op's removal or
// rewrite. Accepted: the server's item replaces the local row and later ops on the same record move
// onto the new version when what they were based on is what the server now has. 412: a three-way
// merge per field (base, mine, the server's current). Refused for good: the op goes, the server's
// state comes back, and the user's value is kept as a conflict. Answers that cannot be read (a
// body cut short) ask for the same request again, whose stored answer will come back whole.
class OutboxOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(OutboxOutcomes)

public:
    struct Result
    {
        bool retry = false; // send the same request again (same key) after a backoff
        QString error; // the cache could not be written; also retried, nothing was changed
        Collections changed; // collections whose cached rows changed
        QList<OutboxConflict> conflicts; // recorded by this answer
        int pending = 0;
    };

    explicit OutboxOutcomes(DatabaseContext &context);

    Result succeeded(qint64 opId, const QByteArray &body);
    Result preconditionFailed(qint64 opId, const QByteArray &body);
    // `status` and `reason` are the refusal; `restoreStatus` and `restoreBody` the answer to a GET of
    // the record (200 with the item, 404 when it is gone, 0 when unknown).
    Result rejected(
        qint64 opId, int status, const QString &reason, int restoreStatus, const QByteArray &restoreBody);

private:
    bool rebaseLater(
        const CachedCollection &collection, const QJsonObject &item, qint64 exclude, QString *error);
    bool conflict(Result &result, const OutboxOp &op, const QString &field, const QJsonValue &mine,
        const QJsonValue &theirs, const QString &reason, QString *error);
    bool restore(const OutboxOp &op, const QJsonObject &serverItem, bool gone, QString *error);
    Result finish(Result result, std::optional<Collection> changed, bool ok, const QString &error);

    DatabaseContext &m_context;
    OutboxStore &m_store;
    OutboxRows &m_rows;
};
