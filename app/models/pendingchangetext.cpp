#include "pendingchangetext.h"

#include "core/leadvocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {
// JSON text of any value: the outbox keeps scalars too, which QJsonDocument alone cannot parse.
std::optional<QJsonValue> parsed(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(json).toUtf8());
    if (!doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}
} // namespace

QString PendingChangeText::valueText(const QString &field, const QJsonValue &v, const Names &names)
{
    if (v.isNull() || v.isUndefined())
        return tr("(nothing)");
    if (field == u"status") {
        const auto status = Lead::statusFromWire(v.toString());
        return status ? Lead::label(*status) : v.isString() ? v.toString() : jsonText(v);
    }
    if (field == u"assignee_id")
        return names.value(v.toInteger(), QString::number(v.toInteger()));
    if (v.isArray()) {
        QStringList words;
        for (const QJsonValue &item : v.toArray())
            words.append(item.isString() ? item.toString() : jsonText(item));
        return words.isEmpty() ? tr("none") : words.join(QStringLiteral(", "));
    }
    return v.isString() ? v.toString() : jsonText(v);
}

QString PendingChangeText::pending(const QString &kind, const QString &payloadJson, const Names &names)
{
    const QJsonObject values = parsed(payloadJson).value_or(QJsonValue()).toObject();
    const QString body = values.value(QLatin1String("body")).toString();
    if (kind == u"note_create")
        return tr("New note: “%1”").arg(body);
    if (kind == u"note_update")
        return tr("Note changed to “%1”").arg(body);
    if (kind == u"note_delete")
        return tr("Note deleted");
    const QString domain = values.value(QLatin1String("domain")).toString();
    if (kind == u"exclusion_create")
        return tr("Hide %1 from the lead list").arg(domain);
    if (kind == u"exclusion_delete")
        return tr("Show %1 in the lead list again").arg(domain);
    QStringList parts;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue v = it.value();
        if (field == u"status")
            parts.append(tr("status → %1").arg(valueText(field, v, names)));
        else if (field == u"assignee_id")
            parts.append(v.isNull() || v.toInteger() == 0
                    ? tr("unassigned")
                    : tr("assigned to %1").arg(valueText(field, v, names)));
        else if (field == u"tags")
            parts.append(tr("tags → %1").arg(valueText(field, v, names)));
        else
            parts.append(field + QStringLiteral(" → ") + jsonText(v));
    }
    return parts.join(QStringLiteral("; "));
}

QString PendingChangeText::conflict(
    const QString &field, const QString &mineJson, const QString &theirsJson, const Names &names)
{
    const auto shown = [&](const QString &json) {
        const std::optional<QJsonValue> v = parsed(json);
        return v ? valueText(field, *v, names) : json;
    };
    return tr("%1 — yours: %2 · kept on the server: %3").arg(field, shown(mineJson), shown(theirsJson));
}

QList<qint64> PendingChangeText::assigneeIds(const QString &field, const QString &json)
{
    const QJsonValue v = parsed(json).value_or(QJsonValue());
    const QJsonValue id = field == u"assignee_id" ? v : v.toObject().value(QLatin1String("assignee_id"));
    return id.isDouble() ? QList<qint64> {id.toInteger()} : QList<qint64>();
}
