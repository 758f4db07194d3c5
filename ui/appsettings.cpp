#include "appsettings.h"

#include "appcontext.h"
#include "core/profilepaths.h"

#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
    const AppContext *context = AppContext::instance();
    const ProfilePaths paths(context ? context->profile() : ProfilePaths::defaultProfileName());
    QDir().mkpath(paths.configDir());
    m_file = paths.configDir() + QStringLiteral("/ui.ini");
    QSettings s(m_file, QSettings::IniFormat);
    m_theme = s.value(QStringLiteral("theme"), m_theme).toString();
    m_language = s.value(QStringLiteral("language"), m_language).toString();
    m_syncInterval
        = std::clamp(s.value(QStringLiteral("syncIntervalMinutes"), m_syncInterval).toInt(), 1, 120);
    m_lastScreen = s.value(QStringLiteral("lastScreen"), m_lastScreen).toString();
    m_geometry = s.value(QStringLiteral("windowGeometry")).toRect();
    m_maximized = s.value(QStringLiteral("windowMaximized"), false).toBool();
    // The system palette changes when the desktop switches between light and dark.
    if (qApp)
        qApp->installEventFilter(this);
}

void AppSettings::store(const char *key, const QVariant &value) const
{
    QSettings(m_file, QSettings::IniFormat).setValue(QLatin1String(key), value);
}

bool AppSettings::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && m_theme == u"system")
        Q_EMIT themeChanged();
    return QObject::eventFilter(watched, event);
}

bool AppSettings::systemPrefersDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

bool AppSettings::dark() const
{
    if (m_theme == u"dark")
        return true;
    if (m_theme == u"light")
        return false;
    return systemPrefersDark();
}

void AppSettings::setTheme(const QString &theme)
{
    if (theme == m_theme || (theme != u"system" && theme != u"light" && theme != u"dark"))
        return;
    m_theme = theme;
    store("theme", theme);
    Q_EMIT themeChanged();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    store("language", language);
    Q_EMIT languageChanged();
}

void AppSettings::setSyncIntervalMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 120);
    if (minutes == m_syncInterval)
        return;
    m_syncInterval = minutes;
    store("syncIntervalMinutes", minutes);
    Q_EMIT syncIntervalChanged();
}

void AppSettings::setLastScreen(const QString &screen)
{
    if (screen == m_lastScreen)
        return;
    m_lastScreen = screen;
    store("lastScreen", screen);
    Q_EMIT lastScreenChanged();
}

void AppSettings::setWindowGeometry(const QRect &geometry)
{
    if (geometry == m_geometry || !geometry.isValid())
        return;
    m_geometry = geometry;
    store("windowGeometry", geometry);
    Q_EMIT windowChanged();
}

void AppSettings::setWindowMaximized(bool maximized)
{
    if (maximized == m_maximized)
        return;
    m_maximized = maximized;
    store("windowMaximized", maximized);
    Q_EMIT windowChanged();
}
