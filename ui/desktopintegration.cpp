#include "desktopintegration.h"

#include "appsettings.h"
#include "core/logging.h"
#include "windowactivation.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QWindow>

DesktopIntegration::DesktopIntegration(Workspace *workspace, QWindow *window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
    , m_tray(workspace->alerts(), workspace->sync())
    , m_alerts(workspace->alerts())
{
    QGuiApplication::setWindowIcon(TrayIcon::applicationIcon());
    m_alerts.setTray(m_tray.systemTray());
    connect(&m_alerts, &DesktopAlerts::openRequested, workspace, &Workspace::requestOpen);
    // A notification's link takes the way of every link; the window comes forward at once, also
    // when the link first has to switch accounts.
    connect(&m_alerts, &DesktopAlerts::linkActivated, this, &DesktopIntegration::bringForward);
    connect(&m_alerts, &DesktopAlerts::linkActivated, workspace->links(), &LinkRouter::open);
    connect(workspace, &Workspace::openRequested, this, &DesktopIntegration::bringForward);
    connect(&m_tray, &TrayIcon::showWindowRequested, this, &DesktopIntegration::bringForward);
    connect(&m_tray, &TrayIcon::hotLeadsRequested, workspace,
        [workspace] { workspace->requestOpen(QStringLiteral("hotLeads")); });
    connect(&m_tray, &TrayIcon::syncRequested, workspace, &Workspace::syncNow);
    connect(&m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    m_trayVisible = m_tray.showIfAvailable();
    qCInfo(lcUi) << "tray" << (m_trayVisible ? "shown" : "not available on this desktop");
    if (m_trayVisible) {
        // Closing the window only hides it; Quit is in the tray's menu.
        QGuiApplication::setQuitOnLastWindowClosed(false);
        if (window)
            window->installEventFilter(this);
    }
}

DesktopIntegration::~DesktopIntegration() = default;

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && m_trayVisible
        && AppSettings().closeToTray()) {
        event->ignore();
        m_window->hide();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void DesktopIntegration::bringForward()
{
    if (m_window)
        activateWindow(m_window);
}
