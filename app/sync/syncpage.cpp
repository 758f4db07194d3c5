#include "syncpage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

std::optional<SyncPage> SyncPage::parse(const QString &collection, const QByteArray &body, QString *error)
{
    auto refuse = [&](const QString &why) {
        *error = QCoreApplication::translate("SyncPage", "The server sent an unreadable %1 page: %2")
                     .arg(collection, why);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(QCoreApplication::translate("SyncPage", "not valid JSON (%1 at byte %2)")
                          .arg(parseError.errorString())
                          .arg(parseError.offset));
    if (!doc.isObject())
        return refuse(QCoreApplication::translate("SyncPage", "not a JSON object"));
    const QJsonObject envelope = doc.object();
    SyncPage page;
    page.bytes = body.size();
    page.collection = envelope.value(QLatin1String("collection")).toString();
    if (page.collection != collection)
        return refuse(QCoreApplication::translate("SyncPage", "it is for “%1”").arg(page.collection));
    const QJsonValue items = envelope.value(QLatin1String("items"));
    const QJsonValue deleted = envelope.value(QLatin1String("deleted"));
    const QJsonValue next = envelope.value(QLatin1String("next_cursor"));
    const QJsonValue hasMore = envelope.value(QLatin1String("has_more"));
    if (!items.isArray() || !deleted.isArray() || !next.isString() || next.toString().isEmpty()
        || !hasMore.isBool())
        return refuse(
            QCoreApplication::translate("SyncPage", "items, deleted, next_cursor or has_more missing"));
    page.items = items.toArray();
    for (const QJsonValue &item : std::as_const(page.items)) {
        if (!item.isObject())
            return refuse(QCoreApplication::translate("SyncPage", "an item is not an object"));
    }
    for (const QJsonValue &id : deleted.toArray()) {
        if (!id.isDouble() || double(id.toInteger()) != id.toDouble())
            return refuse(QCoreApplication::translate("SyncPage", "a deleted id is not a number"));
        page.deleted.append(id.toInteger());
    }
    page.nextCursor = next.toString();
    page.hasMore = hasMore.toBool();
    const QJsonValue remaining = envelope.value(QLatin1String("remaining"));
    if (remaining.isDouble())
        page.remaining = remaining.toInteger();
    return page;
}
