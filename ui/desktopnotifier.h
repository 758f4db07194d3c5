#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

// Desktop notifications through the freedesktop.org Notifications service on the session bus
// (what GNOME, KDE, XFCE and the others show), called with Qt D-Bus: each notification has a
// default action, so a click comes back as activated() with the token it was sent with — which is
// how a click opens the right lead. QSystemTrayIcon::showMessage() cannot do that (one message at
// a time, no identity), so it is only the fallback: where there is no such service (Windows,
// macOS, a bare X session) unavailable() asks the caller to use the tray's balloon instead.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    struct Message
    {
        QString title;
        QString body;
        QStringList eventKeys; // "rule/event", sent as the hint x-miraget-events (logs, tests)
        bool urgent = false;
    };

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Shows `message`; activated(token) follows when the person clicks it.
    void show(const Message &message, quint64 token);

    static QString applicationName();
    static QString desktopEntry(); // the .desktop file's name without .desktop, also the icon

Q_SIGNALS:
    void activated(quint64 token);
    // The service refused or is missing: the caller shows `message` another way.
    void unavailable(const Message &message, quint64 token);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void askCapabilities();

    QHash<uint, quint64> m_tokens; // notification id → token, until closed
    bool m_markup = false; // the service renders <b>, so & and < must be escaped
    bool m_saidUnavailable = false; // logged once until a notification goes through again
};
