#pragma once

#include <QObject>
#include <QRect>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The window's own preferences for this profile, kept in its ui.ini: theme (light, dark or the
// system's), language, how often to sync, which screen was open last and where the window was.
// Nothing here is about an account or a secret.
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
    Q_PROPERTY(QRect windowGeometry READ windowGeometry WRITE setWindowGeometry NOTIFY windowChanged)
    Q_PROPERTY(bool windowMaximized READ windowMaximized WRITE setWindowMaximized NOTIFY windowChanged)

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
    QRect windowGeometry() const { return m_geometry; }
    void setWindowGeometry(const QRect &geometry);
    bool windowMaximized() const { return m_maximized; }
    void setWindowMaximized(bool maximized);

    // The system's own preference, as far as Qt 6.4 can tell (the palette's window colour).
    static bool systemPrefersDark();

Q_SIGNALS:
    void themeChanged();
    void languageChanged();
    void syncIntervalChanged();
    void lastScreenChanged();
    void windowChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void store(const char *key, const QVariant &value) const;

    QString m_file;
    QString m_theme = QStringLiteral("system");
    QString m_language = QStringLiteral("system");
    int m_syncInterval = 5;
    QString m_lastScreen = QStringLiteral("dashboard");
    QRect m_geometry;
    bool m_maximized = false;
};
