#pragma once

#include "core/miragetlink.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

class Workspace;

// Where every miraget:// link goes, whoever brings it: the command line of a first launch, a second
// launch (SingleInstance), a desktop notification (DesktopAlerts). A link that MiragetLink::parse()
// refuses, or whose account is not signed in to this profile, is answered with message(false, why)
// and changes nothing. Otherwise the link's account is made the current one if it is not
// (switchRequested(), from the event loop: the window's AccountsModel switches, Workspace
// restarts), and once that account is open the lead, the lead-list view or the dashboard range is
// shown through Workspace::requestOpen(); if it cannot be opened (Workspace::openFailed), message()
// says why. It also writes the links "Copy link" puts on the clipboard, for the open account.
class LinkRouter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The link router is Workspace.links.")

public:
    explicit LinkRouter(Workspace &workspace);
    ~LinkRouter() override;

    // A link as text, from outside.
    Q_INVOKABLE void open(const QString &text);
    void openLink(const MiragetLink &link);
    // A link waits for its account to open (at start, or after a switch).
    bool pending() const { return m_pending.has_value(); }

    // Links into the open account; empty when none is open or what is shown cannot be a link.
    Q_INVOKABLE QString leadLink(qint64 leadId) const;
    Q_INVOKABLE QString leadsLink() const; // the lead list's current filters and sort
    Q_INVOKABLE QString dashboardLink() const; // the dashboard's current days and site
    // The same, put on the clipboard; message() says so, or why not.
    Q_INVOKABLE bool copyLeadLink(qint64 leadId);
    Q_INVOKABLE bool copyLeadsLink();
    Q_INVOKABLE bool copyDashboardLink();

Q_SIGNALS:
    // For the person: a refusal (ok false) or a confirmation, one translated sentence.
    void message(bool ok, const QString &text);
    // The link is for this other signed-in account (AccountRegistry::Account::id()): make it the
    // current one.
    void switchRequested(const QString &accountId);
    // A link was followed (its canonical text), once its account was open.
    void opened(const QString &link);

private:
    void route(const MiragetLink &link);
    void onWorkspaceOpenChanged();
    void onOpenFailed(const QString &accountId, const QString &why);
    std::optional<MiragetLink> current(MiragetLink::Kind kind) const;
    bool copy(const std::optional<MiragetLink> &link);

    Workspace &m_workspace;
    std::optional<MiragetLink> m_pending;
    QString m_pendingAccountId;
    bool m_switchQueued = false; // switchRequested() is on its way
};
