#include "annotationsapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"
#include "itemedit.h"

#include <QDate>
#include <QJsonArray>

namespace {
const Collection &annotations()
{
    return *Collection::find(QStringLiteral("annotations"));
}

// A calendar day written YYYY-MM-DD, stored as written.
bool readDay(const QJsonValue &value, QString *day, ApiResponse *error)
{
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    // Qt::ISODate takes any separator (2026/11/06): only the form itself is accepted.
    if (!value.isString() || !date.isValid() || date.toString(Qt::ISODate) != text || date.year() < 2000
        || date.year() > 2999) {
        *error = api::invalid(QStringLiteral("day must be a date written YYYY-MM-DD (years 2000 to 2999)."));
        return false;
    }
    *day = text;
    return true;
}

} // namespace

AnnotationsApi::AnnotationsApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

void AnnotationsApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Post, QStringLiteral("/v1/annotations"), roles::editors,
        [this](ApiContext &ctx) { return create(ctx); });
    router.add(M::Patch, QStringLiteral("/v1/annotations/{id}"), roles::editors,
        [this](ApiContext &ctx) { return edit(ctx); });
    router.add(M::Delete, QStringLiteral("/v1/annotations/{id}"), roles::editors,
        [this](ApiContext &ctx) { return remove(ctx); });
}

bool AnnotationsApi::mayChange(
    const ApiContext &ctx, const QJsonObject &annotation, ApiResponse *refusal) const
{
    const bool own = annotation.value(QStringLiteral("created_by")).toInteger() == ctx.principal.userId;
    if (own || roleIn(ctx.principal.role, roles::managers))
        return true;
    *refusal = ApiResponse::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
        QStringLiteral("Only the author, an admin or the owner may change an annotation."));
    return false;
}

bool AnnotationsApi::readSite(const QJsonValue &value, qint64 accountId, QVariant *site, ApiResponse *error)
{
    if (value.isUndefined() || value.isNull()) {
        *site = QVariant(QMetaType::fromType<qint64>());
        return true;
    }
    const qint64 id = value.toInteger(-1);
    if (!value.isDouble() || id <= 0
        || !m_db.scalar(
                    QStringLiteral("SELECT 1 FROM sites WHERE id = ? AND account_id = ?"), {id, accountId})
                .isValid()) {
        *error = api::invalid(
            QStringLiteral("site_id must be null (every site) or one of the account's sites."));
        return false;
    }
    *site = id;
    return true;
}

ApiResponse AnnotationsApi::create(const ApiContext &ctx)
{
    QJsonObject body;
    ApiResponse error;
    QString day, text;
    QVariant site;
    const qint64 account = ctx.principal.accountId;
    if (!api::readBody(ctx, &body, &error) || !readDay(body.value(QStringLiteral("day")), &day, &error)
        || !api::requiredText(
            body.value(QStringLiteral("text")), kMaxTextLength, QStringLiteral("text"), &text, &error)
        || !readSite(body.value(QStringLiteral("site_id")), account, &site, &error))
        return error;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"day" && it.key() != u"text" && it.key() != u"site_id")
            return api::invalid(
                QStringLiteral("Unknown field %1; an annotation has: day, text, site_id.").arg(it.key()));
    }
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM annotations WHERE account_id = ?"), {account})
            .toLongLong()
        >= kMaxPerAccount)
        return api::invalid(QStringLiteral("An account has at most %1 annotations.").arg(kMaxPerAccount));
    const qint64 t = api::now();
    if (!m_db.exec(
            QStringLiteral("INSERT INTO annotations(account_id, site_id, day, text, created_by, created_at,"
                           " updated_at, seq) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            {account, site, day, text, ctx.principal.userId, t, t, m_db.nextSeq()}))
        return api::storageError();
    const qint64 id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    m_changes.touched(account, QStringLiteral("annotations"), id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("annotation.created"),
        QStringLiteral("annotation"), id, QJsonObject {{QStringLiteral("day"), day}});
    return api::item(m_changes.readItem(annotations(), account, id), 201);
}

ApiResponse AnnotationsApi::edit(const ApiContext &ctx)
{
    return ItemEdit(m_db, m_changes, annotations(), QStringLiteral("annotation"))
        .guard([&](const QJsonObject &current, ApiResponse *refusal) {
            return mayChange(ctx, current, refusal);
        })
        .field(QStringLiteral("day"),
            [](const QJsonValue &value, ItemEdit &edit, ApiResponse *error) {
                QString day;
                if (!readDay(value, &day, error))
                    return false;
                edit.set(QStringLiteral("day = ?"), {day});
                return true;
            })
        .field(QStringLiteral("text"),
            [](const QJsonValue &value, ItemEdit &edit, ApiResponse *error) {
                QString text;
                if (!api::requiredText(value, kMaxTextLength, QStringLiteral("text"), &text, error))
                    return false;
                edit.set(QStringLiteral("text = ?"), {text});
                return true;
            })
        .field(QStringLiteral("site_id"),
            [this](const QJsonValue &value, ItemEdit &edit, ApiResponse *error) {
                QVariant site;
                if (!readSite(value, edit.accountId(), &site, error))
                    return false;
                edit.set(QStringLiteral("site_id = ?"), {site});
                return true;
            })
        .run(ctx);
}

ApiResponse AnnotationsApi::remove(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const qint64 id = ctx.ids.value(0);
    const QJsonObject current = m_changes.readItem(annotations(), account, id);
    if (current.isEmpty())
        return api::notFound(QStringLiteral("annotation"));
    ApiResponse refusal;
    if (!mayChange(ctx, current, &refusal))
        return refusal;
    if (!m_db.exec(QStringLiteral("DELETE FROM annotations WHERE id = ? AND account_id = ?"), {id, account}))
        return api::storageError();
    m_changes.tombstone(account, QStringLiteral("annotations"), id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("annotation.deleted"),
        QStringLiteral("annotation"), id,
        QJsonObject {{QStringLiteral("day"), current.value(QStringLiteral("day"))}});
    return ApiResponse::noContent();
}
