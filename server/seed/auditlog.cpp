#include "auditlog.h"

#include <QJsonObject>
#include <QString>

using namespace Qt::StringLiterals;

namespace seeding {

void planAudit(SeedPlan &plan, const AccountSeed &account)
{
    const UserSeed &owner = account.owner();
    auto add = [&](qint64 at, const QString &action, const QString &targetType, qint64 targetId,
                   const QJsonObject &detail) {
        plan.audit.push_back({account.id, owner.id, owner.email, action, targetType, targetId, detail, at});
    };
    add(account.createdAt, u"account.created"_s, u"account"_s, account.id,
        {{u"name"_s, account.name}, {u"plan"_s, account.plan}});
    for (const UserSeed &user : account.users) {
        if (user.id != owner.id) {
            add(user.createdAt, u"user.invited"_s, u"user"_s, user.id,
                {{u"email"_s, user.email}, {u"role"_s, user.role}});
        }
    }
    for (const IntegrationSeed &integration : account.integrations) {
        if (integration.connectedAt > 0) {
            add(integration.connectedAt, u"integration.connected"_s, u"integration"_s, integration.id,
                {{u"provider"_s, integration.provider}});
        }
    }
}

} // namespace seeding
