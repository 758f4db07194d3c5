#pragma once

class QWindow;

// Bringing the main window to the user, from wherever it is: hidden (in the tray), minimised or
// behind other windows. Shared by the second-launch hand-over (SingleInstance) and the tray icon.
void activateWindow(QWindow *window);

// The window's first appearance, once its geometry is restored: shown as restored (normal or
// maximised), or, when starting minimised, left hidden for the tray to show when there is a system
// tray, else minimised to the task bar.
void showAtStart(QWindow *window, bool startMinimized);
