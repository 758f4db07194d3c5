// Keyboard navigation through the real window, signed in against a real server: every screen is
// reached with Ctrl+1…9, Tab walks every control of it and comes back round (no trap), Shift+Tab
// walks the same stops backwards, and at every stop the focused control is on screen (a long page
// scrolls to it), has a name for screen readers, and visibly changes when it takes the focus. The
// lead table, a lead's detail and a dialog are then worked with keys alone.
#include "serverprocess.h"
#include "signedinwindow.h"

#include <QAccessible>
#include <QDir>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(com_miraget_desktopPlugin)

namespace {
constexpr int kMaxStops
    = 150; // far more than any screen has (Settings: about 70): reaching it means focus is trapped

QString describe(QQuickItem *item)
{
    if (!item)
        return QStringLiteral("<no item>");
    QString s = QString::fromLatin1(item->metaObject()->className()).section(u'_', 0, 0);
    if (!item->objectName().isEmpty())
        s += u'#' + item->objectName();
    if (const QVariant text = item->property("text"); text.isValid() && !text.toString().isEmpty())
        s += QStringLiteral(" \"%1\"").arg(text.toString().left(40));
    const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    return s + QStringLiteral(" at %1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QStringList words(const char *spaced)
{
    return QString::fromLatin1(spaced).split(u' ', Qt::SkipEmptyParts);
}

// The item, or its nearest ancestor, named `name`.
bool isOrIsIn(QQuickItem *item, const QString &name)
{
    for (; item; item = item->parentItem()) {
        if (item->objectName() == name)
            return true;
    }
    return false;
}

// What a screen reader announces for the focused control: its accessible name; a button's text
// (which Qt Quick Controls publish as the name); a text field's placeholder; or, for the inner
// text input of a spin box, a handle of a range slider, that of the control around it.
QString accessibleName(QQuickItem *item)
{
    for (int depth = 0; item && depth < 3; ++depth, item = item->parentItem()) {
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item)) {
            const QString name = iface->text(QAccessible::Name);
            if (!name.trimmed().isEmpty())
                return name;
        }
        if (item->inherits("QQuickAbstractButton")) {
            if (const QString text = item->property("text").toString(); !text.trimmed().isEmpty())
                return text;
        }
        if (const QString hint = item->property("placeholderText").toString(); !hint.trimmed().isEmpty())
            return hint;
    }
    return {};
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    SignedInWindow m_app;

    QQuickWindow *window() const { return m_app.window(); }
    QQuickItem *focused() const { return window()->activeFocusItem(); }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(window(), key, modifiers);
    }

    // The screen's entry in the sidebar has the focus after Ctrl+n: where the user now is.
    void goTo(int n, const QString &screen)
    {
        press(Qt::Key(Qt::Key_0 + n), Qt::ControlModifier);
        QTRY_VERIFY2(m_app.item(screen + QStringLiteral("Page")), qPrintable(screen));
        QTRY_VERIFY2(isOrIsIn(focused(), QStringLiteral("nav-") + screen), qPrintable(describe(focused())));
        QVERIFY(focused()->property("visualFocus").toBool());
    }

    // The focused item can be seen: shown, inside the window, and inside every clipping ancestor
    // (the viewport of a scrolled page or list).
    static QString whyNotOnScreen(QQuickItem *item)
    {
        if (!item->isVisible() || item->width() <= 0 || item->height() <= 0)
            return QStringLiteral("hidden or empty");
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const QRectF windowRect(QPointF(0, 0), item->window()->size());
        if (!windowRect.adjusted(-1, -1, 1, 1).contains(rect))
            return QStringLiteral("outside the window");
        for (QQuickItem *a = item->parentItem(); a; a = a->parentItem()) {
            if (a->opacity() <= 0.01)
                return QStringLiteral("transparent");
            if (a->clip()
                && !a->mapRectToScene(QRectF(0, 0, a->width(), a->height()))
                        .adjusted(-1, -1, 1, 1)
                        .contains(rect))
                return QStringLiteral("clipped by %1").arg(describe(a));
        }
        return {};
    }

