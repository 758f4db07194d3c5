#include "outboxstore.h"

#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/isotime.h"
#include "storage/lastlook.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storage/sqltransaction.h"

#include <QDateTime>
#include <QSet>

namespace {
const CachedCollection &leads()
{
    return CachedCollection::of(Collection::Leads);
}

const CachedCollection &notes()
{
    return CachedCollection::of(Collection::Notes);
}

const CachedCollection &exclusions()
{
    return CachedCollection::of(Collection::Exclusions);
}

OutboxStore::Enqueued failure(const QString &error)
{
    OutboxStore::Enqueued result;
    result.error = error;
    return result;
}
} // namespace

OutboxStore::OutboxStore(DatabaseContext &context)
    : m_context(context)
    , m_rows(context.db())
{ }

OutboxStore::Enqueued OutboxStore::settle(Enqueued result, bool ok, const QString &error)
{
    if (!ok)
        return failure(error.isEmpty() ? m_context.db().lastError() : error);
    result.ok = true;
    result.pending = m_rows.count();
    return result;
}

OutboxStore::Enqueued OutboxStore::editLead(qint64 id, const QJsonObject &fields)
{
    SqlTransaction transaction(m_context.db());
    if (!transaction.isActive())
        return failure(m_context.db().lastError());
    const std::optional<QJsonObject> row = m_rows.readItem(leads(), id);
    if (!row)
        return failure(tr("This lead is not in the cache."));
    OutboxOp op;
    op.kind = OutboxOp::Kind::LeadPatch;
    op.targetId = id;
    op.baseVersion = row->value(QLatin1String("version")).toInteger();
    op.idempotencyKey = OutboxOp::newIdempotencyKey();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (outboxjson::same(it.value(), row->value(it.key())))
            continue;
        op.payload.insert(it.key(), it.value());
        op.base.insert(it.key(), row->value(it.key()));
    }
    Enqueued result;
    result.targetId = id;
    if (op.payload.isEmpty())
        return settle(result, true, {});
    QString error;
    result.queued = m_rows.insert(op, &error) && m_rows.setFields(leads(), id, op.payload, &error);
    // An assignee this user chose is no news to them in "Since you last looked".
    if (result.queued && op.payload.contains(QLatin1String("assignee_id")))
        result.queued = lastlook::acceptOwnAssignment(m_context.db(), id, &error);
    return settle(result, result.queued && transaction.commit(), error);
}

OutboxStore::Enqueued OutboxStore::addNote(qint64 leadId, const QString &body)
{
    SqlTransaction transaction(m_context.db());
    if (!transaction.isActive())
        return failure(m_context.db().lastError());
    OutboxOp op;
    op.kind = OutboxOp::Kind::NoteCreate;
    op.targetId = nextLocalId(notes());
    op.parentId = leadId;
    op.payload.insert(QStringLiteral("body"), body);
    op.idempotencyKey = OutboxOp::newIdempotencyKey();
    // seq 0: any state the server sends for this id is newer, though it never sends a negative id.
    const QString now = isotime::format(QDateTime::currentSecsSinceEpoch());
    const qint64 author = currentUserId();
    const QJsonObject row {{QStringLiteral("id"), op.targetId}, {QStringLiteral("lead_id"), leadId},
        {QStringLiteral("author_id"), author > 0 ? QJsonValue(author) : QJsonValue()},
        {QStringLiteral("body"), body}, {QStringLiteral("created_at"), now},
        {QStringLiteral("updated_at"), now}, {QStringLiteral("seq"), 0}};
    Enqueued result;
    result.targetId = op.targetId;
    QString error;
    result.queued = m_rows.insert(op, &error) && m_rows.upsert(notes(), row, &error);
    return settle(result, result.queued && transaction.commit(), error);
}

OutboxStore::Enqueued OutboxStore::editNote(qint64 id, const QString &body)
{
    SqlTransaction transaction(m_context.db());
    if (!transaction.isActive())
        return failure(m_context.db().lastError());
    const std::optional<QJsonObject> row = m_rows.readItem(notes(), id);
    if (!row)
        return failure(tr("This note is not in the cache."));
    Enqueued result;
    result.targetId = id;
    const QString field = QStringLiteral("body");
    if (outboxjson::same(row->value(field), body))
        return settle(result, true, {});
    QString error;
    bool ok = false;
    if (std::optional<OutboxOp> create = unsentCreate(Collection::Notes, id)) {
        create->payload.insert(field, body);
        ok = m_rows.update(*create, &error);
    } else {
        OutboxOp op;
        op.kind = OutboxOp::Kind::NoteUpdate;
        op.targetId = id;
        op.payload.insert(field, body);
        op.base.insert(field, row->value(field));
        op.baseVersion = row->value(QLatin1String("version")).toInteger();
        op.idempotencyKey = OutboxOp::newIdempotencyKey();
        ok = m_rows.insert(op, &error) != 0;
    }
    result.queued = ok && m_rows.setFields(notes(), id, {{field, body}}, &error);
    return settle(result, result.queued && transaction.commit(), error);
}

