#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// What the signed-in user may do, as the server decides it (docs/api.md, "Roles"). The app hides
// what a role may not do — a viewer sees no edit controls, only owner and billing see Billing — but
// never relies on hiding: the server refuses such requests anyway. Read from /v1/me's
// `permissions` once it is cached, and from the role recorded at sign-in until then.
struct Permissions
{
    bool editLeads = false;
    bool manageTeam = false;
    bool manageIntegrations = false;
    bool billing = false;
    bool auditLog = false;
    bool privacy = false;
    bool manageTriage = false; // the ideal customer profile, hidden companies, target-account lists

    static Permissions forRole(const QString &role);
    // /v1/me: its `permissions` object, or its `role` when the object is absent.
    static Permissions fromMe(const QJsonObject &me);
    bool operator==(const Permissions &) const = default;
};

Q_DECLARE_METATYPE(Permissions)
