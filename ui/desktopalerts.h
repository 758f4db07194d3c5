#pragma once

#include "alerts/alert.h"
#include "desktopnotifier.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class AlertFeed;
class QSystemTrayIcon;

// Turns the alerts AlertFeed hands over into desktop notifications, worded in the current language
// when they are shown, and a click on one into a miraget:// link (a lead, or the dashboard's days
// of a traffic change) for the account the alert came from — followed like any other link, so a
// click after an account switch switches back — or, for what no link names (the live screen, a
// summary), "open this screen". A burst
// (the first sync after a day offline) does not bury the desktop: the first kIndividual alerts of
// a batch get a notification each and the rest one summary, which still names every event it
// covers, so each event is notified exactly once either way.
class DesktopAlerts : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIndividual = 4;

    explicit DesktopAlerts(AlertFeed *feed, QObject *parent = nullptr);
    ~DesktopAlerts() override;

    // The fallback for desktops without a notification service (may be null).
    void setTray(QSystemTrayIcon *tray);

    // The notifications for one batch of alerts of `account` (MiragetLink::accountKey), in order
    // (public for the tests).
    struct Shown
    {
        DesktopNotifier::Message message;
        QString link; // what a click opens, when a link names it
        QString screen; // otherwise: "leads", "live"
    };
    static QList<Shown> notificationsFor(const AlertList &alerts, const QString &account);
    static Shown notificationFor(const Alert &alert, const QString &account);

Q_SIGNALS:
    // A notification was clicked: show the window, then follow the link (LinkRouter) ...
    void linkActivated(const QString &link);
    // ... or, without one, show the screen.
    void openRequested(const QString &screen, qint64 leadId);

private:
    void show(const AlertList &alerts);
    void fallBack(const DesktopNotifier::Message &message, quint64 token);
    void activate(quint64 token);

    QPointer<AlertFeed> m_feed;
    DesktopNotifier m_notifier;
    QPointer<QSystemTrayIcon> m_tray;
    QMap<quint64, Shown> m_shown; // token (in order) → what a click opens
    quint64 m_nextToken = 1;
    quint64 m_trayToken = 0; // the balloon on show: the tray has one at a time
};
