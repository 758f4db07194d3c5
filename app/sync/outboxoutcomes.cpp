#include "outboxoutcomes.h"

#include "core/logging.h"
#include "outboxstore.h"
#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/sqldatabase.h"
#include "storage/sqltransaction.h"

#include <QJsonDocument>

#include <algorithm>

namespace {
const CachedCollection &collectionOf(const OutboxOp &op)
{
    return CachedCollection::of(op.collection());
}

// A server item: a JSON object with an id. Anything else is a body that did not arrive whole.
QJsonObject itemIn(const QByteArray &body)
{
    const QJsonObject item = QJsonDocument::fromJson(body).object();
    return item.value(QLatin1String("id")).isDouble() ? item : QJsonObject();
}
} // namespace

OutboxOutcomes::OutboxOutcomes(DatabaseContext &context)
    : m_context(context)
    , m_store(context.get<OutboxStore>())
    , m_rows(m_store.rows())
{ }

OutboxOutcomes::Result OutboxOutcomes::finish(
    Result result, std::optional<Collection> changed, bool ok, const QString &error)
{
    if (!ok) {
        Result failed;
        failed.error = error.isEmpty() ? m_context.db().lastError() : error;
        return failed;
    }
    if (changed)
        result.changed = {*changed};
    result.pending = m_rows.count();
    return result;
}

OutboxOutcomes::Result OutboxOutcomes::succeeded(qint64 opId, const QByteArray &body)
{
    Result result;
    SqlTransaction transaction(m_context.db());
    const std::optional<OutboxOp> op = m_rows.find(opId);
    if (!transaction.isActive() || !op)
        return finish(result, std::nullopt, transaction.isActive(), {});
    const CachedCollection &collection = collectionOf(*op);
    const QJsonObject item = op->isDelete() ? QJsonObject() : itemIn(body);
    if (!op->isDelete() && item.isEmpty()) {
        result.retry = true;
        return result;
    }
    QString error;
    bool ok = m_rows.remove(op->id, &error);
    if (op->isCreate()) {
        // The server named the record: later edits of it follow the new id, the local row goes.
        const qint64 id = item.value(QLatin1String("id")).toInteger();
        for (OutboxOp later : m_rows.forTarget(collection.id, op->targetId)) {
            later.targetId = id;
            ok = ok && m_rows.update(later, &error);
        }
    }
    if (op->isCreate() || op->isDelete())
        ok = ok && m_rows.removeRow(collection, op->targetId, &error);
    if (!item.isEmpty()) {
        const qint64 id = item.value(QLatin1String("id")).toInteger();
        ok = ok && m_rows.upsert(collection, item, &error) && rebaseLater(collection, item, op->id, &error)
            && m_store.overlay(collection, {id}, &error);
    }
    qCInfo(lcSync) << "outbox: op" << op->id << OutboxOp::kindName(op->kind) << "applied";
    return finish(result, collection.id, ok && transaction.commit(), error);
}

OutboxOutcomes::Result OutboxOutcomes::preconditionFailed(qint64 opId, const QByteArray &body)
{
    Result result;
    const QJsonObject current
        = QJsonDocument::fromJson(body).object().value(QLatin1String("current")).toObject();
    if (!current.value(QLatin1String("version")).isDouble()) {
        result.retry = true;
        return result;
    }
    SqlTransaction transaction(m_context.db());
    std::optional<OutboxOp> op = m_rows.find(opId);
    if (!transaction.isActive() || !op)
        return finish(result, std::nullopt, transaction.isActive(), {});
    const CachedCollection &collection = collectionOf(*op);
    const bool deletion = op->isDelete();
    const QString reason = deletion
        ? tr("Someone changed this note after you deleted it, so it was kept.")
        : tr("Someone changed this on the server while your edit was waiting; their value was kept.");
    QJsonObject payload;
    QJsonObject base;
    bool keepDeletion = false;
    QString error;
    bool ok = true;
    for (const QString &field : op->watchedFields()) {
        const QJsonValue theirs = current.value(field);
        const QJsonValue mine = deletion ? QJsonValue() : op->payload.value(field);
        if (outboxjson::same(theirs, op->base.value(field))) {
            // The server left this field alone: the edit still applies on top of its version.
            keepDeletion = deletion;
            if (!deletion) {
                payload.insert(field, mine);
                base.insert(field, theirs);
            }
        } else if (!deletion && outboxjson::same(theirs, mine)) {
            continue; // both sides made the same change
        } else {
            ok = ok && conflict(result, *op, field, mine, theirs, reason, &error);
        }
    }
    ok = ok && m_rows.upsert(collection, current, &error);
    if (deletion ? keepDeletion : !payload.isEmpty()) {
        op->payload = deletion ? QJsonObject() : payload;
        op->base = deletion ? current : base;
        op->baseVersion = current.value(QLatin1String("version")).toInteger();
        // A different request from now on (If-Match, maybe the body): it needs its own key.
        op->idempotencyKey = OutboxOp::newIdempotencyKey();
        op->failed = false;
        op->lastError.clear();
        ok = ok && m_rows.update(*op, &error);
    } else {
        ok = ok && m_rows.remove(op->id, &error);
    }
    ok = ok && rebaseLater(collection, current, op->id, &error)
        && m_store.overlay(collection, {op->targetId}, &error);
    qCInfo(lcSync) << "outbox: op" << op->id << "merged after 412," << result.conflicts.size()
                   << "conflict(s)";
    return finish(result, collection.id, ok && transaction.commit(), error);
}

