#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// "Start Miraget when I sign in to this computer": registers the app, started with --minimized
// (and --profile for a profile other than the default), with the desktop's session start-up.
// Linux: an XDG autostart entry in $XDG_CONFIG_HOME/autostart (~/.config/autostart), one file per
// profile. Windows: a value under the user's Run registry key. The system's own record is the only
// state, so a switch turned off in the desktop's settings shows as off here too.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    explicit Autostart(const QString &profile);

    bool isSupported() const;
    bool isEnabled() const;
    // Writes or removes the entry; false with errorString() when that failed.
    bool setEnabled(bool enabled);
    QString errorString() const { return m_error; }

    // What the session starts: the program's arguments after its name.
    QStringList arguments() const;
    // Linux: the desktop entry's path and the text written there.
    QString entryPath() const;
    QString desktopEntry() const;

private:
    QString m_profile;
    QString m_error;
};
