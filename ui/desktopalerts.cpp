#include "desktopalerts.h"

#include "account/accountruntime.h"
#include "core/miragetlink.h"
#include "models/alertfeed.h"

#include <QDateTime>
#include <QLocale>
#include <QSystemTrayIcon>

#include <algorithm>

namespace {
// Unique like the alert: one rule, one event ("3/visit:17").
QString eventName(const Alert &alert)
{
    return QString::number(alert.ruleId) + u'/' + alert.eventKey;
}

QString companyOr(const Alert &alert, const QString &anonymous)
{
    return alert.subject.isEmpty() ? anonymous : alert.subject;
}
} // namespace

DesktopAlerts::DesktopAlerts(AlertFeed *feed, QObject *parent)
    : QObject(parent)
    , m_feed(feed)
{
    connect(feed, &AlertFeed::alertsRaised, this, &DesktopAlerts::show);
    connect(&m_notifier, &DesktopNotifier::activated, this, &DesktopAlerts::activate);
    connect(&m_notifier, &DesktopNotifier::unavailable, this, &DesktopAlerts::fallBack);
    feed->setDelivering(true);
}

DesktopAlerts::~DesktopAlerts()
{
    if (m_feed)
        m_feed->setDelivering(false);
}

void DesktopAlerts::setTray(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (!tray)
        return;
    connect(tray, &QSystemTrayIcon::messageClicked, this, [this] { activate(m_trayToken); });
}

void DesktopAlerts::activate(quint64 token)
{
    const auto it = m_shown.constFind(token);
    if (it == m_shown.cend())
        return;
    if (!it->link.isEmpty())
        Q_EMIT linkActivated(it->link);
    else
        Q_EMIT openRequested(it->screen, 0);
}

DesktopAlerts::Shown DesktopAlerts::notificationFor(const Alert &alert, const QString &account)
{
    Shown shown;
    const auto leadLink = [&] { return MiragetLink::lead(account, alert.leadId).toString(); };
    shown.message.eventKeys = {eventName(alert)};
    const QLocale locale;
    switch (alert.kind) {
    case AlertRule::Kind::HotLead:
        shown.message.title = tr("Hot lead: %1").arg(companyOr(alert, tr("a company")));
        shown.message.body = alert.detail.isEmpty()
            ? tr("Score %1").arg(locale.toString(alert.value))
            : tr("Score %1 · %2").arg(locale.toString(alert.value), alert.detail);
        shown.message.urgent = true;
        shown.link = leadLink();
        break;
    case AlertRule::Kind::WatchedCompany:
        shown.message.title = tr("%1 is back").arg(companyOr(alert, tr("A watched company")));
        shown.message.body = tr("Visiting %1").arg(alert.detail);
        shown.message.urgent = true;
        shown.link = leadLink();
        break;
    case AlertRule::Kind::PageVisit:
        shown.message.title = tr("Visit to %1").arg(alert.detail);
        shown.message.body
            = alert.subject.isEmpty() ? tr("By an anonymous visitor") : tr("By %1").arg(alert.subject);
        if (alert.leadId > 0)
            shown.link = leadLink();
        else
            shown.screen = QStringLiteral("live");
        break;
    case AlertRule::Kind::TrafficChange: {
        const bool spike = alert.subject == u"spike";
        const qint64 change = alert.baseline > 0 ? (alert.value - alert.baseline) * 100 / alert.baseline : 0;
        shown.message.title = spike
            ? tr("Traffic spike: %1 % more than last week").arg(locale.toString(change))
            : tr("Traffic drop: %1 % less than last week").arg(locale.toString(-change));
        const int hours = alert.detail.toInt();
        shown.message.body = tr("%n page view(s) in the last %1", nullptr, int(alert.value))
                                 .arg(tr("%n hour(s)", nullptr, hours))
            + u'\n' + tr("%n page view(s) in the same hours a week ago", nullptr, int(alert.baseline));
        // The dashboard over the days the compared hours fall on (one or two), hour by hour.
        const QDateTime at = QDateTime::fromSecsSinceEpoch(alert.occurredAt);
        shown.link = MiragetLink::dashboard(
            account, at.addSecs(-qint64(std::max(hours, 1)) * 3600).date(), at.date())
                         .toString();
        if (shown.link.isEmpty())
            shown.screen = QStringLiteral("dashboard");
        break;
    }
    }
    if (shown.link.isEmpty() && shown.screen.isEmpty())
        shown.screen = QStringLiteral("leads"); // a lead link that could not be written
    return shown;
}

QList<DesktopAlerts::Shown> DesktopAlerts::notificationsFor(const AlertList &alerts, const QString &account)
{
    QList<Shown> out;
    const qsizetype individual = alerts.size() <= kIndividual + 1 ? alerts.size() : kIndividual;
    for (qsizetype i = 0; i < individual; ++i)
        out.append(notificationFor(alerts.at(i), account));
    if (individual == alerts.size())
        return out;
    Shown summary;
    const int rest = int(alerts.size() - individual);
    int hotLeads = 0;
    for (qsizetype i = individual; i < alerts.size(); ++i) {
        summary.message.eventKeys.append(eventName(alerts.at(i)));
        hotLeads += alerts.at(i).kind == AlertRule::Kind::HotLead ? 1 : 0;
    }
    summary.message.title = tr("%n more alert(s)", nullptr, rest);
    summary.message.body = hotLeads > 0 ? tr("Including %n new hot lead(s)", nullptr, hotLeads)
                                        : tr("Open Miraget to see them");
    summary.message.urgent = hotLeads > 0;
    summary.screen = QStringLiteral("leads");
    out.append(summary);
    return out;
}

void DesktopAlerts::show(const AlertList &alerts)
{
    // The feed hands over the alerts of the account it is bound to now.
    const AccountRuntime *runtime = m_feed ? m_feed->runtime() : nullptr;
    const QString account = runtime ? MiragetLink::accountKey(runtime->record()) : QString();
    for (const Shown &shown : notificationsFor(alerts, account)) {
        const quint64 token = m_nextToken++;
        m_shown.insert(token, shown);
        m_notifier.show(shown.message, token);
    }
    // Clicks only matter for the notifications still on screen; keep the last few hundred.
    while (m_shown.size() > 500)
        m_shown.erase(m_shown.begin());
}

void DesktopAlerts::fallBack(const DesktopNotifier::Message &message, quint64 token)
{
    if (!m_tray || !m_tray->isVisible())
        return;
    m_trayToken = token;
    m_tray->showMessage(message.title, message.body,
        message.urgent ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}
