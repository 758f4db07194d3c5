// The replay half of Outbox: one op at a time from the head of the queue, and what each kind of
// answer leads to. See outbox.h for the rules; the database side is OutboxOutcomes.
#include "outbox.h"

#include "auth/session.h"
#include "core/logging.h"
#include "outboxoutcomes.h"
#include "outboxrequest.h"
#include "outboxstore.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"

#include <QPointer>

void Outbox::replayNow()
{
    m_retryTimer.stop();
    replay();
}

void Outbox::replay()
{
    if (m_busy || m_retryTimer.isActive())
        return;
    if (!m_session.isActive()) {
        setState(State::SignedOut);
        return;
    }
    m_busy = true;
    setState(State::Replaying);
    m_database.call<std::optional<OutboxOp>>(
        this, [](DatabaseContext &context) { return context.get<OutboxStore>().takeNext(); },
        [this](const std::optional<OutboxOp> &op) {
            if (op) {
                send(*op);
                return;
            }
            m_busy = false;
            setState(State::Idle);
        });
}

void Outbox::send(const OutboxOp &op)
{
    if (op.targetId < 0 && !op.isCreate()) {
        // Its record was never created on the server, so there is nothing there to change.
        const QString reason = tr("The record this edit belongs to could not be created.");
        apply(op, [id = op.id, reason](DatabaseContext &context) {
            return context.get<OutboxOutcomes>().rejected(id, 404, reason, 404, {});
        });
        return;
    }
    const OutboxRequest request = OutboxRequest::forOp(op);
    ++m_stats.sent;
    qCDebug(lcSync) << "outbox: sending op" << op.id << OutboxOp::kindName(op.kind) << "attempt"
                    << op.attempts;
    QPointer<Outbox> self(this);
    m_session.send(
        request.verb, request.path, request.body, request.headers, [self, op](const ApiResult &reply) {
            if (self)
                self->onReply(op, reply);
        });
}

void Outbox::onReply(const OutboxOp &op, const ApiResult &reply)
{
    if (reply.header("Idempotent-Replayed") == "true")
        ++m_stats.replayedAnswers;
    if (reply.ok()) {
        apply(op, [id = op.id, body = reply.body](DatabaseContext &context) {
            return context.get<OutboxOutcomes>().succeeded(id, body);
        });
    } else if (!m_session.isActive()) {
        stop(State::SignedOut, op, reply.message);
    } else if (reply.kind == ApiResult::Kind::HttpError && reply.status == 412) {
        apply(op, [id = op.id, body = reply.body](DatabaseContext &context) {
            return context.get<OutboxOutcomes>().preconditionFailed(id, body);
        });
    } else if (reply.isRetryable() || reply.status == 401) {
        // 401 with the session still active: the refresh failed for network reasons.
        retryLater(op, reply.message, reply.header("Retry-After").toInt());
    } else if (reply.kind == ApiResult::Kind::HttpError && reply.status >= 400 && reply.status < 500) {
        // Every refusal is a problem+json object; anything else was cut short on the way, and
        // the server will give its stored answer again, whole, for the same key.
        if (reply.json().isEmpty())
            retryLater(op, tr("The server's answer was cut short."), 0);
        else
            reject(op, reply);
    } else {
        stop(State::Failed, op, reply.message);
    }
}

void Outbox::reject(const OutboxOp &op, const ApiResult &reply)
{
    QPointer<Outbox> self(this);
    auto decide
        = [self, op, status = reply.status, reason = reply.message](int restoreStatus, QByteArray body) {
              if (!self)
                  return;
              self->apply(op, [id = op.id, status, reason, restoreStatus, body](DatabaseContext &context) {
                  return context.get<OutboxOutcomes>().rejected(id, status, reason, restoreStatus, body);
              });
          };
    const bool gone = op.isDelete() && reply.status == 404;
    if (op.isCreate() || gone) {
        decide(0, {});
        return;
    }
    // Restore what the server has now; if it cannot be read, the op's base stands in until a sync.
    m_session.send("GET", OutboxRequest::recordPath(op), {}, [decide](const ApiResult &current) {
        decide(current.ok() ? 200 : current.status == 404 ? 404 : 0, current.body);
    });
}

template<typename Job> void Outbox::apply(const OutboxOp &op, Job job)
{
    m_database.call<OutboxOutcomes::Result>(
        this, std::move(job), [this, op](const OutboxOutcomes::Result &result) {
            if (result.retry || !result.error.isEmpty()) {
                retryLater(op,
                    result.error.isEmpty() ? tr("The server's answer could not be read.") : result.error, 0);
                return;
            }
            m_backoff.reset();
            setPending(result.pending);
            for (const Collection collection : result.changed)
                Q_EMIT collectionChanged(collection);
            for (const OutboxConflict &conflict : result.conflicts) {
                ++m_stats.conflicts;
                Q_EMIT conflictRecorded(conflict);
            }
            m_busy = false;
            replay();
        });
}

void Outbox::retryLater(const OutboxOp &op, const QString &why, int retryAfterSeconds)
{
    ++m_stats.retries;
    const int delay = m_backoff.nextDelayMs(retryAfterSeconds);
    qCInfo(lcSync) << "outbox: op" << op.id << "retrying in" << delay << "ms:" << why;
    m_database.post(
        [id = op.id, why](DatabaseContext &context) { context.get<OutboxStore>().markFailed(id, why); });
    m_busy = false;
    setState(State::Waiting);
    m_retryTimer.start(delay);
}

void Outbox::stop(State state, const OutboxOp &op, const QString &why)
{
    qCInfo(lcSync) << "outbox: stopped at op" << op.id << why;
    m_database.post(
        [id = op.id, why](DatabaseContext &context) { context.get<OutboxStore>().markFailed(id, why); });
    m_busy = false;
    setState(state);
}
