#include "outbox.h"

#include "auth/session.h"
#include "core/logging.h"
#include "outboxoutcomes.h"
#include "outboxrequest.h"
#include "outboxstore.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"

#include <QJsonArray>
#include <QPointer>

namespace {
bool transient(const ApiResult &reply)
{
    return reply.isTransient() || reply.status == 429 || reply.kind == ApiResult::Kind::InvalidResponse
        || reply.kind == ApiResult::Kind::Cancelled;
}

// The server's tag rules (trimmed, lower-cased, duplicates dropped, order kept), so the cache shows
// what the server will store and a later merge compares like with like. Limits stay the server's.
std::optional<QJsonArray> normalisedTags(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList tags;
    for (const QJsonValue &tag : value.toArray()) {
        if (!tag.isString())
            return std::nullopt;
        const QString t = tag.toString().trimmed().toLower();
        if (!tags.contains(t))
            tags.append(t);
    }
    return QJsonArray::fromStringList(tags);
}
} // namespace

Outbox::Outbox(Session &session, DatabaseThread &database, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_database(database)
{
    qRegisterMetaType<OutboxOp>();
    qRegisterMetaType<OutboxConflict>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::replay);
    connect(&session, &Session::ended, this, [this] {
        m_retryTimer.stop();
        if (!m_busy)
            setState(State::SignedOut);
    });
    // Edits queued in an earlier run go out at once. The count is read first (jobs run in order),
    // so by the time the state leaves Replaying, pendingCount() is the queue's.
    m_database.call<int>(
        this, [](DatabaseContext &context) { return context.get<OutboxStore>().pendingCount(); },
        [this](int count) { setPending(count); });
    replay();
}

Outbox::~Outbox()
{
    m_database.waitForIdle();
}

const QStringList &Outbox::editableLeadFields()
{
    static const QStringList fields {
        QStringLiteral("status"), QStringLiteral("assignee_id"), QStringLiteral("tags")};
    return fields;
}

void Outbox::editLead(qint64 id, const QJsonObject &fields, Done done)
{
    QJsonObject checked;
    QString error = fields.isEmpty() ? tr("Nothing to change.") : QString();
    for (auto it = fields.begin(); it != fields.end() && error.isEmpty(); ++it) {
        const QString &field = it.key();
        QJsonValue value = it.value();
        if (!editableLeadFields().contains(field)) {
            error = tr("The field “%1” of a lead cannot be edited.").arg(field);
        } else if (field == u"status" && !value.isString()) {
            error = tr("A lead's status must be text.");
        } else if (field == u"assignee_id" && !value.isNull() && !value.isDouble()) {
            error = tr("A lead's assignee must be a team member or nobody.");
        } else if (field == u"tags") {
            const std::optional<QJsonArray> tags = normalisedTags(value);
            if (!tags)
                error = tr("A lead's tags must be a list of words.");
            value = tags.value_or(QJsonArray());
        }
        checked.insert(field, value);
    }
    if (!error.isEmpty()) {
        if (done)
            QTimer::singleShot(0, this, [done, error, id] { done(false, error, id); });
        return;
    }
    enqueue(
        QStringLiteral("leads"),
        [id, checked](DatabaseContext &context) { return context.get<OutboxStore>().editLead(id, checked); },
        std::move(done));
}

void Outbox::addNote(qint64 leadId, const QString &body, Done done)
{
    const QString text = body.trimmed(); // as the server stores it
    if (text.isEmpty()) {
        if (done)
            QTimer::singleShot(0, this, [this, done] { done(false, tr("A note cannot be empty."), 0); });
        return;
    }
    enqueue(
        QStringLiteral("notes"),
        [leadId, text](DatabaseContext &context) { return context.get<OutboxStore>().addNote(leadId, text); },
        std::move(done));
}

void Outbox::editNote(qint64 id, const QString &body, Done done)
{
    const QString text = body.trimmed();
    if (text.isEmpty()) {
        if (done)
            QTimer::singleShot(0, this, [this, done, id] { done(false, tr("A note cannot be empty."), id); });
        return;
    }
    enqueue(
        QStringLiteral("notes"),
        [id, text](DatabaseContext &context) { return context.get<OutboxStore>().editNote(id, text); },
        std::move(done));
}

void Outbox::deleteNote(qint64 id, Done done)
{
    enqueue(
        QStringLiteral("notes"),
        [id](DatabaseContext &context) { return context.get<OutboxStore>().deleteNote(id); },
        std::move(done));
}

template<typename Job> void Outbox::enqueue(const QString &collection, Job job, Done done)
{
    m_database.call<OutboxStore::Enqueued>(
        this, std::move(job), [this, collection, done](const OutboxStore::Enqueued &result) {
            if (result.ok) {
                setPending(result.pending);
                if (result.queued)
                    Q_EMIT collectionChanged(collection);
            } else {
                qCWarning(lcSync) << "outbox: an edit could not be queued:" << result.error;
            }
            if (done)
                done(result.ok, result.error, result.targetId);
            // While a retry is scheduled the queue waits for it: the new op is behind the failing one.
            if (result.queued && (m_state == State::Idle || m_state == State::Failed))
                replay();
        });
}

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
    if (op.targetId < 0 && op.kind != OutboxOp::Kind::NoteCreate) {
        // Its note was never created on the server, so there is nothing there to change.
        const QString reason = tr("The note this edit belongs to could not be created.");
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
    } else if (transient(reply) || reply.status == 401) {
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
    const bool gone = op.kind == OutboxOp::Kind::NoteDelete && reply.status == 404;
    if (op.kind == OutboxOp::Kind::NoteCreate || gone) {
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
            for (const QString &collection : result.changed)
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

void Outbox::listPending(std::function<void(const QList<OutboxOp> &)> done)
{
    m_database.call<QList<OutboxOp>>(
        this, [](DatabaseContext &context) { return context.get<OutboxStore>().pending(); }, std::move(done));
}

void Outbox::listConflicts(std::function<void(const QList<OutboxConflict> &)> done)
{
    m_database.call<QList<OutboxConflict>>(
        this, [](DatabaseContext &context) { return context.get<OutboxStore>().conflicts(); },
        std::move(done));
}

void Outbox::dismissConflict(qint64 id, std::function<void(bool)> done)
{
    m_database.call<bool>(
        this, [id](DatabaseContext &context) { return context.get<OutboxStore>().dismissConflict(id); },
        [done](bool ok) {
            if (done)
                done(ok);
        });
}

void Outbox::setPending(int count)
{
    if (m_pending == count)
        return;
    m_pending = count;
    Q_EMIT pendingCountChanged(count);
}

void Outbox::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