OutboxStore::Enqueued OutboxStore::deleteNote(qint64 id)
{
    SqlTransaction transaction(m_context.db());
    if (!transaction.isActive())
        return failure(m_context.db().lastError());
    const std::optional<QJsonObject> row = m_rows.readItem(notes(), id);
    if (!row)
        return failure(tr("This note is not in the cache."));
    Enqueued result;
    result.targetId = id;
    QString error;
    bool ok = true;
    if (unsentCreate(Collection::Notes, id)) {
        // Never sent, so the server has nothing to delete: the note simply never existed.
        for (const OutboxOp &op : m_rows.forTarget(Collection::Notes, id))
            ok = ok && m_rows.remove(op.id, &error);
    } else {
        OutboxOp op;
        op.kind = OutboxOp::Kind::NoteDelete;
        op.targetId = id;
        op.base = *row; // the whole note, to put back if the server refuses
        op.baseVersion = row->value(QLatin1String("version")).toInteger();
        op.idempotencyKey = OutboxOp::newIdempotencyKey();
        ok = m_rows.insert(op, &error) != 0;
    }
    result.queued = ok && m_rows.removeRow(notes(), id, &error);
    return settle(result, result.queued && transaction.commit(), error);
}

OutboxStore::Enqueued OutboxStore::hideCompany(
    const QString &domain, const QString &reason, const QString &note)
{
    SqlTransaction transaction(m_context.db());
    if (!transaction.isActive())
        return failure(m_context.db().lastError());
    Enqueued result;
    SqlStatement hidden(m_context.db(), QStringLiteral("SELECT id FROM exclusions WHERE domain = ? LIMIT 1"));
    hidden.bind(1, domain);
    if (hidden.step() == SqlStatement::Step::Row) {
        result.targetId = hidden.integer(0);
        return settle(result, true, {}); // hidden already (by a teammate, or a moment ago)
    }
    OutboxOp op;
    op.kind = OutboxOp::Kind::ExclusionCreate;
    op.targetId = nextLocalId(exclusions());
    op.payload = {{QStringLiteral("domain"), domain}, {QStringLiteral("reason"), reason},
        {QStringLiteral("note"), note}};
    op.idempotencyKey = OutboxOp::newIdempotencyKey();
    const qint64 me = currentUserId();
    const QJsonObject row {{QStringLiteral("id"), op.targetId}, {QStringLiteral("domain"), domain},
        {QStringLiteral("reason"), reason}, {QStringLiteral("note"), note},
        {QStringLiteral("created_by"), me > 0 ? QJsonValue(me) : QJsonValue()},
        {QStringLiteral("created_at"), isotime::format(QDateTime::currentSecsSinceEpoch())},
        {QStringLiteral("seq"), 0}};
    result.targetId = op.targetId;
    QString error;
    result.queued = m_rows.insert(op, &error) && m_rows.upsert(exclusions(), row, &error);
    return settle(result, result.queued && transaction.commit(), error);
}

