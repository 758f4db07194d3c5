#pragma once

#include "querylistmodel.h"

// The account's team, by name: who they are, their role, and whether a lead may be assigned to
// them (owners, admins and sales). Owners and admins change roles from here; the server enforces
// who may grant what (only an owner grants or removes the owner role; one owner must remain).
class TeamModel : public QueryListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        EmailRole,
        TeamRoleRole, // owner, admin, billing, sales, viewer
        CreatedAtRole,
        VersionRole,
        IsMeRole,
        AssignableRole,
    };
    Q_ENUM(Roles)

    explicit TeamModel(QObject *parent = nullptr);

    // The member's name for an id, or an empty string (for labels outside the list).
    Q_INVOKABLE QString nameOf(qint64 id) const;
    Q_INVOKABLE void changeRole(qint64 memberId, const QString &role);

Q_SIGNALS:
    void actionFinished(bool ok, const QString &message);

protected:
    Query query() const override;
};
