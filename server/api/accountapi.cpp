#include "accountapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"

#include <QJsonArray>

AccountApi::AccountApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

void AccountApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Get, QStringLiteral("/v1/me"), roles::anyone, [this](ApiContext &ctx) { return me(ctx); });
    router.add(M::Get, QStringLiteral("/v1/account"), roles::anyone,
        [this](ApiContext &ctx) { return api::item(account(ctx.principal.accountId)); });
    router.add(M::Patch, QStringLiteral("/v1/account"), roles::managers,
        [this](ApiContext &ctx) { return patchAccount(ctx); });
    router.add(M::Patch, QStringLiteral("/v1/team/{id}"), roles::managers,
        [this](ApiContext &ctx) { return changeRole(ctx); });
}

ApiResponse AccountApi::me(const ApiContext &ctx)
{
    const Principal &p = ctx.principal;
    const QJsonObject user
        = m_changes.readItem(*Collection::find(QStringLiteral("team")), p.accountId, p.userId);
    const QJsonObject acc = account(p.accountId);
    // What the app may offer this user; the server enforces the same rules on every endpoint.
    const QJsonObject permissions {
        {QStringLiteral("edit_leads"), roleIn(p.role, roles::editors)},
        {QStringLiteral("manage_team"), roleIn(p.role, roles::managers)},
        {QStringLiteral("manage_integrations"), roleIn(p.role, roles::managers)},
        {QStringLiteral("billing"), roleIn(p.role, roles::billing)},
        {QStringLiteral("audit_log"), roleIn(p.role, roles::managers)},
        {QStringLiteral("privacy"), roleIn(p.role, roles::managers)},
        {QStringLiteral("manage_triage"), roleIn(p.role, roles::managers)},
        {QStringLiteral("manage_analytics"), roleIn(p.role, roles::managers)},
        {QStringLiteral("annotate"), roleIn(p.role, roles::editors)},
    };
    return ApiResponse::json(QJsonObject {
        {QStringLiteral("id"), p.userId},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("name"), user.value(QStringLiteral("name"))},
        {QStringLiteral("role"), roleToString(p.role)},
        {QStringLiteral("account"),
            QJsonObject {{QStringLiteral("id"), p.accountId},
                {QStringLiteral("name"), acc.value(QStringLiteral("name"))}}},
        {QStringLiteral("permissions"), permissions},
    });
}

QJsonObject AccountApi::account(qint64 accountId)
{
    QSqlQuery *q
        = m_db.run(QStringLiteral("SELECT id, name, website, billing_address, retention_days, created_at,"
                                  " version, seq FROM accounts WHERE id = ?"),
            {accountId});
    if (!q || !q->next())
        return {};
    const QJsonObject o {{QStringLiteral("id"), q->value(0).toLongLong()},
        {QStringLiteral("name"), q->value(1).toString()}, {QStringLiteral("website"), q->value(2).toString()},
        {QStringLiteral("billing_address"), q->value(3).toString()},
        {QStringLiteral("retention_days"), q->value(4).toInt()},
        {QStringLiteral("created_at"), isoTime(q->value(5).toLongLong())},
        {QStringLiteral("version"), q->value(6).toLongLong()},
        {QStringLiteral("seq"), q->value(7).toLongLong()}};
    q->finish();
    return o;
}

ApiResponse AccountApi::patchAccount(const ApiContext &ctx)
{
    const qint64 accountId = ctx.principal.accountId;
    const QJsonObject current = account(accountId);
    QJsonObject body;
    ApiResponse error;
    if (!api::readEdit(ctx, current, &body, &error))
        return error;
    QStringList sets;
    QVariantList values;
    for (auto it = body.begin(); it != body.end(); ++it) {
        QString value;
        const bool editable = it.key() == u"name" || it.key() == u"website" || it.key() == u"billing_address";
        if (!editable)
            return api::invalid(QStringLiteral("Field %1 cannot be changed; editable: name, website, "
                                               "billing_address.")
                                    .arg(it.key()));
        if (!api::requiredText(it.value(), 500, it.key(), &value, &error))
            return error;
        sets << it.key() + QStringLiteral(" = ?");
        values << value;
    }
    if (sets.isEmpty())
        return api::invalid(QStringLiteral("Nothing to change."));
    values << m_db.nextSeq() << accountId;
    m_db.exec(QStringLiteral("UPDATE accounts SET ") + sets.join(u", ")
            + QStringLiteral(", seq = ?, version = version + 1 WHERE id = ?"),
        values);
    m_changes.touched(accountId, QStringLiteral("account"), accountId);
    m_changes.audit(accountId, ctx.principal.userId, ctx.principal.email, QStringLiteral("account.updated"),
        QStringLiteral("account"), accountId,
        QJsonObject {{QStringLiteral("fields"), QJsonArray::fromStringList(body.keys())}});
    return api::item(account(accountId));
}

ApiResponse AccountApi::changeRole(const ApiContext &ctx)
{
    const qint64 accountId = ctx.principal.accountId;
    const qint64 userId = ctx.ids.value(0);
    const Collection &team = *Collection::find(QStringLiteral("team"));
    const QJsonObject member = m_changes.readItem(team, accountId, userId);
    if (member.isEmpty())
        return api::notFound(QStringLiteral("team member"));
    QJsonObject body;
    ApiResponse error;
    if (!api::readEdit(ctx, member, &body, &error))
        return error;
    const QString newRole = body.value(QStringLiteral("role")).toString();
    if (roleFromString(newRole) == Role::None || body.size() != 1)
        return api::invalid(QStringLiteral("Send {\"role\": owner|admin|billing|sales|viewer}."));
    const QString oldRole = member.value(QStringLiteral("role")).toString();
    const bool touchesOwner = newRole == u"owner" || oldRole == u"owner";
    if (touchesOwner && ctx.principal.role != Role::Owner)
        return ApiResponse::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
            QStringLiteral("Only an owner can grant or remove the owner role."));
    if (oldRole == u"owner" && newRole != u"owner"
        && m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE account_id = ? AND role = 'owner'"),
                   {accountId})
                .toInt()
            <= 1)
        return api::conflict(QStringLiteral("An account must keep at least one owner."));

    m_db.exec(QStringLiteral("UPDATE users SET role = ?, seq = ?, version = version + 1 WHERE id = ?"),
        {newRole, m_db.nextSeq(), userId});
    m_changes.touched(accountId, QStringLiteral("team"), userId);
    m_changes.audit(accountId, ctx.principal.userId, ctx.principal.email, QStringLiteral("team.role_changed"),
        QStringLiteral("user"), userId,
        QJsonObject {{QStringLiteral("from"), oldRole}, {QStringLiteral("to"), newRole}});
    return api::item(m_changes.readItem(team, accountId, userId));
}