OutboxStore::Enqueued OutboxStore::showCompany(qint64 exclusionId, const QString &domain)
{
    SqlTransaction transaction(m_context.db());
    if (!transaction.isActive())
        return failure(m_context.db().lastError());
    if (!domain.isEmpty()) {
        SqlStatement byDomain(
            m_context.db(), QStringLiteral("SELECT id FROM exclusions WHERE domain = ? LIMIT 1"));
        byDomain.bind(1, domain);
        exclusionId = byDomain.step() == SqlStatement::Step::Row ? byDomain.integer(0) : 0;
    }
    const std::optional<QJsonObject> row = m_rows.readItem(exclusions(), exclusionId);
    if (!row)
        return failure(tr("This company is not hidden."));
    Enqueued result;
    result.targetId = exclusionId;
    QString error;
    bool ok = true;
    if (unsentCreate(Collection::Exclusions, exclusionId)) {
        for (const OutboxOp &op : m_rows.forTarget(Collection::Exclusions, exclusionId))
            ok = ok && m_rows.remove(op.id, &error); // never sent: it simply never happened
    } else {
        OutboxOp op;
        op.kind = OutboxOp::Kind::ExclusionDelete;
        op.targetId = exclusionId;
        op.payload
            = {{QStringLiteral("domain"), row->value(QLatin1String("domain"))}}; // for the list of edits
        op.base = *row; // to hide it again if the server refuses
        op.idempotencyKey = OutboxOp::newIdempotencyKey();
        ok = m_rows.insert(op, &error) != 0;
    }
    result.queued = ok && m_rows.removeRow(exclusions(), exclusionId, &error);
    return settle(result, result.queued && transaction.commit(), error);
}

std::optional<OutboxOp> OutboxStore::takeNext()
{
    std::optional<OutboxOp> op = m_rows.head();
    QString error;
    if (op) {
        ++op->attempts;
        if (!m_rows.update(*op, &error))
            return std::nullopt; // not counted, so not sent: sending is what the count guards
    }
    return op;
}

bool OutboxStore::markFailed(qint64 opId, const QString &error)
{
    std::optional<OutboxOp> op = m_rows.find(opId);
    if (!op)
        return false;
    op->failed = true;
    op->lastError = error;
    QString why;
    return m_rows.update(*op, &why);
}

const QList<Collection> &OutboxStore::editedCollections()
{
    static const QList<Collection> edited {Collection::Leads, Collection::Notes, Collection::Exclusions};
    return edited;
}

bool OutboxStore::afterRows(
    Collection collection, const QJsonArray &, const QList<qint64> &written, QString *error)
{
    return written.isEmpty() || overlay(CachedCollection::of(collection), written, error);
}

bool OutboxStore::overlay(const CachedCollection &collection, const QList<qint64> &ids, QString *error)
{
    if (!editedCollections().contains(collection.id))
        return true;
    bool ok = false;
    const QList<OutboxOp> ops = m_rows.all(&ok);
    if (!ok) {
        *error = tr("Could not read the local edits: %1").arg(m_context.db().lastError());
        return false;
    }
    if (ops.isEmpty())
        return true;
    const QSet<qint64> written(ids.cbegin(), ids.cend());
    for (const OutboxOp &op : ops) {
        if (op.collection() != collection.id || !written.contains(op.targetId))
            continue;
        switch (op.kind) {
        case OutboxOp::Kind::LeadPatch:
        case OutboxOp::Kind::NoteUpdate:
            if (!m_rows.setFields(collection, op.targetId, op.payload, error))
                return false;
            break;
        case OutboxOp::Kind::NoteDelete:
        case OutboxOp::Kind::ExclusionDelete:
            if (!m_rows.removeRow(collection, op.targetId, error))
                return false;
            break;
        case OutboxOp::Kind::NoteCreate:
        case OutboxOp::Kind::ExclusionCreate:
            break; // its row has a local id the server never writes
        }
    }
    return true;
}

std::optional<OutboxOp> OutboxStore::unsentCreate(Collection collection, qint64 id)
{
    if (id >= 0)
        return std::nullopt;
    for (const OutboxOp &op : m_rows.forTarget(collection, id)) {
        if (op.isCreate() && op.attempts == 0)
            return op;
    }
    return std::nullopt;
}

qint64 OutboxStore::nextLocalId(const CachedCollection &collection)
{
    // Below every id in use, queued ones and those of recorded conflicts included, so a local id is
    // never handed out twice while anything may still refer to it.
    return m_context.db().scalar(
        QStringLiteral("SELECT min(-1, coalesce((SELECT min(id) FROM %1), 0) - 1,"
                       " coalesce((SELECT min(target_id) FROM outbox), 0) - 1,"
                       " coalesce((SELECT min(target_id) FROM conflicts WHERE collection"
                       " = '%2'), 0) - 1)")
            .arg(collection.table, collection.name));
}

qint64 OutboxStore::currentUserId()
{
    SqlStatement me(m_context.db(), QStringLiteral("SELECT json FROM documents WHERE name = 'me'"));
    if (me.step() != SqlStatement::Step::Row)
        return 0;
    return outboxjson::objectFromText(me.text(0)).value(QLatin1String("id")).toInteger();
}
