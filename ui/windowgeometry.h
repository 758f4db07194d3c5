#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QString>

class QScreen;
class QWindow;

// Where the main window was and whether it was maximised, remembered per screen layout: a laptop
// that is sometimes docked gets its own place on each set of monitors. Kept in the profile's ui.ini
// under window/<layout key>. A saved place that no longer fits on any screen (a monitor removed,
// a resolution lowered) gives way to the window's default size centred on the primary screen.
class WindowGeometry : public QObject
{
    Q_OBJECT

public:
    explicit WindowGeometry(const QString &settingsFile, QObject *parent = nullptr);

    // A short stable key for a set of screens: their names and geometries, sorted.
    static QString layoutKey(const QList<QScreen *> &screens);
    // Whether `geometry` is usable on one of `screens`: no larger than its available area, with the
    // centre and the top edge (where the title bar is) on it.
    static bool fits(const QRect &geometry, const QList<QScreen *> &screens);

    // Call before the window is first shown; the window's own size is the default.
    void restore(QWindow *window) const;
    void save(const QWindow *window) const;
    // Saves when the window closes and when the application is about to quit.
    void track(QWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_file;
    QPointer<QWindow> m_window;
};
