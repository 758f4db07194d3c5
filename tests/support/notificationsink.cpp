#include "notificationsink.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kConnection = QStringLiteral("miraget-test-notification-sink");
} // namespace

QStringList NotificationSink::Received::events() const
{
    return hints.value(QStringLiteral("x-miraget-events")).toString().split(u' ', Qt::SkipEmptyParts);
}

NotificationSink::NotificationSink()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, kConnection))
{
    if (!m_bus.isConnected()) {
        m_problem = QStringLiteral("no session bus: ") + m_bus.lastError().message();
        return;
    }
    if (!m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots)) {
        m_problem = QStringLiteral("could not export the sink: ") + m_bus.lastError().message();
        return;
    }
    if (!m_bus.registerService(kService)) {
        m_problem = QStringLiteral("could not own %1: %2").arg(kService, m_bus.lastError().message());
        return;
    }
    m_registered = true;
}

NotificationSink::~NotificationSink()
{
    if (m_registered)
        m_bus.unregisterService(kService);
    m_bus.unregisterObject(kPath);
    QDBusConnection::disconnectFromBus(kConnection);
}

uint NotificationSink::Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
    const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints,
    int expire_timeout)
{
    Q_UNUSED(expire_timeout)
    Received r;
    r.id = replaces_id ? replaces_id : m_nextId++;
    r.appName = app_name;
    r.appIcon = app_icon;
    r.summary = summary;
    r.body = body;
    r.actions = actions;
    r.hints = hints;
    m_received.append(r);
    return r.id;
}

QStringList NotificationSink::GetCapabilities()
{
    return {QStringLiteral("actions"), QStringLiteral("body")};
}

QString NotificationSink::GetServerInformation(QString &vendor, QString &version, QString &spec_version)
{
    vendor = QStringLiteral("Miraget tests");
    version = QStringLiteral("1");
    spec_version = QStringLiteral("1.2");
    return QStringLiteral("miraget-test-notification-sink");
}

void NotificationSink::CloseNotification(uint id)
{
    emitSignal(QStringLiteral("NotificationClosed"), {id, uint(3)});
}

void NotificationSink::invoke(uint id, const QString &action)
{
    emitSignal(QStringLiteral("ActionInvoked"), {id, action});
    emitSignal(QStringLiteral("NotificationClosed"), {id, uint(2)});
}

void NotificationSink::emitSignal(const QString &name, const QVariantList &arguments)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, name);
    signal.setArguments(arguments);
    m_bus.send(signal);
}
