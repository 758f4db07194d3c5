#pragma once

#include "desktopalerts.h"
#include "trayicon.h"

#include <QObject>
#include <QPointer>

class QWindow;
class Workspace;

// What ties the main window to the desktop: the tray icon and its menu, desktop notifications for
// alerts, clicks on either bringing the window forward at the right lead (through the link path,
// LinkRouter) or screen, and closing
// the window hiding it to the tray (when there is one) so alerts keep coming. Built by main() once
// the window exists; everything here is also reachable without a tray.
class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    DesktopIntegration(Workspace *workspace, QWindow *window, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    TrayIcon &tray() { return m_tray; }
    DesktopAlerts &alerts() { return m_alerts; }
    bool trayVisible() const { return m_trayVisible; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void bringForward();

    QPointer<Workspace> m_workspace;
    QPointer<QWindow> m_window;
    TrayIcon m_tray;
    DesktopAlerts m_alerts;
    bool m_trayVisible = false;
};
