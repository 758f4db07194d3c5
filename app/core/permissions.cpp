#include "permissions.h"

Permissions Permissions::forRole(const QString &role)
{
    const bool owner = role == u"owner";
    const bool manager = owner || role == u"admin";
    Permissions p;
    p.editLeads = manager || role == u"sales";
    p.manageTeam = manager;
    p.manageIntegrations = manager;
    p.billing = owner || role == u"billing";
    p.auditLog = manager;
    p.privacy = manager;
    p.manageTriage = manager;
    return p;
}

Permissions Permissions::fromMe(const QJsonObject &me)
{
    const QJsonObject granted = me.value(QStringLiteral("permissions")).toObject();
    if (granted.isEmpty())
        return forRole(me.value(QStringLiteral("role")).toString());
    const auto has = [&](const char *name) { return granted.value(QLatin1String(name)).toBool(); };
    Permissions p;
    p.editLeads = has("edit_leads");
    p.manageTeam = has("manage_team");
    p.manageIntegrations = has("manage_integrations");
    p.billing = has("billing");
    p.auditLog = has("audit_log");
    p.privacy = has("privacy");
    // Servers from before issue #15 do not name it; the role decides then.
    p.manageTriage = granted.contains(QLatin1String("manage_triage"))
        ? has("manage_triage")
        : forRole(me.value(QStringLiteral("role")).toString()).manageTriage;
    return p;
}
