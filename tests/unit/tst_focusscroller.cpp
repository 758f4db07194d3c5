// FocusScroller's arithmetic: where a page scrolls to so that the focused item is in view. The
// behaviour in the real window (Tab down a long Settings page) is covered by ui.keyboard.
#include "focusscroller.h"

#include <QTest>

class TestFocusScroller : public QObject
{
    Q_OBJECT

    static qreal show(QRectF item, qreal contentY)
    {
        // A 400 px viewport over 1000 px of content, 16 px margin.
        return FocusScroller::contentYShowing(item, contentY, 400, 1000, 16);
    }

private Q_SLOTS:
    void anItemInViewStaysWhereItIs()
    {
        QCOMPARE(show(QRectF(0, 100, 100, 40), 0), 0.0);
        QCOMPARE(show(QRectF(0, 300, 100, 40), 200), 200.0);
        // Touching the edges still counts as in view.
        QCOMPARE(show(QRectF(0, 200, 100, 40), 200), 200.0);
        QCOMPARE(show(QRectF(0, 560, 100, 40), 200), 200.0);
    }

    void anItemBelowScrollsUpJustEnough()
    {
        // Bottom at 640 → the viewport ends 16 px below it.
        QCOMPARE(show(QRectF(0, 600, 100, 40), 0), 640.0 + 16 - 400);
        // Partly below the fold counts as below.
        QCOMPARE(show(QRectF(0, 380, 100, 40), 0), 420.0 + 16 - 400);
    }

    void anItemAboveScrollsDownToItsTop()
    {
        QCOMPARE(show(QRectF(0, 100, 100, 40), 300), 100.0 - 16);
        QCOMPARE(show(QRectF(0, 290, 100, 40), 300), 290.0 - 16);
    }

    void neverPastTheContent()
    {
        QCOMPARE(show(QRectF(0, 5, 100, 40), 300), 0.0); // not above the top
        QCOMPARE(show(QRectF(0, 980, 100, 20), 0), 1000.0 - 400); // not below the end
        QCOMPARE(FocusScroller::contentYShowing(QRectF(0, 200, 10, 10), 0, 400, 300, 16),
            0.0); // content shorter than the viewport
    }

    void aTallItemShowsItsTop()
    {
        QCOMPARE(show(QRectF(0, 500, 100, 390), 0), 500.0 - 16);
        QCOMPARE(show(QRectF(0, 100, 100, 600), 0), 100.0 - 16);
    }
};

QTEST_APPLESS_MAIN(TestFocusScroller)
#include "tst_focusscroller.moc"
