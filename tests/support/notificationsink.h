#pragma once

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A freedesktop.org notification server for tests: owns org.freedesktop.Notifications on the
// test's session bus (the private one ./scripts/test starts) through a connection of its own, so
// the app's calls travel over the real bus exactly as to GNOME Shell or Plasma. It records every
// Notify and can click a notification (ActionInvoked), which is all a notification daemon does
// that the app can observe. Not a fake of the app's side: only the desktop is played.
class NotificationSink : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received
    {
        uint id = 0;
        QString appName;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        QStringList events() const; // the x-miraget-events hint, split
    };

    NotificationSink();
    ~NotificationSink() override;

    // Whether it owns the service name (false: another server is running, or no session bus).
    bool isRegistered() const { return m_registered; }
    QString problem() const { return m_problem; }
    const QList<Received> &received() const { return m_received; }
    // Clicks notification `id` (action "default"), as a person would.
    void invoke(uint id, const QString &action = QStringLiteral("default"));

public Q_SLOTS:
    // The org.freedesktop.Notifications methods (spec 1.2).
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expire_timeout);
    QStringList GetCapabilities();
    QString GetServerInformation(QString &vendor, QString &version, QString &spec_version);
    void CloseNotification(uint id);

private:
    void emitSignal(const QString &name, const QVariantList &arguments);

    QDBusConnection m_bus;
    bool m_registered = false;
    QString m_problem;
    QList<Received> m_received;
    uint m_nextId = 1;
};
