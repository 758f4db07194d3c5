#pragma once

#include "querylistmodel.h"

// The accounts on one target-account list, each with the lead its company became (if it has
// visited): name, last visit, fit grade, and whether the company is hidden. "Never visited" keeps
// the targets with no lead yet — the companies still to bring in.
class TargetAccountsModel : public QueryListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 listId READ listId WRITE setListId NOTIFY listIdChanged)
    Q_PROPERTY(bool neverVisitedOnly READ neverVisitedOnly WRITE setNeverVisitedOnly NOTIFY listIdChanged)

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        DomainRole,
        NameRole,
        LeadIdRole, // 0: never visited
        LeadNameRole,
        LastVisitRole,
        FitRole, // 0-100, or undefined
        HiddenRole,
    };
    Q_ENUM(Roles)

    explicit TargetAccountsModel(QObject *parent = nullptr);

    qint64 listId() const { return m_listId; }
    void setListId(qint64 id);
    bool neverVisitedOnly() const { return m_neverVisitedOnly; }
    void setNeverVisitedOnly(bool only);
    Q_INVOKABLE void remove(qint64 accountId);

Q_SIGNALS:
    void listIdChanged();
    void actionFinished(bool ok, const QString &message);

protected:
    Query query() const override;

private:
    qint64 m_listId = 0;
    bool m_neverVisitedOnly = false;
};
