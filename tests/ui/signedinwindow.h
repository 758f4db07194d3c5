#pragma once

// The real window, signed in: a fresh profile, Main.qml loaded, the sign-in button clicked with
// miraget-test-browser playing the browser, and the first sync finished into the encrypted cache.
// Shared by the window tests (ui.screens, ui.keyboard); header-only, like quickitems.h.

#include "appcontext.h"
#include "inprocesssignin.h"
#include "quickitems.h"
#include "workspace.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QUuid>

#include <memory>

class SignedInWindow
{
public:
    static constexpr int kLong = 60000; // sign-in, first sync: generous for ASan and a busy CI machine

    // Opens the window for a fresh profile against `server` and signs `email` in through its own
    // button, then waits for the first sync to finish (or, without `waitForSync`, only for the
    // workspace to open); false if any step did not happen.
    bool open(const QUrl &server, const QString &email, const QString &profilePrefix, bool waitForSync = true)
    {
        const QString profile = profilePrefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_context = std::make_unique<AppContext>(
            ServerEndpoint::fromUserInput(server.toString()), profile, QStringLiteral("0.0.0-test"));
        AppContext::setInstance(m_context.get());
        InProcessSignIn::useTestBrowser({{QStringLiteral("MIRAGET_TEST_EMAIL"), email}});
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->load(QUrl(QStringLiteral("qrc:/com/miraget/desktop/Main.qml")));
        if (m_engine->rootObjects().size() != 1)
            return false;
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().value(0));
        if (!m_window)
            return false;
        m_window->resize(1400, 900);
        if (!QTest::qWaitForWindowExposed(m_window))
            return false;
        QQuickItem *button = item("signInButton");
        if (!button)
            return false;
        QMetaObject::invokeMethod(button, "clicked");
        return QTest::qWaitFor(
            [&] {
                Workspace *ws = Workspace::current();
                return item("appShell") && ws && ws->isOpen()
                    && (!waitForSync
                        || (ws->sync()->state() == SyncStatus::State::Idle
                            && ws->sync()->lastSyncedAt().isValid()));
            },
            kLong);
    }

    void close()
    {
        m_engine.reset();
        m_window = nullptr;
        AppContext::setInstance(nullptr);
        m_context.reset();
    }

    QQuickWindow *window() const { return m_window; }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    QQuickItem *item(const QString &name) const
    {
        return m_window ? quickitems::find(m_window->contentItem(), name) : nullptr;
    }
    QQuickItem *item(const char *name) const { return item(QString::fromLatin1(name)); }
    QQuickItem *shell() const { return item("appShell"); }
    QStringList texts() const
    {
        return m_window ? quickitems::visibleTexts(m_window->contentItem()) : QStringList();
    }

private:
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};
