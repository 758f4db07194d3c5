#include "outboxrequest.h"

#include "storage/cachedcollection.h"

#include <QJsonDocument>

OutboxRequest OutboxRequest::forOp(const OutboxOp &op)
{
    OutboxRequest request;
    // The key makes a retried write (answer lost, connection cut) return the stored answer instead
    // of running twice. A deletion would be safe without it (a repeat answers 404, taken as done),
    // but the stored 204 also tells apart "deleted by us" from "deleted by someone else".
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), op.idempotencyKey.toLatin1()});
    if (op.isVersioned())
        request.headers.append(
            {QByteArrayLiteral("If-Match"), '"' + QByteArray::number(op.baseVersion) + '"'});
    switch (op.kind) {
    case OutboxOp::Kind::LeadPatch:
        request.verb = "PATCH";
        request.path = QStringLiteral("/leads/%1").arg(op.targetId);
        break;
    case OutboxOp::Kind::NoteCreate:
        request.verb = "POST";
        request.path = QStringLiteral("/leads/%1/notes").arg(op.parentId);
        break;
    case OutboxOp::Kind::NoteUpdate:
        request.verb = "PATCH";
        request.path = QStringLiteral("/notes/%1").arg(op.targetId);
        break;
    case OutboxOp::Kind::NoteDelete:
        request.verb = "DELETE";
        request.path = QStringLiteral("/notes/%1").arg(op.targetId);
        return request; // no body
    case OutboxOp::Kind::ExclusionCreate:
        request.verb = "POST";
        request.path = QStringLiteral("/exclusions");
        break;
    case OutboxOp::Kind::ExclusionDelete:
        request.verb = "DELETE";
        request.path = QStringLiteral("/exclusions/%1").arg(op.targetId);
        return request;
    }
    // Compact with sorted keys (QJsonObject keeps them sorted): the same payload, the same bytes.
    request.body = QJsonDocument(op.payload).toJson(QJsonDocument::Compact);
    return request;
}

QString OutboxRequest::recordPath(const OutboxOp &op)
{
    return QStringLiteral("/%1/%2").arg(CachedCollection::of(op.collection()).name).arg(op.targetId);
}