OutboxOutcomes::Result OutboxOutcomes::rejected(
    qint64 opId, int status, const QString &reason, int restoreStatus, const QByteArray &restoreBody)
{
    Result result;
    SqlTransaction transaction(m_context.db());
    const std::optional<OutboxOp> op = m_rows.find(opId);
    if (!transaction.isActive() || !op)
        return finish(result, std::nullopt, transaction.isActive(), {});
    const CachedCollection &collection = collectionOf(*op);
    QString error;
    bool ok = m_rows.remove(op->id, &error);
    const QString body = op->watchedFields().constFirst();
    if (op->isDelete() && status == 404) {
        ok = ok && m_rows.removeRow(collection, op->targetId, &error); // gone, as the user wanted
    } else if (op->isCreate()) {
        ok = ok && m_rows.removeRow(collection, op->targetId, &error)
            && conflict(result, *op, body, op->payload.value(body), QJsonValue(), reason, &error);
        // Edits of a note that will never exist: the latest text is kept with the conflict.
        for (const OutboxOp &later : m_rows.forTarget(collection.id, op->targetId)) {
            ok = ok && m_rows.remove(later.id, &error);
            if (later.kind == OutboxOp::Kind::NoteUpdate)
                ok = ok
                    && conflict(result, later, body, later.payload.value(body), QJsonValue(), reason, &error);
        }
    } else {
        const QJsonObject serverItem = restoreStatus == 200 ? itemIn(restoreBody) : QJsonObject();
        const bool gone = restoreStatus == 404;
        const bool deletion = op->isDelete();
        for (const QString &field : op->watchedFields()) {
            const QJsonValue theirs = !serverItem.isEmpty() ? serverItem.value(field)
                : gone                                      ? QJsonValue()
                                                            : op->base.value(field);
            ok = ok
                && conflict(result, *op, field, deletion ? QJsonValue() : op->payload.value(field), theirs,
                    reason, &error);
        }
        ok = ok && restore(*op, serverItem, gone, &error);
    }
    qCInfo(lcSync) << "outbox: op" << op->id << OutboxOp::kindName(op->kind) << "refused with" << status;
    return finish(result, collection.id, ok && transaction.commit(), error);
}

bool OutboxOutcomes::restore(const OutboxOp &op, const QJsonObject &serverItem, bool gone, QString *error)
{
    const CachedCollection &collection = collectionOf(op);
    bool ok = true;
    if (!serverItem.isEmpty()) {
        ok = m_rows.upsert(collection, serverItem, error);
    } else if (gone) {
        ok = m_rows.removeRow(collection, op.targetId, error);
    } else if (op.isDelete()) {
        ok = m_rows.upsert(collection, op.base, error); // the record as it was before the deletion
    } else {
        // The server could not be asked: back to what it last said, until the next sync.
        QJsonObject before;
        for (const QString &field : op.watchedFields())
            before.insert(field, op.base.value(field));
        ok = m_rows.setFields(collection, op.targetId, before, error);
    }
    return ok && m_store.overlay(collection, {op.targetId}, error);
}

bool OutboxOutcomes::rebaseLater(
    const CachedCollection &collection, const QJsonObject &item, qint64 exclude, QString *error)
{
    // A later edit moves onto the server's new version only if every field it watches has the
    // value its user saw; otherwise it keeps its old version, gets a 412 and merges field by field.
    // An op already sent keeps its request (and key) as it is.
    const qint64 version = item.value(QLatin1String("version")).toInteger();
    const qint64 id = item.value(QLatin1String("id")).toInteger();
    for (OutboxOp later : m_rows.forTarget(collection.id, id)) {
        if (later.id == exclude || later.isCreate() || later.attempts > 0 || later.baseVersion >= version)
            continue;
        const QStringList fields = later.watchedFields();
        const bool seenAsIs = std::all_of(fields.cbegin(), fields.cend(), [&](const QString &field) {
            return outboxjson::same(later.base.value(field), item.value(field));
        });
        if (!seenAsIs)
            continue;
        later.baseVersion = version;
        if (!m_rows.update(later, error))
            return false;
    }
    return true;
}

bool OutboxOutcomes::conflict(Result &result, const OutboxOp &op, const QString &field,
    const QJsonValue &mine, const QJsonValue &theirs, const QString &reason, QString *error)
{
    OutboxConflict conflict;
    conflict.collection = op.collection();
    conflict.targetId = op.targetId;
    conflict.field = field;
    conflict.mine = mine;
    conflict.theirs = theirs;
    conflict.reason = reason;
    const std::optional<OutboxConflict> recorded = m_rows.recordConflict(conflict, error);
    if (recorded)
        result.conflicts.append(*recorded);
    return recorded.has_value();
}