    QQuickItem *ring() const { return window()->findChild<QQuickItem *>(QStringLiteral("focusRing")); }

    // The window's focus ring is drawn round `item` (or the spin box whose text input it is).
    QString whyNoRing(QQuickItem *item) const
    {
        if (QQuickItem *parent = item->parentItem();
            parent && parent->property("contentItem").value<QQuickItem *>() == item)
            item = parent;
        QQuickItem *r = ring();
        if (!r || !r->isVisible())
            return QStringLiteral("no focus ring");
        const QRectF around = r->mapRectToScene(QRectF(0, 0, r->width(), r->height()));
        const QRectF target = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        if (!around.adjusted(-1, -1, 1, 1).contains(target) || around.width() > target.width() + 8
            || around.height() > target.height() + 8)
            return QStringLiteral("the focus ring is elsewhere");
        return {};
    }

    // Where the focus of `item` must show: around it, or around the spin box whose text input it is.
    static QImage region(const QImage &grab, QQuickItem *item)
    {
        if (QQuickItem *parent = item->parentItem();
            parent && parent->property("contentItem").value<QQuickItem *>() == item)
            item = parent;
        const qreal dpr = grab.devicePixelRatio();
        const QRectF r
            = item->mapRectToScene(QRectF(0, 0, item->width(), item->height())).adjusted(-4, -4, 4, 4);
        return grab.copy(QRectF(r.topLeft() * dpr, r.size() * dpr).toAlignedRect());
    }

    // Tabs from the current focus until it comes back, checking every stop on the way.
    QList<QQuickItem *> walk(Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QList<QQuickItem *> stops;
        QQuickItem *start = focused();
        if (!start)
            return stops;
        QImage before = window()->grabWindow();
        for (int i = 0; i < kMaxStops; ++i) {
            QQuickItem *previous = focused();
            press(Qt::Key_Tab, modifiers);
            QQuickItem *now = focused();
            if (!now || now == previous) {
                qWarning("Tab did not move the focus from %s", qPrintable(describe(previous)));
                return {};
            }
            if (const QString why = whyNotOnScreen(now); !why.isEmpty()) {
                qWarning("focus on %s: %s", qPrintable(describe(now)), qPrintable(why));
                return {};
            }
            if (accessibleName(now).isEmpty()) {
                qWarning("focus on %s: no accessible name", qPrintable(describe(now)));
                return {};
            }
            // The ring follows within a frame or two (a page may scroll to the item first).
            if (!QTest::qWaitFor([&] { return whyNoRing(now).isEmpty(); }, 1000)) {
                qWarning("focus on %s: %s", qPrintable(describe(now)), qPrintable(whyNoRing(now)));
                return {};
            }
            // And it shows: where the item is, the window looks different from before it had
            // the focus (compared where it is now: a page that scrolled to it changed there anyway).
            // Material fades its focus highlight in, so this polls for a moment.
            QImage after;
            const bool shows = QTest::qWaitFor(
                [&] {
                    after = window()->grabWindow();
                    return region(before, now) != region(after, now);
                },
                1500);
            if (!shows) {
                qWarning("focus on %s does not show", qPrintable(describe(now)));
                return {};
            }
            before = after;
            if (now == start)
                return stops;
            stops.append(now);
        }
        QStringList last;
        for (qsizetype i = std::max<qsizetype>(0, stops.size() - 6); i < stops.size(); ++i)
            last.append(describe(stops.at(i)));
        qWarning("focus never came back to %s after %d stops; the last: %s", qPrintable(describe(start)),
            kMaxStops, qPrintable(last.join(QStringLiteral(" → "))));
        return {};
    }

    static bool reaches(const QList<QQuickItem *> &stops, const QString &name)
    {
        return std::any_of(stops.begin(), stops.end(), [&](QQuickItem *s) { return isOrIsIn(s, name); });
    }

