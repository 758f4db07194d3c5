#include "outbox.h"

#include "auth/session.h"
#include "core/domainname.h"
#include "core/logging.h"
#include "outboxstore.h"
#include "storage/databasecontext.h"
#include "storage/databasethread.h"

#include <QJsonArray>
#include <QNetworkInformation>

namespace {
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
    // Where the platform can tell, coming back online retries at once instead of at the next backoff.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online && m_retryTimer.isActive())
                    replayNow();
            });
    }
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
        Collection::Leads,
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
        Collection::Notes,
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
        Collection::Notes,
        [id, text](DatabaseContext &context) { return context.get<OutboxStore>().editNote(id, text); },
        std::move(done));
}

void Outbox::hideCompany(const QString &domain, Exclusion::Reason reason, const QString &note, Done done)
{
    const QString normalised = domainname::normalise(domain);
    const QString text = note.trimmed();
    const QString error = normalised.isEmpty() ? tr("“%1” is not a web domain.").arg(domain.left(80))
        : text.size() > Exclusion::kMaxNoteLength
        ? tr("The note is longer than %n character(s).", "", Exclusion::kMaxNoteLength)
        : QString();
    if (!error.isEmpty()) {
        if (done)
            QTimer::singleShot(0, this, [done, error] { done(false, error, 0); });
        return;
    }
    enqueue(
        Collection::Exclusions,
        [domain = normalised, reason = Exclusion::wireName(reason), text](DatabaseContext &context) {
            return context.get<OutboxStore>().hideCompany(domain, reason, text);
        },
        std::move(done));
}

void Outbox::showCompany(qint64 exclusionId, Done done)
{
    enqueue(
        Collection::Exclusions,
        [exclusionId](
            DatabaseContext &context) { return context.get<OutboxStore>().showCompany(exclusionId); },
        std::move(done));
}

void Outbox::showDomain(const QString &domain, Done done)
{
    enqueue(
        Collection::Exclusions,
        [domain = domainname::normalise(domain)](
            DatabaseContext &context) { return context.get<OutboxStore>().showCompany(0, domain); },
        std::move(done));
}

void Outbox::deleteNote(qint64 id, Done done)
{
    enqueue(
        Collection::Notes,
        [id](DatabaseContext &context) { return context.get<OutboxStore>().deleteNote(id); },
        std::move(done));
}

template<typename Job> void Outbox::enqueue(Collection collection, Job job, Done done)
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
