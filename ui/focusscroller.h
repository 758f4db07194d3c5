#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

class QQuickWindow;

// Keeps the keyboard focus in sight on a long page. Qt Quick's Flickable does not scroll to the item
// that takes the active focus, so Tab walks on below the fold and the user loses track of where
// they are. Placed in a Flickable (`FocusScroller { flickable: page }`), this scrolls it just enough
// to show the focused item whenever the focus moves to something inside it.
class FocusScroller : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickItem *flickable READ flickable WRITE setFlickable NOTIFY flickableChanged)
    Q_PROPERTY(qreal margin READ margin WRITE setMargin NOTIFY marginChanged)

public:
    explicit FocusScroller(QObject *parent = nullptr);

    QQuickItem *flickable() const { return m_flickable; }
    void setFlickable(QQuickItem *flickable);
    qreal margin() const { return m_margin; }
    void setMargin(qreal margin);

    // The contentY that shows `item` (a rectangle in content coordinates) in a viewport of
    // `viewportHeight` now scrolled to `contentY`: unchanged if it is already in view, else the
    // nearest position that shows it `margin` away from the edge (its top, if it is taller than the
    // viewport), kept within the content.
    static qreal contentYShowing(
        QRectF item, qreal contentY, qreal viewportHeight, qreal contentHeight, qreal margin);

Q_SIGNALS:
    void flickableChanged();
    void marginChanged();

private:
    void watchWindow();
    void showFocusItem();

    QPointer<QQuickItem> m_flickable;
    QPointer<QQuickWindow> m_window;
    qreal m_margin = 16;
};