    // With MIRAGET_SCREENSHOT_DIR set (./scripts/screenshots), the window as the keyboard left it.
    void save(const QString &name)
    {
        const QString dir = qEnvironmentVariable("MIRAGET_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300);
        const QString path = QDir(dir).absoluteFilePath(name + QStringLiteral(".png"));
        QVERIFY2(window()->grabWindow().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    static QList<QQuickItem *> stopsOf(const QList<QQuickItem *> &stops)
    {
        QList<QQuickItem *> out;
        for (QQuickItem *s : stops) {
            if (s->objectName() == u"syncNowButton")
                continue; // off while a sync runs, which one of the two rounds may meet
            QQuickItem *stop = s;
            for (QQuickItem *a = s->parentItem(); a; a = a->parentItem()) {
                if (a->inherits("QQuickItemView"))
                    stop = a;
            }
            out.append(stop);
        }
        return out;
    }

    static QStringList names(const QList<QQuickItem *> &stops)
    {
        QStringList out;
        for (QQuickItem *s : stops)
            out.append(describe(s));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As when a screen reader runs: controls then publish their accessible names.
        QAccessible::setActive(true);
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(300, 3000) + words("--live-rate 2"));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        QVERIFY2(m_app.open(m_server->url(), QStringLiteral("owner@acme.example"), QStringLiteral("keys-")),
            "sign-in and first sync did not finish");
        window()->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window()));
    }

    void cleanupTestCase() { m_app.close(); }

    void everyScreenIsWalkedWithTab_data()
    {
        QTest::addColumn<int>("shortcut");
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QStringList>("mustReach");
        QTest::newRow("sinceLastLook") << 1 << QStringLiteral("sinceLastLook") << QStringList {};
        QTest::newRow("dashboard") << 2 << QStringLiteral("dashboard")
                                   << words("siteFilter range-7d range-custom metricBox compareBox");
        QTest::newRow("live") << 3 << QStringLiteral("live") << words("liveFeed");
        QTest::newRow("leads") << 4 << QStringLiteral("leads")
                               << words("leadSearch exportCsvButton temperature-hot sort-score leadTable");
        QTest::newRow("targets") << 5 << QStringLiteral("targets")
                                 << words("importCsvButton targetLists neverVisited showListLeads");
        QTest::newRow("integrations") << 6 << QStringLiteral("integrations") << words("syncNow-hubspot");
        QTest::newRow("account") << 7 << QStringLiteral("account") << QStringList {};
        QTest::newRow("billing") << 8 << QStringLiteral("billing") << words("planBox cycleBox");
        QTest::newRow("audit") << 9 << QStringLiteral("audit") << QStringList {};
        // The tenth screen is Ctrl+0.
        QTest::newRow("settings") << 0 << QStringLiteral("settings")
                                  << words("theme-dark closeToTraySwitch addAlertButton reportProblemButton");
    }

    void everyScreenIsWalkedWithTab()
    {
        QFETCH(int, shortcut);
        QFETCH(QString, screen);
        QFETCH(QStringList, mustReach);
        goTo(shortcut, screen);
        const QList<QQuickItem *> forward = walk();
        QVERIFY2(!forward.isEmpty(), "see the warning above");
        // The top bar is in the round, not just the sidebar and the page. (Its sync button is
        // off while a sync runs, so the account button is the stop that is always there.)
        QVERIFY(reaches(forward, QStringLiteral("accountButton")));
        for (const QString &name : std::as_const(mustReach))
            QVERIFY2(reaches(forward, name),
                qPrintable(name + QStringLiteral(" not reached: ") + names(forward).join(u'\n')));
        QVERIFY2(forward.size() >= 1 + mustReach.size(), qPrintable(names(forward).join(u'\n')));

        // Backwards: the same stops in reverse order. (A list's rows count as the list: which row
        // is current differs with the way in, and the live feed's rows move as visits arrive.)
        const QList<QQuickItem *> backward = walk(Qt::ShiftModifier);
        QVERIFY2(!backward.isEmpty(), "see the warning above");
        QList<QQuickItem *> reversed(forward.rbegin(), forward.rend());
        QCOMPARE(stopsOf(backward), stopsOf(reversed));
    }

