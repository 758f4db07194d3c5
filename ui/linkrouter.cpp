#include "linkrouter.h"

#include "account/accountruntime.h"
#include "core/logging.h"
#include "workspace.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QTimer>

namespace {
const char *kindName(MiragetLink::Kind kind)
{
    switch (kind) {
    case MiragetLink::Kind::Lead:
        return "lead";
    case MiragetLink::Kind::Leads:
        return "lead list";
    case MiragetLink::Kind::Dashboard:
        return "dashboard";
    }
    return "?";
}
} // namespace

LinkRouter::LinkRouter(Workspace &workspace)
    : m_workspace(workspace)
{
    connect(&workspace, &Workspace::openChanged, this, &LinkRouter::onWorkspaceOpenChanged);
    connect(&workspace, &Workspace::openFailed, this, &LinkRouter::onOpenFailed);
}

LinkRouter::~LinkRouter() = default;

void LinkRouter::open(const QString &text)
{
    QString why;
    const std::optional<MiragetLink> link = MiragetLink::parse(text, &why);
    if (!link) {
        // The reason only: the text itself is whatever someone made it, control characters included.
        qCInfo(lcUi).noquote() << "link refused:" << why;
        Q_EMIT message(false, why);
        return;
    }
    openLink(*link);
}

void LinkRouter::openLink(const MiragetLink &link)
{
    if (const QString problem = link.problem(); !problem.isEmpty()) {
        qCInfo(lcUi).noquote() << "link refused:" << problem;
        Q_EMIT message(false, problem);
        return;
    }
    // The account: the current one when the link is for it, else the first signed-in user of it.
    const AccountRegistry::Account current = m_workspace.currentAccount();
    AccountRegistry::Account target;
    if (current.isValid() && MiragetLink::accountKey(current) == link.account) {
        target = current;
    } else {
        for (const AccountRegistry::Account &account : m_workspace.accounts()) {
            if (MiragetLink::accountKey(account) == link.account) {
                target = account;
                break;
            }
        }
    }
    if (!target.isValid()) {
        qCInfo(lcUi) << "link refused: its account is not signed in to this profile";
        Q_EMIT message(false,
            tr("This link is for an account that is not signed in here. Sign in to it, then open the "
               "link again."));
        return;
    }
    AccountRuntime *runtime = m_workspace.runtime();
    if (runtime && runtime->record().id() == target.id()) {
        m_pending.reset();
        route(link);
        return;
    }
    // Opened once that account is: now being restored at start, or after the switch below.
    m_pending = link;
    m_pendingAccountId = target.id();
    if (current.id() != target.id()) {
        qCInfo(lcUi) << "link: switching to the account it is for";
        // From the event loop: the switch closes the open account (its threads are waited for),
        // which must not happen inside whoever handed the link over (a socket, D-Bus, a click).
        m_switchQueued = true;
        QTimer::singleShot(0, this, [this, id = target.id()] {
            m_switchQueued = false;
            if (m_pending && m_pendingAccountId == id)
                Q_EMIT switchRequested(id);
        });
    }
}

void LinkRouter::onWorkspaceOpenChanged()
{
    AccountRuntime *runtime = m_workspace.runtime();
    if (!m_pending || !runtime)
        return;
    if (runtime->record().id() != m_pendingAccountId) {
        // Another account opened while the switch is still to come (at start, the current one):
        // wait. Otherwise the person switched elsewhere: the link is not followed later by surprise.
        if (!m_switchQueued && m_workspace.currentAccount().id() != m_pendingAccountId)
            m_pending.reset();
        return;
    }
    const MiragetLink link = *m_pending;
    m_pending.reset();
    route(link);
}

void LinkRouter::onOpenFailed(const QString &accountId, const QString &why)
{
    if (!m_pending || accountId != m_pendingAccountId)
        return;
    m_pending.reset();
    Q_EMIT message(false, tr("The link's account could not be opened: %1").arg(why));
}

void LinkRouter::route(const MiragetLink &link)
{
    qCInfo(lcUi) << "link: opening a" << kindName(link.kind) << "link"
                 << (link.kind == MiragetLink::Kind::Lead ? link.leadId : 0);
    switch (link.kind) {
    case MiragetLink::Kind::Lead:
        m_workspace.requestOpen(QStringLiteral("leads"), link.leadId);
        break;
    case MiragetLink::Kind::Leads:
        m_workspace.leads()->setFilter(link.filter);
        m_workspace.leads()->setSort(link.sort);
        m_workspace.requestOpen(QStringLiteral("leads"));
        break;
    case MiragetLink::Kind::Dashboard:
        m_workspace.dashboard()->showRange(link.from, link.to, link.siteId);
        m_workspace.requestOpen(QStringLiteral("dashboard"));
        break;
    }
    Q_EMIT opened(link.toString());
}

std::optional<MiragetLink> LinkRouter::current(MiragetLink::Kind kind) const
{
    AccountRuntime *runtime = m_workspace.runtime();
    if (!runtime)
        return std::nullopt;
    const QString account = MiragetLink::accountKey(runtime->record());
    switch (kind) {
    case MiragetLink::Kind::Leads:
        return MiragetLink::leads(account, m_workspace.leads()->filter(), m_workspace.leads()->sort());
    case MiragetLink::Kind::Dashboard: {
        const auto [from, to] = m_workspace.dashboard()->days(QDateTime::currentDateTime());
        return MiragetLink::dashboard(account, from, to, m_workspace.dashboard()->siteId());
    }
    case MiragetLink::Kind::Lead:
        break;
    }
    return std::nullopt;
}

QString LinkRouter::leadLink(qint64 leadId) const
{
    AccountRuntime *runtime = m_workspace.runtime();
    return runtime ? MiragetLink::lead(MiragetLink::accountKey(runtime->record()), leadId).toString()
                   : QString();
}

QString LinkRouter::leadsLink() const
{
    const std::optional<MiragetLink> link = current(MiragetLink::Kind::Leads);
    return link ? link->toString() : QString();
}

QString LinkRouter::dashboardLink() const
{
    const std::optional<MiragetLink> link = current(MiragetLink::Kind::Dashboard);
    return link ? link->toString() : QString();
}

bool LinkRouter::copy(const std::optional<MiragetLink> &link)
{
    if (!link)
        return false;
    if (const QString problem = link->problem(); !problem.isEmpty()) {
        Q_EMIT message(false, tr("This cannot be put in a link: %1").arg(problem));
        return false;
    }
    QGuiApplication::clipboard()->setText(link->toString());
    Q_EMIT message(true, tr("Link copied to the clipboard."));
    return true;
}

bool LinkRouter::copyLeadLink(qint64 leadId)
{
    AccountRuntime *runtime = m_workspace.runtime();
    if (!runtime)
        return false;
    return copy(MiragetLink::lead(MiragetLink::accountKey(runtime->record()), leadId));
}

bool LinkRouter::copyLeadsLink()
{
    return copy(current(MiragetLink::Kind::Leads));
}

bool LinkRouter::copyDashboardLink()
{
    return copy(current(MiragetLink::Kind::Dashboard));
}
