#include "collectionsapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"

#include <QJsonDocument>

CollectionsApi::CollectionsApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

void CollectionsApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    for (const Collection &c : Collection::all()) {
        const Collection *collection = &c;
        router.add(M::Get, QStringLiteral("/v1/") + c.name, c.readers,
            [this, collection](ApiContext &ctx) { return page(*collection, ctx); });
        router.add(M::Get, QStringLiteral("/v1/") + c.name + QStringLiteral("/{id}"), c.readers,
            [this, collection](ApiContext &ctx) { return single(*collection, ctx); });
    }
}

QString CollectionsApi::encodeCursor(const QString &collection, qint64 seq)
{
    const QByteArray plain = "v1:" + collection.toLatin1() + ':' + QByteArray::number(seq);
    return QString::fromLatin1(
        plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool CollectionsApi::decodeCursor(const QString &collection, const QString &cursor, qint64 *seq)
{
    if (cursor.isEmpty()) {
        *seq = 0;
        return true;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray prefix = "v1:" + collection.toLatin1() + ':';
    if (!decoded || !decoded.decoded.startsWith(prefix))
        return false;
    bool ok = false;
    *seq = decoded.decoded.mid(prefix.size()).toLongLong(&ok);
    return ok && *seq >= 0;
}

ApiResponse CollectionsApi::page(const Collection &collection, const ApiContext &ctx)
{
    qint64 after = 0;
    if (!decodeCursor(collection.name, ctx.request.queryValue(QStringLiteral("cursor")), &after))
        return api::badRequest(QStringLiteral("The cursor is not one this server issued."));
    int limit = kDefaultLimit;
    const QString limitText = ctx.request.queryValue(QStringLiteral("limit"));
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return api::badRequest(QStringLiteral("limit must be between 1 and %1.").arg(kMaxLimit));
    }
    bool count = false;
    if (ctx.request.query.hasQueryItem(QStringLiteral("count"))) {
        const QString countText = ctx.request.queryValue(QStringLiteral("count"));
        if (countText != u"true" && countText != u"false")
            return api::badRequest(QStringLiteral("count must be true or false."));
        count = countText == u"true";
    }
    const qint64 account = ctx.principal.accountId;

    // Changed rows and deletions are read separately (each by its own index) and merged by seq.
    QList<QPair<qint64, QByteArray>> rows; // (seq, JSON)
    rows.reserve(limit + 1);
    QSqlQuery *q = m_db.run(
        collection.selectSql() + QStringLiteral(" WHERE account_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
        {account, after, limit + 1});
    if (!q)
        return ApiResponse::problem(500, QStringLiteral("storage-error"), QStringLiteral("Storage error"));
    const int seqColumn = int(collection.fields.size());
    while (q->next()) {
        QByteArray json;
        json.reserve(512);
        collection.appendJson(*q, json);
        rows.append({q->value(seqColumn).toLongLong(), std::move(json)});
    }
    q->finish();

    QList<QPair<qint64, qint64>> deletions; // (seq, id)
    if (after > 0) { // a client starting from nothing has nothing to delete
        QSqlQuery *t = m_db.run(QStringLiteral("SELECT seq, item_id FROM tombstones WHERE account_id = ?"
                                               " AND collection = ? AND seq > ? ORDER BY seq LIMIT ?"),
            {account, collection.name, after, limit + 1});
        while (t && t->next())
            deletions.append({t->value(0).toLongLong(), t->value(1).toLongLong()});
        if (t)
            t->finish();
    }

    QByteArray items = "[";
    QByteArray deleted = "[";
    qsizetype r = 0, d = 0;
    qint64 last = after;
    for (int taken = 0; taken < limit && (r < rows.size() || d < deletions.size()); ++taken) {
        const bool takeRow = d >= deletions.size() || (r < rows.size() && rows[r].first < deletions[d].first);
        if (takeRow) {
            if (items.size() > 1)
                items += ',';
            items += rows[r].second;
            last = rows[r++].first;
        } else {
            if (deleted.size() > 1)
                deleted += ',';
            deleted += QByteArray::number(deletions[d].second);
            last = deletions[d++].first;
        }
    }
    const bool hasMore = r < rows.size() || d < deletions.size();
    QByteArray body = "{\"collection\":\"" + collection.name.toLatin1() + "\",\"items\":" + items
        + "],\"deleted\":" + deleted + "],\"next_cursor\":\"" + encodeCursor(collection.name, last).toLatin1()
        + "\",\"has_more\":" + (hasMore ? "true" : "false");
    if (count) {
        // Counted from this page's end rather than from the cursor: the same number whenever a cursor
        // was sent, but from no cursor the deletions older than the first page (never sent) are left
        // out, so the total matches what paging to the end actually delivers.
        qint64 remaining = r + d;
        if (hasMore) {
            const std::optional<qint64> beyond = countAfter(collection, account, last);
            if (!beyond)
                return ApiResponse::problem(
                    500, QStringLiteral("storage-error"), QStringLiteral("Storage error"));
            remaining += *beyond;
        }
        body += ",\"remaining\":" + QByteArray::number(remaining);
    }
    body += '}';
    return ApiResponse::rawJson(std::move(body));
}

std::optional<qint64> CollectionsApi::countAfter(const Collection &collection, qint64 account, qint64 seq)
{
    // Both counts are range scans of the (account_id, seq) covering indexes; no row is read.
    const QVariant count = m_db.scalar(QStringLiteral("SELECT (SELECT count(*) FROM ") + collection.table
            + QStringLiteral(" WHERE account_id = ? AND seq > ?) + (SELECT count(*) FROM tombstones"
                             " WHERE account_id = ? AND collection = ? AND seq > ?)"),
        {account, seq, account, collection.name, seq});
    if (!count.isValid())
        return std::nullopt;
    return count.toLongLong();
}

ApiResponse CollectionsApi::single(const Collection &collection, const ApiContext &ctx)
{
    const QJsonObject found = m_changes.readItem(collection, ctx.principal.accountId, ctx.ids.value(0));
    if (found.isEmpty())
        return api::notFound(collection.name);
    return api::item(found);
}
