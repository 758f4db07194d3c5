#include "desktopnotifier.h"

#include "core/logging.h"

#include <QTimer>

#ifdef MIRAGET_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
#ifdef MIRAGET_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
            SLOT(onActionInvoked(uint, QString)));
        bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
            SLOT(onClosed(uint, uint)));
        askCapabilities();
    }
#endif
}

DesktopNotifier::~DesktopNotifier() = default;

QString DesktopNotifier::applicationName()
{
    return QStringLiteral("Miraget");
}

QString DesktopNotifier::desktopEntry()
{
    return QStringLiteral("com.miraget.Desktop");
}

void DesktopNotifier::askCapabilities()
{
#ifdef MIRAGET_HAVE_DBUS
    const QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<QStringList> reply = *w;
        if (!reply.isError())
            m_markup = reply.value().contains(QStringLiteral("body-markup"));
        w->deleteLater();
    });
#endif
}

void DesktopNotifier::show(const Message &message, quint64 token)
{
#ifdef MIRAGET_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusMessage call
            = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
        QVariantMap hints {{QStringLiteral("desktop-entry"), desktopEntry()},
            {QStringLiteral("urgency"), QVariant::fromValue(uchar(message.urgent ? 2 : 1))},
            {QStringLiteral("x-miraget-events"), message.eventKeys.join(u' ')}};
        call << applicationName() << uint(0) << desktopEntry() << message.title
             << (m_markup ? message.body.toHtmlEscaped() : message.body)
             << QStringList {kDefaultAction, tr("Open")} << hints << int(-1);
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, message, token](QDBusPendingCallWatcher *w) {
                const QDBusPendingReply<uint> reply = *w;
                w->deleteLater();
                if (reply.isError()) {
                    // Once, not for every alert of a burst: the log is for reading.
                    if (!std::exchange(m_saidUnavailable, true))
                        qCInfo(lcUi) << "desktop notifications unavailable:" << reply.error().message();
                    Q_EMIT unavailable(message, token);
                    return;
                }
                m_saidUnavailable = false;
                m_tokens.insert(reply.value(), token);
            });
        return;
    }
#endif
    // Queued, like the D-Bus answer, so callers see one order of events everywhere.
    QTimer::singleShot(0, this, [this, message, token] { Q_EMIT unavailable(message, token); });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_tokens.constFind(id);
    if (it == m_tokens.cend())
        return; // another application's notification: the signal goes to every listener
    if (action == kDefaultAction)
        Q_EMIT activated(*it);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_tokens.remove(id);
}
