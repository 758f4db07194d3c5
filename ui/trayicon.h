#pragma once

#include <QAction>
#include <QImage>
#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

class AlertFeed;
class SyncStatus;

// The tray (status notifier) icon: the app icon with the number of new hot leads on it, the sync
// state in its tooltip, and a menu — open the window, see the new hot leads, sync now, quit. It is
// what keeps Miraget reachable while the window is closed and alerts keep coming.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    TrayIcon(AlertFeed *feed, SyncStatus *status, QObject *parent = nullptr);
    ~TrayIcon() override;

    int count() const { return m_count; }
    QString toolTip() const;
    QSystemTrayIcon *systemTray() { return &m_tray; }
    // Shown when the desktop has a tray; whether it does.
    bool showIfAvailable();

    // The application icon, every size the installer ships (high-DPI trays pick the larger ones).
    static QIcon applicationIcon();
    // `icon` with a round badge holding `count` (99+ above 99) in its lower right corner.
    static QImage badged(const QImage &icon, int count);

Q_SIGNALS:
    void showWindowRequested();
    void hotLeadsRequested();
    void syncRequested();
    void quitRequested();
    void changed();

private:
    void refresh();

    QPointer<AlertFeed> m_feed;
    QPointer<SyncStatus> m_status;
    QSystemTrayIcon m_tray;
    QMenu m_menu;
    QAction *m_open = nullptr;
    QAction *m_hotLeads = nullptr;
    QAction *m_sync = nullptr;
    int m_count = -1;
};
