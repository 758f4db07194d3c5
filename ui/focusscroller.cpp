#include "focusscroller.h"

#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

FocusScroller::FocusScroller(QObject *parent)
    : QObject(parent)
{ }

void FocusScroller::setFlickable(QQuickItem *flickable)
{
    if (m_flickable == flickable)
        return;
    if (m_flickable)
        disconnect(m_flickable, nullptr, this, nullptr);
    m_flickable = flickable;
    if (m_flickable)
        connect(m_flickable, &QQuickItem::windowChanged, this, &FocusScroller::watchWindow);
    watchWindow();
    Q_EMIT flickableChanged();
}

void FocusScroller::setMargin(qreal margin)
{
    if (qFuzzyCompare(m_margin, margin))
        return;
    m_margin = margin;
    Q_EMIT marginChanged();
}

void FocusScroller::watchWindow()
{
    QQuickWindow *window = m_flickable ? m_flickable->window() : nullptr;
    if (m_window == window)
        return;
    if (m_window)
        disconnect(m_window, nullptr, this, nullptr);
    m_window = window;
    if (m_window)
        connect(m_window, &QQuickWindow::activeFocusItemChanged, this, &FocusScroller::showFocusItem);
}

qreal FocusScroller::contentYShowing(
    QRectF item, qreal contentY, qreal viewportHeight, qreal contentHeight, qreal margin)
{
    const qreal maxY = std::max<qreal>(0, contentHeight - viewportHeight);
    qreal y = contentY;
    if (item.height() + 2 * margin > viewportHeight || item.top() < contentY)
        y = item.top() - margin;
    else if (item.bottom() > contentY + viewportHeight)
        y = item.bottom() + margin - viewportHeight;
    return std::clamp<qreal>(y, 0, maxY);
}

void FocusScroller::showFocusItem()
{
    if (!m_flickable || !m_window)
        return;
    auto *content = m_flickable->property("contentItem").value<QQuickItem *>();
    QQuickItem *focused = m_window->activeFocusItem();
    if (!content || !focused || !content->isAncestorOf(focused))
        return;
    const QRectF rect = focused->mapRectToItem(content, QRectF(0, 0, focused->width(), focused->height()));
    // The content item sits at y = -contentY, so content coordinates compare with contentY directly.
    const qreal contentY = m_flickable->property("contentY").toReal();
    const qreal y = contentYShowing(
        rect, contentY, m_flickable->height(), m_flickable->property("contentHeight").toReal(), m_margin);
    if (!qFuzzyCompare(y + 1, contentY + 1))
        m_flickable->setProperty("contentY", y);
}
