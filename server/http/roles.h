#pragma once

#include <QString>

// The five team roles and the sets of them a route may allow. Enforced centrally by the router
// (see Router::add), so no endpoint can forget its check.
enum class Role : unsigned
{
    None = 0,
    Viewer = 1,
    Sales = 2,
    Billing = 4,
    Admin = 8,
    Owner = 16
};

using Roles = unsigned;

constexpr Roles operator|(Role a, Role b)
{
    return static_cast<Roles>(a) | static_cast<Roles>(b);
}
constexpr Roles operator|(Roles a, Role b)
{
    return a | static_cast<Roles>(b);
}

namespace roles {
constexpr Roles anyone = Role::Viewer | Role::Sales | Role::Billing | Role::Admin | Role::Owner;
constexpr Roles editors = Role::Sales | Role::Admin | Role::Owner;
constexpr Roles managers = Role::Admin | Role::Owner;
constexpr Roles billing = Role::Billing | Role::Owner;
} // namespace roles

Role roleFromString(const QString &name);
QString roleToString(Role role);
inline bool roleIn(Role role, Roles allowed)
{
    return (static_cast<Roles>(role) & allowed) != 0;
}
