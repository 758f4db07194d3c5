#include "roles.h"

Role roleFromString(const QString &name)
{
    if (name == u"owner")
        return Role::Owner;
    if (name == u"admin")
        return Role::Admin;
    if (name == u"billing")
        return Role::Billing;
    if (name == u"sales")
        return Role::Sales;
    if (name == u"viewer")
        return Role::Viewer;
    return Role::None;
}

QString roleToString(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Billing:
        return QStringLiteral("billing");
    case Role::Sales:
        return QStringLiteral("sales");
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::None:
        break;
    }
    return {};
}
