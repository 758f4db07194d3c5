#include "segmentsapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"
#include "core/pagepattern.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
bool isPage(const QString &dimension)
{
    return dimension == u"page" || dimension == u"entry_page" || dimension == u"exit_page";
}

// One filter as stored, or why it is not one (the message names where it is).
bool readFilter(const QJsonValue &value, const QString &where, QJsonObject *filter, QString *why)
{
    const QJsonObject in = value.toObject();
    const QString dimension = in.value(QStringLiteral("dimension")).toString();
    const QString op = in.value(QStringLiteral("operator")).toString();
    const QJsonValue rawValue = in.value(QStringLiteral("value"));
    if (!value.isObject() || in.size() != 3) {
        *why = QStringLiteral("%1 must be {\"dimension\": …, \"operator\": …, \"value\": …}.").arg(where);
        return false;
    }
    if (!SegmentsApi::dimensions().contains(dimension)) {
        *why = QStringLiteral("%1.dimension must be one of: %2.")
                   .arg(where, SegmentsApi::dimensions().join(u", "));
        return false;
    }
    if (op != u"is" && op != u"is_not") {
        *why = QStringLiteral("%1.operator must be is or is_not.").arg(where);
        return false;
    }
    const QString text = rawValue.toString().trimmed();
    if (!rawValue.isString() || text.isEmpty() || text.size() > SegmentsApi::kMaxValueLength) {
        *why = QStringLiteral("%1.value must be text of 1 to %2 characters.")
                   .arg(where)
                   .arg(SegmentsApi::kMaxValueLength);
        return false;
    }
    if (isPage(dimension)) {
        if (const QString problem = PagePattern(text).problem(); !problem.isEmpty()) {
            *why = QStringLiteral("%1.value is not a page pattern: %2").arg(where, problem);
            return false;
        }
    }
    *filter = {{QStringLiteral("dimension"), dimension}, {QStringLiteral("operator"), op},
        {QStringLiteral("value"), text}};
    return true;
}

bool readSegments(const QJsonValue &value, QJsonArray *segments, QString *why)
{
    const QJsonArray in = value.toArray();
    if (!value.isArray() || in.size() > SegmentsApi::kMaxSegments) {
        *why = QStringLiteral("segments must be a list of at most %1 segments.")
                   .arg(SegmentsApi::kMaxSegments);
        return false;
    }
    QSet<QString> names;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QString where = QStringLiteral("segments[%1]").arg(i);
        const QJsonObject segment = in.at(i).toObject();
        const QString name = segment.value(QStringLiteral("name")).toString().trimmed();
        const QJsonArray filters = segment.value(QStringLiteral("filters")).toArray();
        if (!in.at(i).isObject() || segment.size() != 2
            || !segment.value(QStringLiteral("filters")).isArray()) {
            *why = QStringLiteral("%1 must be {\"name\": …, \"filters\": […]}.").arg(where);
            return false;
        }
        if (name.isEmpty() || name.size() > SegmentsApi::kMaxNameLength
            || !segment.value(QStringLiteral("name")).isString()) {
            *why = QStringLiteral("%1.name must be text of 1 to %2 characters.")
                       .arg(where)
                       .arg(SegmentsApi::kMaxNameLength);
            return false;
        }
        if (names.contains(name.toCaseFolded())) {
            *why = QStringLiteral("%1.name repeats another segment's name.").arg(where);
            return false;
        }
        names.insert(name.toCaseFolded());
        if (filters.isEmpty() || filters.size() > SegmentsApi::kMaxFilters) {
            *why = QStringLiteral("%1.filters must hold 1 to %2 filters.")
                       .arg(where)
                       .arg(SegmentsApi::kMaxFilters);
            return false;
        }
        QJsonArray stored;
        for (qsizetype f = 0; f < filters.size(); ++f) {
            QJsonObject filter;
            if (!readFilter(filters.at(f), QStringLiteral("%1.filters[%2]").arg(where).arg(f), &filter, why))
                return false;
            stored.append(filter);
        }
        segments->append(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("filters"), stored}});
    }
    return true;
}
} // namespace

SegmentsApi::SegmentsApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

const QStringList &SegmentsApi::dimensions()
{
    static const QStringList d
        = {QStringLiteral("page"), QStringLiteral("entry_page"), QStringLiteral("exit_page"),
            QStringLiteral("referrer"), QStringLiteral("utm_source"), QStringLiteral("utm_medium"),
            QStringLiteral("utm_campaign"), QStringLiteral("country"), QStringLiteral("device_type"),
            QStringLiteral("browser"), QStringLiteral("os"), QStringLiteral("screen")};
    return d;
}

void SegmentsApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Get, QStringLiteral("/v1/segments"), roles::anyone, [this](ApiContext &ctx) {
        return api::item(document(ctx.principal.accountId, ctx.principal.userId));
    });
    router.add(
        M::Put, QStringLiteral("/v1/segments"), roles::anyone, [this](ApiContext &ctx) { return put(ctx); });
}

// By user and account both: a user id is only ever read together with the account it belongs to.
QJsonObject SegmentsApi::document(qint64 accountId, qint64 userId)
{
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT segments, version, updated_at FROM segment_sets"
                                           " WHERE user_id = ? AND account_id = ?"),
        {userId, accountId});
    if (q && q->next()) {
        const QJsonObject o {
            {QStringLiteral("segments"), QJsonDocument::fromJson(q->value(0).toByteArray()).array()},
            {QStringLiteral("version"), q->value(1).toLongLong()},
            {QStringLiteral("updated_at"), isoTime(q->value(2).toLongLong())}};
        q->finish();
        return o;
    }
    if (q)
        q->finish();
    // Never saved: no segments, as of the user's creation.
    return {{QStringLiteral("segments"), QJsonArray()}, {QStringLiteral("version"), 1},
        {QStringLiteral("updated_at"),
            isoTime(
                m_db.scalar(QStringLiteral("SELECT created_at FROM users WHERE id = ? AND account_id = ?"),
                        {userId, accountId})
                    .toLongLong())}};
}

ApiResponse SegmentsApi::put(const ApiContext &ctx)
{
    const qint64 user = ctx.principal.userId;
    const qint64 account = ctx.principal.accountId;
    const QJsonObject current = document(account, user);
    QJsonObject body;
    ApiResponse error;
    if (!api::readEdit(ctx, current, &body, &error))
        return error;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"segments" && it.key() != u"version" && it.key() != u"updated_at")
            return api::invalid(
                QStringLiteral("Field %1 cannot be changed; editable: segments.").arg(it.key()));
    }
    QJsonArray segments;
    QString why;
    if (!readSegments(body.value(QStringLiteral("segments")), &segments, &why))
        return api::invalid(why);
    const qint64 version = current.value(QStringLiteral("version")).toInteger() + 1;
    if (!m_db.exec(
            QStringLiteral("INSERT OR REPLACE INTO segment_sets(user_id, account_id, segments, updated_at,"
                           " version, seq) VALUES(?, ?, ?, ?, ?, ?)"),
            {user, account, QString::fromUtf8(QJsonDocument(segments).toJson(QJsonDocument::Compact)),
                api::now(), version, m_db.nextSeq()}))
        return api::storageError();
    m_changes.touchedByUser(account, user, QStringLiteral("segments"));
    m_changes.audit(account, user, ctx.principal.email, QStringLiteral("segments.updated"),
        QStringLiteral("segments"), user,
        QJsonObject {
            {QStringLiteral("segments"), qint64(segments.size())}, {QStringLiteral("version"), version}});
    return api::item(document(account, user));
}