    void theSidebarMovesWithTheArrows()
    {
        goTo(2, QStringLiteral("dashboard"));
        press(Qt::Key_Down);
        QTRY_VERIFY(m_app.item("livePage"));
        QVERIFY(isOrIsIn(focused(), QStringLiteral("nav-live")));
        save(QStringLiteral("keyboard-sidebar-live"));
        press(Qt::Key_Down);
        QTRY_VERIFY(m_app.item("leadsPage"));
        press(Qt::Key_Up);
        QTRY_VERIFY(m_app.item("livePage"));
        QVERIFY(isOrIsIn(focused(), QStringLiteral("nav-live")));
        press(Qt::Key_Up);
        QTRY_VERIFY(m_app.item("dashboardPage"));
        QVERIFY(isOrIsIn(focused(), QStringLiteral("nav-dashboard")));
        press(Qt::Key_Up);
        press(Qt::Key_Up); // at the top already: stays
        QTRY_VERIFY(m_app.item("sinceLastLookPage"));
        QVERIFY(isOrIsIn(focused(), QStringLiteral("nav-sinceLastLook")));
    }

    void theLeadTableAndADetailWorkWithKeys()
    {
        Workspace *ws = Workspace::current();
        goTo(4, QStringLiteral("leads"));
        QTRY_VERIFY_WITH_TIMEOUT(ws->leads()->count() >= 20 && ws->leads()->isLoaded(0), 20000);
        for (int i = 0; i < kMaxStops && !isOrIsIn(focused(), QStringLiteral("leadTable")); ++i)
            press(Qt::Key_Tab);
        QVERIFY2(isOrIsIn(focused(), QStringLiteral("leadTable")), qPrintable(describe(focused())));
        QQuickItem *table = m_app.item("leadTable");
        const auto current = [table] { return table->property("currentIndex").toInt(); };
        press(Qt::Key_Home);
        QCOMPARE(current(), 0);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        QCOMPARE(current(), 3);
        save(QStringLiteral("keyboard-lead-table"));
        press(Qt::Key_PageDown);
        const int afterPage = current();
        QVERIFY2(afterPage > 6, qPrintable(QString::number(afterPage))); // a page is more than a few rows
        press(Qt::Key_End);
        QCOMPARE(current(), int(ws->leads()->count()) - 1);
        QTRY_VERIFY(whyNotOnScreen(table->property("currentItem").value<QQuickItem *>()).isEmpty());
        press(Qt::Key_Home);
        QCOMPARE(current(), 0);
        QVERIFY(whyNoRing(focused()).isEmpty());

        // Scrolled away with the mouse wheel, the current row takes its ring with it (the ring
        // must not float over the header); the next key brings both back.
        table->setProperty("contentY", 20 * 44);
        QTRY_VERIFY(!ring()->isVisible());
        press(Qt::Key_Down);
        QCOMPARE(current(), 1);
        QTRY_VERIFY(whyNoRing(focused()).isEmpty());
        press(Qt::Key_Up);
        QTRY_VERIFY(whyNoRing(focused()).isEmpty());

        // Space selects the current row for a bulk edit, and again deselects it.
        press(Qt::Key_Space);
        QTRY_COMPARE(ws->leads()->data(ws->leads()->index(0), LeadListModel::SelectedRole).toBool(), true);
        press(Qt::Key_Space);
        QTRY_COMPARE(ws->leads()->data(ws->leads()->index(0), LeadListModel::SelectedRole).toBool(), false);

        // Enter opens the current lead; its detail starts at Back, and Tab reaches its edits.
        press(Qt::Key_Down);
        const qint64 second = ws->leads()->idAt(1);
        press(Qt::Key_Return);
        QTRY_VERIFY(m_app.item("leadDetailPage") && ws->leadDetail()->found());
        QCOMPARE(ws->leadDetail()->leadId(), second);
        QTRY_VERIFY2(isOrIsIn(focused(), QStringLiteral("backButton")), qPrintable(describe(focused())));
        QTRY_VERIFY(!m_app.item("leadsPage")->property("busy").toBool()); // the list has slid away
        const QList<QQuickItem *> detail = walk();
        QVERIFY2(!detail.isEmpty(), "see the warning above");
        for (const char *name : {"statusBox", "assigneeBox", "addTagField", "newNoteField"})
            QVERIFY2(reaches(detail, QString::fromLatin1(name)), name);

        // Esc goes back to the same row, with the focus on the table again.
        press(Qt::Key_Escape);
        QTRY_VERIFY(!m_app.item("leadDetailPage"));
        QTRY_VERIFY2(isOrIsIn(focused(), QStringLiteral("leadTable")), qPrintable(describe(focused())));
        QCOMPARE(current(), 1);

        // A column header sorts with Space, like a click.
        for (int i = 0; i < kMaxStops && !isOrIsIn(focused(), QStringLiteral("sort-score")); ++i)
            press(Qt::Key_Tab);
        QVERIFY(isOrIsIn(focused(), QStringLiteral("sort-score")));
        QVERIFY(ws->leads()->sortColumn() != u"score");
        press(Qt::Key_Space);
        QTRY_COMPARE(ws->leads()->sortColumn(), QStringLiteral("score"));
        const bool descending = ws->leads()->sortDescending();
        press(Qt::Key_Space); // again: the other way round
        QTRY_COMPARE(ws->leads()->sortDescending(), !descending);
        QCOMPARE(ws->leads()->sortColumn(), QStringLiteral("score"));

        // With nothing to show, the table is still a stop, and its ring is round the whole list.
        ws->leads()->setSearch(QStringLiteral("no-such-lead-anywhere"));
        QTRY_COMPARE_WITH_TIMEOUT(ws->leads()->count(), 0, 20000);
        for (int i = 0; i < kMaxStops && !isOrIsIn(focused(), QStringLiteral("leadTable")); ++i)
            press(Qt::Key_Tab);
        QCOMPARE(focused(), table);
        QTRY_VERIFY2(whyNoRing(table).isEmpty(), qPrintable(whyNoRing(table)));
        ws->leads()->setSearch(QString());
        QTRY_VERIFY_WITH_TIMEOUT(ws->leads()->count() > 0, 20000);
    }

    void aDialogHoldsTheFocusAndGivesItBack()
    {
        goTo(0, QStringLiteral("settings"));
        for (int i = 0; i < kMaxStops && !isOrIsIn(focused(), QStringLiteral("addAlertButton")); ++i)
            press(Qt::Key_Tab);
        QQuickItem *add = m_app.item("addAlertButton");
        QCOMPARE(focused(), add);
        QVERIFY(whyNotOnScreen(add).isEmpty());
        save(QStringLiteral("keyboard-settings-scrolled"));
        press(Qt::Key_Space);
        auto *dialog = window()->findChild<QObject *>(QStringLiteral("alertRuleDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        auto *dialogItem = dialog->property("contentItem").value<QQuickItem *>();
        QVERIFY(dialogItem);
        QQuickItem *popupRoot = dialogItem->parentItem();
        QTRY_VERIFY2(popupRoot && popupRoot->isAncestorOf(focused()), qPrintable(describe(focused())));
        // Modal: Tab goes round inside the dialog, never behind it.
        for (int i = 0; i < 25; ++i) {
            press(Qt::Key_Tab);
            QVERIFY2(popupRoot->isAncestorOf(focused()), qPrintable(describe(focused())));
        }
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTRY_COMPARE(focused(), add);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
