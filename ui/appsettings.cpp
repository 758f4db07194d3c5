#include "appsettings.h"

#include "appcontext.h"
#include "core/autostart.h"
#include "core/profilepaths.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
    const AppContext *context = AppContext::instance();
    m_profile = context ? context->profile() : ProfilePaths::defaultProfileName();
    m_file = fileFor(m_profile);
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSettings s(m_file, QSettings::IniFormat);
    m_theme = s.value(QStringLiteral("theme"), m_theme).toString();
    m_language = s.value(QStringLiteral("language"), m_language).toString();
    m_syncInterval
        = std::clamp(s.value(QStringLiteral("syncIntervalMinutes"), m_syncInterval).toInt(), 1, 120);
    m_lastScreen = s.value(QStringLiteral("lastScreen"), m_lastScreen).toString();
    m_startMinimized = s.value(QStringLiteral("startMinimized"), false).toBool();
    m_closeToTray = s.value(QStringLiteral("closeToTray"), true).toBool();
    // The system palette changes when the desktop switches between light and dark.
    if (qApp)
        qApp->installEventFilter(this);
}

QString AppSettings::fileFor(const QString &profile)
{
    return ProfilePaths(profile).configDir() + QStringLiteral("/ui.ini");
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

void AppSettings::setCloseToTray(bool closeToTray)
{
    if (closeToTray == m_closeToTray)
        return;
    m_closeToTray = closeToTray;
    store("closeToTray", closeToTray);
    Q_EMIT closeToTrayChanged();
}

void AppSettings::setStartMinimized(bool startMinimized)
{
    if (startMinimized == m_startMinimized)
        return;
    m_startMinimized = startMinimized;
    store("startMinimized", startMinimized);
    Q_EMIT startMinimizedChanged();
}

bool AppSettings::autostart() const
{
    return Autostart(m_profile).isEnabled();
}

bool AppSettings::autostartSupported() const
{
    return Autostart(m_profile).isSupported();
}

void AppSettings::setAutostart(bool enabled)
{
    Autostart entry(m_profile);
    entry.setEnabled(enabled);
    m_autostartError = entry.errorString();
    // Also on failure: the switch then snaps back to what the system really has.
    Q_EMIT autostartChanged();
}
