#include "windowgeometry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWindow>

#include <algorithm>

namespace {

const QString LastLayoutKey = QStringLiteral("window/lastLayout");

QString group(const QString &layout)
{
    return u"window/" + layout;
}

QRect defaultGeometry(const QWindow *window)
{
    const QScreen *primary = QGuiApplication::primaryScreen();
    if (!primary)
        return window->geometry();
    const QRect available = primary->availableGeometry();
    QRect geometry(QPoint(), window->size().boundedTo(available.size()).expandedTo(window->minimumSize()));
    geometry.moveCenter(available.center());
    return geometry;
}

} // namespace

WindowGeometry::WindowGeometry(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_file(settingsFile)
{ }

QString WindowGeometry::layoutKey(const QList<QScreen *> &screens)
{
    QStringList parts;
    for (const QScreen *screen : screens) {
        const QRect g = screen->geometry();
        parts << QStringLiteral("%1@%2,%3,%4x%5")
                     .arg(screen->name())
                     .arg(g.x())
                     .arg(g.y())
                     .arg(g.width())
                     .arg(g.height());
    }
    // Sorted: the platform may list the same monitors in another order from one start to the next.
    parts.sort();
    const QByteArray hash = QCryptographicHash::hash(parts.join(u';').toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

bool WindowGeometry::fits(const QRect &geometry, const QList<QScreen *> &screens)
{
    if (!geometry.isValid())
        return false;
    const QPoint topCentre(geometry.center().x(), geometry.top());
    return std::any_of(screens.cbegin(), screens.cend(), [&](const QScreen *screen) {
        const QRect available = screen->availableGeometry();
        return geometry.width() <= available.width() && geometry.height() <= available.height()
            && available.contains(geometry.center()) && available.contains(topCentre);
    });
}

void WindowGeometry::restore(QWindow *window) const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QSettings settings(m_file, QSettings::IniFormat);
    QString layout = layoutKey(screens);
    // A layout seen for the first time starts from the last place saved, if that fits here.
    if (!settings.contains(group(layout) + u"/geometry"))
        layout = settings.value(LastLayoutKey).toString();
    const QRect saved = settings.value(group(layout) + u"/geometry").toRect();
    window->setGeometry(fits(saved, screens) ? saved : defaultGeometry(window));
    if (settings.value(group(layout) + u"/maximized", false).toBool())
        window->setWindowStates(Qt::WindowMaximized);
}

void WindowGeometry::save(const QWindow *window) const
{
    QSettings settings(m_file, QSettings::IniFormat);
    const QString layout = layoutKey(QGuiApplication::screens());
    const bool maximized = window->windowStates() & (Qt::WindowMaximized | Qt::WindowFullScreen);
    // QWindow has no normal geometry: a maximised window keeps the place it had before.
    if (!maximized)
        settings.setValue(group(layout) + u"/geometry", window->geometry());
    settings.setValue(group(layout) + u"/maximized", maximized);
    settings.setValue(LastLayoutKey, layout);
}

void WindowGeometry::track(QWindow *window)
{
    m_window = window;
    window->installEventFilter(this);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (m_window)
            save(m_window);
    });
}

bool WindowGeometry::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && watched == m_window)
        save(m_window);
    return QObject::eventFilter(watched, event);
}
