#include "autostart.h"

#include "core/atomicfile.h"
#include "core/logging.h"
#include "core/profilepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace {

#if defined(Q_OS_WIN)
const QString RunKey = QStringLiteral(R"(HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run)");
#endif

// The default profile's entry has the app's own id, so the desktop's start-up settings can show
// its icon and name; other profiles get their own file so each switch is independent.
QString entryName(const QString &profile)
{
    if (profile == ProfilePaths::defaultProfileName())
        return QStringLiteral("com.miraget.Desktop");
    return u"com.miraget.Desktop." + profile;
}

// Desktop entry Exec quoting: every profile name is within [A-Za-z0-9._-], so arguments need none.
QString execLine(const QStringList &arguments)
{
    return (QStringList {QStringLiteral("miraget")} + arguments).join(u' ');
}

} // namespace

Autostart::Autostart(const QString &profile)
    : m_profile(profile)
{
    Q_ASSERT(ProfilePaths::isValidName(profile));
}

QStringList Autostart::arguments() const
{
    QStringList arguments {QStringLiteral("--minimized")};
    if (m_profile != ProfilePaths::defaultProfileName())
        arguments << QStringLiteral("--profile") << m_profile;
    return arguments;
}

QString Autostart::entryPath() const
{
    // The XDG Base Directory rule, not QStandardPaths: its test mode would move the file somewhere
    // the session never looks, and the tests point XDG_CONFIG_HOME at a temporary directory.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!QDir::isAbsolutePath(config))
        config = QDir::homePath() + u"/.config";
    return config + u"/autostart/" + entryName(m_profile) + u".desktop";
}

QString Autostart::desktopEntry() const
{
    return u"[Desktop Entry]\n"
           u"Type=Application\n"
           u"Name=Miraget Desktop\n"
           u"Comment=Keeps your leads in sync in the background\n"
           u"Exec="
        + execLine(arguments())
        + u"\n"
          u"Icon=com.miraget.Desktop\n"
          u"Terminal=false\n"
          u"X-GNOME-Autostart-enabled=true\n";
}

bool Autostart::isSupported() const
{
#if defined(Q_OS_WIN) || (defined(Q_OS_UNIX) && !defined(Q_OS_MACOS))
    return true;
#else
    // macOS would write ~/Library/LaunchAgents/com.miraget.Desktop.plist (ProgramArguments: the
    // bundle's executable and arguments(), RunAtLoad true), or use SMAppService on macOS 13+.
    // Not done yet: the switch is hidden there.
    return false;
#endif
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    return QSettings(RunKey, QSettings::NativeFormat).contains(entryName(m_profile));
#else
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    // The desktop's own settings switch an entry off with one of these rather than deleting it.
    const QByteArray text = file.readAll();
    return !text.contains("\nHidden=true") && !text.contains("\nX-GNOME-Autostart-enabled=false");
#endif
}

bool Autostart::setEnabled(bool enabled)
{
    m_error.clear();
#if defined(Q_OS_WIN)
    QSettings run(RunKey, QSettings::NativeFormat);
    const QString command = u'"' + QDir::toNativeSeparators(QCoreApplication::applicationFilePath()) + u"\" "
        + arguments().join(u' ');
    if (enabled)
        run.setValue(entryName(m_profile), command);
    else
        run.remove(entryName(m_profile));
    run.sync();
    if (run.status() != QSettings::NoError)
        m_error = tr("Windows did not accept the change to the programs started at sign-in.");
#elif defined(Q_OS_MACOS)
    Q_UNUSED(enabled)
    m_error = tr("Starting at sign-in is not supported on this system yet.");
#else
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            m_error = tr("Could not remove %1.").arg(QDir::toNativeSeparators(path));
    } else {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QString error;
        if (!atomicfile::write(path, desktopEntry().toUtf8(), &error))
            m_error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error);
    }
#endif
    if (!m_error.isEmpty())
        qCWarning(lcCore).noquote() << "autostart:" << m_error;
    return m_error.isEmpty();
}
