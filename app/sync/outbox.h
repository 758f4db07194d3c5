#pragma once

#include "api/apiresult.h"
#include "backoff.h"
#include "core/exclusion.h"
#include "outboxtypes.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class DatabaseThread;
class Session;

// Local edits of leads (status, assignee, tags) and notes, on the GUI thread. An edit changes the
// cache at once and is queued in the same transaction (OutboxStore); the queue is then replayed to
// the server one op at a time, in order, each request with If-Match and an Idempotency-Key that
// stays the same across retries, so a write the server committed but whose answer was lost is
// answered from the server's record instead of running twice (a deletion needs no key: repeated,
// it finds nothing to delete). Offline, 5xx, 429 and cut answers
// back off and retry; a 412 merges field by field; a refusal restores the server's state and keeps
// the user's value as a conflict; a signed-out session stops, keeping the queue for the next
// sign-in. No SQL and no large JSON here: the database thread does both.
class Outbox : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle, // nothing queued, or nothing left to try
        Replaying,
        Waiting, // a retry is scheduled
        SignedOut,
        Failed // a failure no retry fixes (TLS, refused URL); the next edit or replayNow() tries again
    };
    Q_ENUM(State)

    struct Stats
    {
        int sent = 0; // requests, retries included
        int retries = 0; // transient failures that led to a retry
        int replayedAnswers = 0; // answers the server gave from its idempotency record
        int conflicts = 0;
    };
    // ok, a message when not, and the record's id (for addNote, the new note's local id).
    using Done = std::function<void(bool ok, const QString &error, qint64 id)>;

    Outbox(Session &session, DatabaseThread &database, QObject *parent = nullptr);
    ~Outbox() override;

    static const QStringList &editableLeadFields();
    // Only status, assignee_id and tags; tags are normalised as the server does.
    void editLead(qint64 id, const QJsonObject &fields, Done done = {});
    void addNote(qint64 leadId, const QString &body, Done done = {});
    void editNote(qint64 id, const QString &body, Done done = {});
    void deleteNote(qint64 id, Done done = {});
    // Hides a company (by its domain, normalised here) from everyone's lead list; `id` in `done`
    // is the exclusion's. Showing it again deletes the exclusion.
    void hideCompany(const QString &domain, Exclusion::Reason reason, const QString &note, Done done = {});
    void showCompany(qint64 exclusionId, Done done = {});
    void showDomain(const QString &domain, Done done = {});

    void replayNow();
    void setBackoff(int minMs, int maxMs) { m_backoff.setBounds(minMs, maxMs); }

    int pendingCount() const { return m_pending; }
    State state() const { return m_state; }
    Stats stats() const { return m_stats; }
    void listPending(std::function<void(const QList<OutboxOp> &)> done);
    void listConflicts(std::function<void(const QList<OutboxConflict> &)> done);
    void dismissConflict(qint64 id, std::function<void(bool)> done = {});

Q_SIGNALS:
    void pendingCountChanged(int count);
    void collectionChanged(Collection collection);
    void conflictRecorded(const OutboxConflict &conflict);
    void stateChanged(Outbox::State state);

private:
    // Both run `job` on the database thread; defined and used in outbox.cpp only.
    template<typename Job> void enqueue(Collection collection, Job job, Done done);
    template<typename Job> void apply(const OutboxOp &op, Job job);
    void replay();
    void send(const OutboxOp &op);
    void onReply(const OutboxOp &op, const ApiResult &reply);
    void reject(const OutboxOp &op, const ApiResult &reply);
    void retryLater(const OutboxOp &op, const QString &why, int retryAfterSeconds);
    void stop(State state, const OutboxOp &op, const QString &why);
    void setPending(int count);
    void setState(State state);

    Session &m_session;
    DatabaseThread &m_database;
    Backoff m_backoff;
    QTimer m_retryTimer;
    State m_state = State::Idle;
    bool m_busy = false; // an op is being sent or its answer applied
    int m_pending = 0;
    Stats m_stats;
};
