#include "leadsapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
constexpr int kMaxTags = 20;

const Collection &leads()
{
    return *Collection::find(QStringLiteral("leads"));
}

bool normaliseTags(const QJsonValue &value, QJsonArray *out, QString *error)
{
    if (!value.isArray()) {
        *error = QStringLiteral("tags must be an array of strings.");
        return false;
    }
    QStringList tags;
    if (!api::normaliseTags(value.toArray(), &tags)) {
        *error = QStringLiteral("Each tag must be a non-empty string of at most %1 characters.")
                     .arg(api::kMaxTagLength);
        return false;
    }
    if (tags.size() > kMaxTags) {
        *error = QStringLiteral("At most %1 tags per lead.").arg(kMaxTags);
        return false;
    }
    *out = QJsonArray::fromStringList(tags);
    return true;
}
} // namespace

LeadsApi::LeadsApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

const QStringList &LeadsApi::statuses()
{
    static const QStringList s = {QStringLiteral("new"), QStringLiteral("working"),
        QStringLiteral("qualified"), QStringLiteral("won"), QStringLiteral("lost")};
    return s;
}

void LeadsApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Patch, QStringLiteral("/v1/leads/{id}"), roles::editors,
        [this](ApiContext &ctx) { return patch(ctx); });
    router.add(M::Post, QStringLiteral("/v1/leads/{id}/push"), roles::editors,
        [this](ApiContext &ctx) { return push(ctx); });
}

ApiResponse LeadsApi::patch(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const qint64 id = ctx.ids.value(0);
    const QJsonObject current = m_changes.readItem(leads(), account, id);
    if (current.isEmpty())
        return api::notFound(QStringLiteral("lead"));
    QJsonObject body;
    ApiResponse error;
    if (!api::readEdit(ctx, current, &body, &error))
        return error;

    QJsonObject changes;
    QStringList sets;
    QVariantList values;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &field = it.key();
        if (field == u"status") {
            if (!statuses().contains(it.value().toString()))
                return api::invalid(QStringLiteral("status must be one of: %1.").arg(statuses().join(u", ")));
            sets << QStringLiteral("status = ?");
            values << it.value().toString();
        } else if (field == u"assignee_id") {
            if (!it.value().isNull()) {
                const QVariant role
                    = m_db.scalar(QStringLiteral("SELECT role FROM users WHERE id = ? AND account_id = ?"),
                        {it.value().toInteger(), account});
                if (!role.isValid() || role.toString() == u"viewer" || role.toString() == u"billing")
                    return api::invalid(
                        QStringLiteral("assignee_id must be a sales, admin or owner member of "
                                       "your team, or null."));
            }
            sets << QStringLiteral("assignee_id = ?");
            values << (it.value().isNull() ? QVariant() : QVariant(it.value().toInteger()));
        } else if (field == u"tags") {
            QJsonArray tags;
            QString why;
            if (!normaliseTags(it.value(), &tags, &why))
                return api::invalid(why);
            sets << QStringLiteral("tags = ?");
            values << QJsonDocument(tags).toJson(QJsonDocument::Compact);
        } else {
            return api::invalid(
                QStringLiteral("Field %1 cannot be changed; editable: status, assignee_id, tags.")
                    .arg(field));
        }
        changes.insert(field,
            QJsonObject {{QStringLiteral("from"), current.value(field)}, {QStringLiteral("to"), it.value()}});
    }
    if (sets.isEmpty())
        return api::invalid(QStringLiteral("Nothing to change: send status, assignee_id and/or tags."));

    values << api::now() << m_db.nextSeq() << id << account;
    m_db.exec(QStringLiteral("UPDATE leads SET ") + sets.join(u", ")
            + QStringLiteral(
                ", updated_at = ?, seq = ?, version = version + 1 WHERE id = ? AND account_id = ?"),
        values);
    m_changes.touched(account, QStringLiteral("leads"), id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("lead.updated"),
        QStringLiteral("lead"), id, QJsonObject {{QStringLiteral("changes"), changes}});
    return api::item(m_changes.readItem(leads(), account, id));
}

ApiResponse LeadsApi::push(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const qint64 id = ctx.ids.value(0);
    if (m_changes.readItem(leads(), account, id).isEmpty())
        return api::notFound(QStringLiteral("lead"));
    QJsonObject body;
    ApiResponse error;
    if (!api::readBody(ctx, &body, &error))
        return error;
    const qint64 integrationId = body.value(QStringLiteral("integration_id")).toInteger();
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT provider, status, name FROM integrations WHERE id = ? AND"
                                           " account_id = ?"),
        {integrationId, account});
    if (!q || !q->next())
        return api::invalid(QStringLiteral("integration_id must name one of your integrations."));
    const QString provider = q->value(0).toString();
    const QString status = q->value(1).toString();
    const QString name = q->value(2).toString();
    q->finish();
    if (status != u"connected")
        return api::conflict(
            QStringLiteral("%1 is %2; reconnect it before pushing leads.").arg(name, status));

    const QString crmId = provider.left(2) + u'-' + QString::number(1000000 + id);
    m_db.exec(QStringLiteral(
                  "UPDATE leads SET crm_state = 'synced', crm_provider = ?, crm_id = ?, crm_synced_at = ?,"
                  " updated_at = ?, seq = ?, version = version + 1 WHERE id = ? AND account_id = ?"),
        {provider, crmId, api::now(), api::now(), m_db.nextSeq(), id, account});
    m_db.exec(QStringLiteral("UPDATE integrations SET records_exported = records_exported + 1, seq = ?,"
                             " version = version + 1 WHERE id = ?"),
        {m_db.nextSeq(), integrationId});
    m_changes.touched(account, QStringLiteral("leads"), id);
    m_changes.touched(account, QStringLiteral("integrations"), integrationId);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("lead.pushed"),
        QStringLiteral("lead"), id,
        QJsonObject {{QStringLiteral("integration_id"), integrationId}, {QStringLiteral("crm_id"), crmId}});
    return api::item(m_changes.readItem(leads(), account, id));
}
