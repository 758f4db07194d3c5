#pragma once

#include "outboxrows.h"
#include "outboxtypes.h"
#include "storage/writehook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

class DatabaseContext;
struct CachedCollection;

// The database-thread half of the outbox (a DatabaseContext helper): queues local edits and keeps
// them visible. Every edit changes the cached row and inserts its op in one transaction, so the
// cache never shows an edit that is not queued, nor queues one it does not show. A note created
// offline gets a negative id until the server names it; editing or deleting a note whose creation
// has never been sent rewrites or drops that creation instead of queueing a second request. The
// overlay puts pending edits back on rows the server has just rewritten (a write hook on the
// collections people edit), so neither a sync page nor a live event can hide an edit that has not
// reached the server.
class OutboxStore : public WriteHook
{
    Q_DECLARE_TR_FUNCTIONS(OutboxStore)

public:
    struct Enqueued
    {
        bool ok = false;
        QString error;
        qint64 targetId = 0; // the record edited; for addNote the new note's local (negative) id
        bool queued = false; // false when the edit changed nothing
        int pending = 0;
    };

    explicit OutboxStore(DatabaseContext &context);

    // The collections local edits change (leads, notes, exclusions).
    static const QList<Collection> &editedCollections();

    // `fields` are already checked and normalised (Outbox does it); unchanged fields are ignored.
    Enqueued editLead(qint64 id, const QJsonObject &fields);
    Enqueued addNote(qint64 leadId, const QString &body);
    Enqueued editNote(qint64 id, const QString &body);
    Enqueued deleteNote(qint64 id);
    // Hides the company with this (normalised) domain for the whole team; nothing to do when it is
    // hidden already. `reason` is a wire name.
    Enqueued hideCompany(const QString &domain, const QString &reason, const QString &note);
    // By id, or when `domain` is given by the domain (the id may have just changed from a local
    // one to the server's).
    Enqueued showCompany(qint64 exclusionId, const QString &domain = {});

    // The first op, counted as one more attempt. Only the head is ever sent, so an op with no
    // attempts has never left this computer and may still be rewritten.
    std::optional<OutboxOp> takeNext();
    bool markFailed(qint64 opId, const QString &error);
    int pendingCount() { return m_rows.count(); }
    QList<OutboxOp> pending() { return m_rows.all(); }
    QList<OutboxConflict> conflicts() { return m_rows.openConflicts(); }
    bool dismissConflict(qint64 id) { return m_rows.dismissConflict(id); }

    // Re-applies the pending edits of these rows, in queue order, inside the caller's transaction.
    bool overlay(const CachedCollection &collection, const QList<qint64> &ids, QString *error);
    OutboxRows &rows() { return m_rows; }
    // The write hook: the overlay over the rows just written.
    bool afterRows(Collection collection, const QJsonArray &items, const QList<qint64> &written,
        QString *error) override;

private:
    Enqueued settle(Enqueued result, bool ok, const QString &error);
    std::optional<OutboxOp> unsentCreate(Collection collection, qint64 id);
    qint64 nextLocalId(const CachedCollection &collection);
    qint64 currentUserId();

    DatabaseContext &m_context;
    OutboxRows m_rows;
};
