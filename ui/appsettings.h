#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The window's own preferences for this profile, kept in its ui.ini: theme (light, dark or the
// system's), language, how often to sync, which screen was open last and how the app starts.
// Where the window was is WindowGeometry's. Nothing here is about an account or a secret.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int syncIntervalMinutes READ syncIntervalMinutes WRITE setSyncIntervalMinutes NOTIFY
            syncIntervalChanged)
    Q_PROPERTY(QString lastScreen READ lastScreen WRITE setLastScreen NOTIFY lastScreenChanged)
    Q_PROPERTY(bool startMinimized READ startMinimized WRITE setStartMinimized NOTIFY startMinimizedChanged)
    // Closing the window hides it to the tray (when there is one), so alerts keep coming.
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY closeToTrayChanged)
    // Whether the desktop starts the app at sign-in; read from the system (Autostart) each time.
    Q_PROPERTY(bool autostart READ autostart WRITE setAutostart NOTIFY autostartChanged)
    Q_PROPERTY(bool autostartSupported READ autostartSupported CONSTANT)
    Q_PROPERTY(QString autostartError READ autostartError NOTIFY autostartChanged)

public:
    explicit AppSettings(QObject *parent = nullptr);

    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    bool dark() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    int syncIntervalMinutes() const { return m_syncInterval; }
    void setSyncIntervalMinutes(int minutes);
    QString lastScreen() const { return m_lastScreen; }
    void setLastScreen(const QString &screen);
    bool startMinimized() const { return m_startMinimized; }
    void setStartMinimized(bool startMinimized);
    bool closeToTray() const { return m_closeToTray; }
    void setCloseToTray(bool closeToTray);
    bool autostart() const;
    void setAutostart(bool enabled);
    bool autostartSupported() const;
    QString autostartError() const { return m_autostartError; }

    // The profile's ui.ini, which WindowGeometry shares.
    static QString fileFor(const QString &profile);

    // The system's own preference, as far as Qt 6.4 can tell (the palette's window colour).
    static bool systemPrefersDark();

Q_SIGNALS:
    void themeChanged();
    void languageChanged();
    void syncIntervalChanged();
    void lastScreenChanged();
    void startMinimizedChanged();
    void closeToTrayChanged();
    void autostartChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void store(const char *key, const QVariant &value) const;

    QString m_file;
    QString m_theme = QStringLiteral("system");
    QString m_language = QStringLiteral("system");
    int m_syncInterval = 5;
    QString m_lastScreen = QStringLiteral("dashboard");
    QString m_profile;
    bool m_startMinimized = false;
    bool m_closeToTray = true;
    QString m_autostartError;
};
