#pragma once

#include "core/exclusion.h"
#include "querylistmodel.h"

// Settings → Hidden companies: the team's exclusions (domain, why, note, who and when, how many
// cached leads each hides), newest first, with one waiting to reach the server marked pending. It
// also hides and shows companies through the outbox, so both work offline: one domain from a
// lead's page (LeadTriage) or many pasted at once here.
class ExclusionsModel : public QueryListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        DomainRole,
        ReasonRole, // Exclusion.Reason
        NoteRole,
        CreatedByRole, // the team member's name, or ""
        CreatedAtRole,
        LeadsRole, // cached leads of this domain
        PendingRole, // not on the server yet
    };
    Q_ENUM(Roles)

    explicit ExclusionsModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    // Domains one per line (or separated by commas or spaces); each is checked with the domain
    // rule and queued. Says how many were hidden and which could not be read.
    Q_INVOKABLE void hideDomains(const QString &text, int reason, const QString &note);
    Q_INVOKABLE void show(qint64 exclusionId);

Q_SIGNALS:
    void actionFinished(bool ok, const QString &message);

protected:
    Query query() const override;
};
