#include "windowactivation.h"

#include <QSystemTrayIcon>
#include <QWindow>

void activateWindow(QWindow *window)
{
    if (!window)
        return;
    // Clearing only the minimised flag keeps a maximised window maximised.
    if (window->windowStates() & Qt::WindowMinimized)
        window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
    // setVisible(), not show(): show() is showNormal() on most platforms and would drop the
    // maximised state.
    if (!window->isVisible())
        window->setVisible(true);
    window->raise();
    // Window managers with focus-stealing prevention may only flash the task bar entry instead.
    window->requestActivate();
}

void showAtStart(QWindow *window, bool startMinimized)
{
    if (!window)
        return;
    if (startMinimized && QSystemTrayIcon::isSystemTrayAvailable())
        return;
    // Added to, not replacing, the restored state: un-minimising then brings back a maximised window.
    if (startMinimized)
        window->setWindowStates(window->windowStates() | Qt::WindowMinimized);
    window->setVisible(true);
}
