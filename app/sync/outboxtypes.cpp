#include "outboxtypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {
struct KindName
{
    OutboxOp::Kind kind;
    const char *name;
};
constexpr KindName kKinds[] = {{OutboxOp::Kind::LeadPatch, "lead_patch"},
    {OutboxOp::Kind::NoteCreate, "note_create"}, {OutboxOp::Kind::NoteUpdate, "note_update"},
    {OutboxOp::Kind::NoteDelete, "note_delete"}, {OutboxOp::Kind::ExclusionCreate, "exclusion_create"},
    {OutboxOp::Kind::ExclusionDelete, "exclusion_delete"}};
} // namespace

QString OutboxOp::kindName(Kind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

std::optional<OutboxOp::Kind> OutboxOp::kindFromName(QStringView name)
{
    for (const KindName &k : kKinds) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

Collection OutboxOp::collection() const
{
    switch (kind) {
    case Kind::LeadPatch:
        return Collection::Leads;
    case Kind::ExclusionCreate:
    case Kind::ExclusionDelete:
        return Collection::Exclusions;
    default:
        return Collection::Notes;
    }
}

QStringList OutboxOp::watchedFields() const
{
    if (collection() == Collection::Exclusions)
        return {QStringLiteral("domain")};
    return kind == Kind::LeadPatch ? payload.keys() : QStringList {QStringLiteral("body")};
}

QString OutboxOp::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace outboxjson {

QString toText(const QJsonValue &value)
{
    // A one-element array serialises any value; the brackets are then cut off.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue fromText(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text.toUtf8() + ']');
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().first() : QJsonValue();
}

QString objectText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    // Undefined (a field the item lacks) counts as null, as it does on the wire.
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull == bNull;
    return a == b;
}

} // namespace outboxjson
