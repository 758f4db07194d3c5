#include "targetlistsapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"
#include "itemedit.h"

#include <QJsonArray>

namespace {
const Collection &lists()
{
    return *Collection::find(QStringLiteral("target-lists"));
}

// Optional: missing or null is "".
bool readDescription(const QJsonValue &value, QString *description, ApiResponse *error)
{
    if (!api::optionalText(value, TargetListsApi::kMaxDescriptionLength, description)) {
        *error = api::invalid(QStringLiteral("description must be text of at most %1 characters.")
                                  .arg(TargetListsApi::kMaxDescriptionLength));
        return false;
    }
    return true;
}

ApiResponse nameConflict()
{
    return api::conflict(QStringLiteral("A target list with that name exists."));
}
} // namespace

TargetListsApi::TargetListsApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

void TargetListsApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Post, QStringLiteral("/v1/target-lists"), roles::managers,
        [this](ApiContext &ctx) { return create(ctx); });
    router.add(M::Patch, QStringLiteral("/v1/target-lists/{id}"), roles::managers,
        [this](ApiContext &ctx) { return edit(ctx); });
    router.add(M::Delete, QStringLiteral("/v1/target-lists/{id}"), roles::managers,
        [this](ApiContext &ctx) { return remove(ctx); });
}

ApiResponse TargetListsApi::create(const ApiContext &ctx)
{
    QJsonObject body;
    ApiResponse error;
    QString name, description;
    if (!api::readBody(ctx, &body, &error)
        || !api::requiredText(
            body.value(QStringLiteral("name")), kMaxNameLength, QStringLiteral("name"), &name, &error)
        || !readDescription(body.value(QStringLiteral("description")), &description, &error))
        return error;
    const qint64 account = ctx.principal.accountId;
    if (api::nameTaken(m_db, QStringLiteral("target_lists"), account, name, 0))
        return nameConflict();
    const qint64 t = api::now();
    if (!m_db.exec(QStringLiteral("INSERT INTO target_lists(account_id, name, name_key, description,"
                                  " created_by, created_at, updated_at, seq) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            {account, name, name.toCaseFolded(), description, ctx.principal.userId, t, t, m_db.nextSeq()}))
        return api::storageError();
    const qint64 id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    m_changes.touched(account, QStringLiteral("target-lists"), id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("target_list.created"),
        QStringLiteral("target_list"), id, QJsonObject {{QStringLiteral("name"), name}});
    return api::item(m_changes.readItem(lists(), account, id), 201);
}

ApiResponse TargetListsApi::edit(const ApiContext &ctx)
{
    return ItemEdit(m_db, m_changes, lists(), QStringLiteral("target list"))
        .nameField(kMaxNameLength)
        .field(QStringLiteral("description"),
            [](const QJsonValue &value, ItemEdit &edit, ApiResponse *error) {
                QString description;
                if (!readDescription(value, &description, error))
                    return false;
                edit.set(QStringLiteral("description = ?"), {description});
                return true;
            })
        .run(ctx);
}

ApiResponse TargetListsApi::remove(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const qint64 id = ctx.ids.value(0);
    const QJsonObject list = m_changes.readItem(lists(), account, id);
    if (list.isEmpty())
        return api::notFound(QStringLiteral("target list"));
    QList<qint64> members;
    QSqlQuery *q = m_db.run(
        QStringLiteral("SELECT id FROM target_accounts WHERE list_id = ? AND account_id = ? ORDER BY id"),
        {id, account});
    while (q && q->next())
        members.append(q->value(0).toLongLong());
    if (!q)
        return api::storageError();
    q->finish();
    if (!m_db.exec(
            QStringLiteral("DELETE FROM target_accounts WHERE list_id = ? AND account_id = ?"), {id, account})
        || !m_db.exec(
            QStringLiteral("DELETE FROM target_lists WHERE id = ? AND account_id = ?"), {id, account}))
        return api::storageError();
    // Members first: a client applying the deletions in seq order never holds orphans.
    for (const qint64 member : std::as_const(members))
        m_changes.tombstone(account, QStringLiteral("target-accounts"), member);
    m_changes.tombstone(account, QStringLiteral("target-lists"), id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("target_list.deleted"),
        QStringLiteral("target_list"), id,
        QJsonObject {{QStringLiteral("name"), list.value(QStringLiteral("name"))},
            {QStringLiteral("accounts"), qint64(members.size())}});
    return ApiResponse::noContent();
}
