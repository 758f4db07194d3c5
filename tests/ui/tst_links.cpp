// miraget:// links end to end (docs/links.md), against a real miraget-server and a profile signed in
// to two accounts (Acme, current, and Globex) with the real `miraget --login`. The window runs here
// (the real Main.qml, offscreen) as the profile's running instance, listening on its single-instance
// socket and handing what arrives to Workspace.links as main.cpp does; every link then comes from a
// second launch of the real executable, as the desktop entry starts it for a clicked link
// (`miraget --profile P <link>`). A lead link opens the lead, a lead-list link its filters and
// sort, a dashboard link its days; "Copy link" writes what opens the same again; a link for the
// other signed-in account switches to it; one for an account not signed in, and every hostile
// link, says so in the window and changes nothing. Last, the window is closed and the real
// executable is started with a link for the account that is not current: it opens it once the
// window and that account are ready.
#include "account/accountruntime.h"
#include "appcontext.h"
#include "appprofile.h"
#include "auth/secretstore.h"
#include "auth/signedinaccounts.h"
#include "core/appversion.h"
#include "core/miragetlink.h"
#include "core/singleinstance.h"
#include "csvrecords.h"
#include "quickitems.h"
#include "serverprocess.h"
#include "workspace.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(com_miraget_desktopPlugin)

using namespace Qt::StringLiterals;

// A second launch with `link`, which must hand it over to the window here and exit.
#define HAND_OVER(link)                                                                                      \
    do {                                                                                                     \
        const AppRun run_ = secondLaunch(link);                                                              \
        QVERIFY2(handedOver(run_), qPrintable(run_.describe()));                                             \
    } while (false)

namespace {
constexpr int kLong = 90000; // sign-in, a first sync: generous for a sanitizer build and a busy machine

QObject *findObject(QObject *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QObject *child : root->children()) {
        if (QObject *found = findObject(child, name))
            return found;
    }
    if (auto *item = qobject_cast<QQuickItem *>(root)) {
        for (QQuickItem *child : item->childItems()) {
            if (QObject *found = findObject(child, name))
                return found;
        }
    }
    return nullptr;
}
} // namespace

class TestLinks : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<AppProfile> m_profile;
    AccountRegistry::Account m_acme;
    AccountRegistry::Account m_globex;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    std::unique_ptr<SingleInstance> m_instance;
    QList<std::pair<qint64, QString>> m_acmeLeads;
    QList<std::pair<qint64, QString>> m_globexLeads;
    QString m_runtimeDir;

    // What a link may change, to show that a refused one changed none of it.
    struct State
    {
        QString account;
        QString registryCurrent;
        QString screen;
        bool detailShown = false;
        qint64 leadId = 0;
        LeadFilter filter;
        LeadSort sort;
        QString range;
        QDate customFrom;
        QDate customTo;
        qint64 siteId = 0;
        bool operator==(const State &) const = default;
    };

    Workspace *ws() const { return Workspace::current(); }
    QQuickItem *item(const QString &name) const
    {
        return m_window ? quickitems::find(m_window->contentItem(), name) : nullptr;
    }
    QString screen() const
    {
        QQuickItem *shell = item(u"appShell"_s);
        return shell ? shell->property("screen").toString() : QString();
    }
    QString openAccount() const
    {
        return ws() && ws()->runtime() ? ws()->runtime()->record().id() : QString();
    }
    QString registryCurrent() const
    {
        return AccountRegistry(m_profile->path(u"config"_s) + u"/accounts.ini"_s).current().id();
    }
    QString shownMessage() const
    {
        QQuickItem *bar = item(u"linkMessage"_s);
        return bar && bar->isVisible() ? bar->property("text").toString() : QString();
    }
    State state() const
    {
        State s;
        s.account = openAccount();
        s.registryCurrent = registryCurrent();
        s.screen = screen();
        s.detailShown = item(u"leadDetailPage"_s) != nullptr;
        s.leadId = ws()->leadDetail()->leadId();
        s.filter = ws()->leads()->filter();
        s.sort = ws()->leads()->sort();
        s.range = ws()->dashboard()->range();
        s.customFrom = ws()->dashboard()->customFrom();
        s.customTo = ws()->dashboard()->customTo();
        s.siteId = ws()->dashboard()->siteId();
        return s;
    }
    static QString describe(const State &s)
    {
        return QString(u"account %1 (registry %2), screen %3%4, lead %5, filter %6, sort %7, "_s
                       u"dashboard %8 %9–%10 site %11")
            .arg(s.account, s.registryCurrent, s.screen, s.detailShown ? u" (detail)"_s : QString())
            .arg(s.leadId)
            .arg(QString::fromUtf8(QJsonDocument(s.filter.toJson()).toJson(QJsonDocument::Compact)),
                LeadSort::columnName(s.sort.column) + (s.sort.descending ? u" desc"_s : u" asc"_s), s.range,
                s.customFrom.toString(Qt::ISODate), s.customTo.toString(Qt::ISODate))
            .arg(s.siteId);
    }

    bool accountOpen(const AccountRegistry::Account &account) const
    {
        return ws() && ws()->isOpen() && openAccount() == account.id() && item(u"appShell"_s);
    }

    // The account's leads (ids and names) as `miraget --export-leads` wrote them after a sync, in id
    // order. (Not from the server's database: Qt's SQLite driver must not share a process with
    // SQLCipher.)
    QList<std::pair<qint64, QString>> leadsOf(const AccountRegistry::Account &account, int limit) const
    {
        const auto &all = account.id() == m_globex.id() ? m_globexLeads : m_acmeLeads;
        return all.mid(0, limit);
    }
    bool exportLeads(QList<std::pair<qint64, QString>> *leads, QString *error)
    {
        const AppRun sync = m_profile->syncOnce({}, 240000);
        if (sync.exitCode != 0) {
            *error = u"--sync-once: "_s + sync.describe();
            return false;
        }
        const QString file = m_profile->tmpDir() + u"/leads.csv"_s;
        const AppRun exported = m_profile->exportLeads(file);
        QFile csv(file);
        if (exported.exitCode != 0 || !csv.open(QIODevice::ReadOnly)) {
            *error = u"--export-leads: "_s + exported.describe();
            return false;
        }
        const QList<QStringList> records = testsupport::parseCsv(csv.readAll());
        for (qsizetype i = 1; i < records.size(); ++i) // after the header: id, name, …
            leads->append({records.at(i).value(0).toLongLong(), records.at(i).value(1)});
        std::sort(leads->begin(), leads->end());
        return !leads->isEmpty();
    }

    // What the executable needs to find this process's single-instance socket: the same session
    // runtime directory (without one the socket's name is under TMPDIR, which AppProfile makes the
    // child's own), and no display.
    QHash<QString, QString> windowEnvironment() const
    {
        return {{u"QT_QPA_PLATFORM"_s, u"offscreen"_s}, {u"XDG_RUNTIME_DIR"_s, m_runtimeDir}};
    }
    // `miraget --profile P <link>` while the window runs here: it hands over and exits.
    AppRun secondLaunch(const QString &link) { return m_profile->run({link}, windowEnvironment(), 60000); }
    static bool handedOver(const AppRun &run)
    {
        return run.finished && run.exitCode == 0 && run.err.contains("already running for profile");
    }

    bool openWindow()
    {
        m_context = std::make_unique<AppContext>(
            ServerEndpoint::fromUserInput(m_server->url().toString()), m_profile->name(), u"0.0.0-test"_s);
        AppContext::setInstance(m_context.get());
        // The profile's running instance, wired as main.cpp wires it.
        m_instance = std::make_unique<SingleInstance>(SingleInstance::serverNameFor(m_profile->name()));
        if (m_instance->start() != SingleInstance::Role::Primary)
            return false;
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->load(QUrl(u"qrc:/com/miraget/desktop/Main.qml"_s));
        m_window = m_engine->rootObjects().isEmpty()
            ? nullptr
            : qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        if (!m_window)
            return false;
        Workspace *workspace = Workspace::of(m_engine.get());
        connect(m_instance.get(), &SingleInstance::linkReceived, workspace->links(), &LinkRouter::open);
        m_window->resize(1400, 900);
        if (!QTest::qWaitForWindowExposed(m_window))
            return false;
        return QTest::qWaitFor(
            [&] {
                return accountOpen(m_acme) && ws()->sync()->state() == SyncStatus::State::Idle
                    && ws()->sync()->lastSyncedAt().isValid();
            },
            kLong);
    }

    void closeWindow()
    {
        m_engine.reset();
        m_window = nullptr;
        m_instance.reset();
        AppContext::setInstance(nullptr);
        m_context.reset();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(AppVersion::applicationName());
        QCoreApplication::setOrganizationName(AppVersion::organizationName());
        QCoreApplication::setOrganizationDomain(AppVersion::organizationDomain());
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(400, 4000));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_profile = std::make_unique<AppProfile>(u"links"_s);
        QString error;
        QVERIFY2(m_profile->login(m_server->url(), u"owner@globex.example"_s, &error), qPrintable(error));
        QVERIFY2(exportLeads(&m_globexLeads, &error), qPrintable(error));
        QVERIFY2(m_profile->login(m_server->url(), u"owner@acme.example"_s, &error), qPrintable(error));
        QVERIFY2(exportLeads(&m_acmeLeads, &error), qPrintable(error));
        m_acme = m_profile->account(); // the last sign-in is the current account
        for (const AccountRegistry::Account &a :
            AccountRegistry(m_profile->path(u"config"_s) + u"/accounts.ini"_s).accounts()) {
            if (a.email == u"owner@globex.example")
                m_globex = a;
        }
        QVERIFY(m_acme.isValid() && m_globex.isValid());
        QVERIFY(m_acme.accountId != m_globex.accountId);
        QVERIFY(MiragetLink::accountKey(m_acme) != MiragetLink::accountKey(m_globex));
        // This process works in the profile's directories, like the executable started on it, and
        // in a session runtime directory of its own (private, as a desktop session's is).
        m_profile->adoptInThisProcess();
        m_runtimeDir = m_profile->root() + u"/runtime"_s;
        QVERIFY(QDir().mkpath(m_runtimeDir));
        QVERIFY(QFile::setPermissions(m_runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir));
        QVERIFY2(openWindow(), "the window did not open Acme's account");
    }

    void init()
    {
        // A binding error or unresolved type in any screen is a bug.
        QTest::failOnWarning(QRegularExpression(u"qrc:/"_s));
    }

    void cleanupTestCase()
    {
        closeWindow();
        // Both accounts' tokens, cache keys and caches go: the keyring is shared by the test session.
        if (m_profile) {
            SecretStore secrets;
            SignedInAccounts accounts(m_profile->name(), secrets);
            for (const AccountRegistry::Account &account : accounts.registry().accounts()) {
                QString error;
                accounts.forget(account, &error);
            }
        }
        m_profile.reset();
        m_server.reset();
    }

    void secondLaunchOpensALead()
    {
        QVERIFY(accountOpen(m_acme));
        const auto leads = leadsOf(m_acme, 10);
        QCOMPARE(leads.size(), 10);
        const auto [leadId, name] = leads.at(7);
        QVERIFY(ws()->leadDetail()->leadId() != leadId);
        QSignalSpy opened(ws()->links(), &LinkRouter::opened);

        const QString link = MiragetLink::lead(MiragetLink::accountKey(m_acme), leadId).toString();
        HAND_OVER(link);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
        QCOMPARE(opened.first().at(0).toString(), link);
        QTRY_VERIFY_WITH_TIMEOUT(item(u"leadDetailPage"_s) && ws()->leadDetail()->found(), 20000);
        QCOMPARE(ws()->leadDetail()->leadId(), leadId);
        QCOMPARE(screen(), u"leads"_s);
        QTRY_COMPARE(item(u"leadName"_s)->property("text").toString(), name);
        QVERIFY(accountOpen(m_acme));
        QVERIFY(shownMessage().isEmpty());
    }

    void secondLaunchShowsALeadListView()
    {
        // The lead page is still open from the last test: the view replaces it with the list.
        QVERIFY(item(u"leadDetailPage"_s));
        LeadFilter filter;
        filter.statuses = {u"new"_s, u"working"_s};
        filter.scoreMin = 20;
        filter.search = u"a"_s;
        const LeadSort sort {LeadSort::Column::Score, false};
        QVERIFY(ws()->leads()->filter() != filter);
        HAND_OVER(MiragetLink::leads(MiragetLink::accountKey(m_acme), filter, sort).toString());
        QTRY_VERIFY_WITH_TIMEOUT(ws()->leads()->filter() == filter, 20000);
        QVERIFY(ws()->leads()->sort() == sort);
        QTRY_VERIFY(!item(u"leadDetailPage"_s));
        QCOMPARE(screen(), u"leads"_s);
        QTRY_VERIFY(item(u"leadsPage"_s));
        // The list shows what the link asked for: matching leads, lowest score first.
        QTRY_VERIFY_WITH_TIMEOUT(
            !ws()->leads()->loading() && ws()->leads()->count() > 1 && ws()->leads()->isLoaded(1), 20000);
        const auto at
            = [&](int row, int role) { return ws()->leads()->data(ws()->leads()->index(row), role); };
        QVERIFY(QStringList({u"new"_s, u"working"_s}).contains(at(0, LeadListModel::StatusRole).toString()));
        QVERIFY(at(0, LeadListModel::ScoreRole).toInt() >= 20);
        QVERIFY(at(0, LeadListModel::ScoreRole).toInt() <= at(1, LeadListModel::ScoreRole).toInt());
    }

    void secondLaunchShowsADashboardRange()
    {
        const QDate to = QDate::currentDate().addDays(-1);
        const QDate from = to.addDays(-9);
        HAND_OVER(MiragetLink::dashboard(MiragetLink::accountKey(m_acme), from, to, 1).toString());
        QTRY_COMPARE_WITH_TIMEOUT(screen(), u"dashboard"_s, 20000);
        QTRY_VERIFY(item(u"dashboardPage"_s));
        DashboardModel *dashboard = ws()->dashboard();
        QCOMPARE(dashboard->range(), u"custom"_s);
        QCOMPARE(dashboard->customFrom(), from);
        QCOMPARE(dashboard->customTo(), to);
        QCOMPARE(dashboard->siteId(), qint64(1));
        // The chart and the tiles are over those days.
        QTRY_COMPARE(dashboard->from().date(), from);
        QCOMPARE(dashboard->to(), to.addDays(1).startOfDay());
    }

    void copiedLinksOpenWhatWasShown()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        QSignalSpy messages(ws()->links(), &LinkRouter::message);

        // The dashboard's days (as the last test left them).
        clipboard->clear();
        QQuickItem *copyDashboard = item(u"copyDashboardLink"_s);
        QVERIFY(copyDashboard);
        QMetaObject::invokeMethod(copyDashboard, "clicked");
        QTRY_VERIFY(!clipboard->text().isEmpty());
        std::optional<MiragetLink> copied = MiragetLink::parse(clipboard->text());
        QVERIFY2(copied, qPrintable(clipboard->text()));
        QCOMPARE(copied->kind, MiragetLink::Kind::Dashboard);
        QCOMPARE(copied->account, MiragetLink::accountKey(m_acme));
        QCOMPARE(copied->from, ws()->dashboard()->customFrom());
        QCOMPARE(copied->to, ws()->dashboard()->customTo());
        QCOMPARE(copied->siteId, qint64(1));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.last().at(0).toBool(), true);
        QTRY_COMPARE(shownMessage(), u"Link copied to the clipboard."_s);

        // A lead, from its page.
        const auto [leadId, name] = leadsOf(m_acme, 3).at(2);
        QMetaObject::invokeMethod(item(u"appShell"_s), "openLead", Q_ARG(QVariant, leadId));
        QTRY_VERIFY_WITH_TIMEOUT(item(u"leadDetailPage"_s) && ws()->leadDetail()->found(), 20000);
        clipboard->clear();
        QMetaObject::invokeMethod(item(u"copyLeadLink"_s), "clicked");
        QTRY_VERIFY(!clipboard->text().isEmpty());
        QCOMPARE(clipboard->text(), MiragetLink::lead(MiragetLink::accountKey(m_acme), leadId).toString());

        // The lead list's view, from the Views menu; then the list changes, and the copied link
        // brings the view back through a second launch.
        QMetaObject::invokeMethod(item(u"leadsPage"_s), "back", Q_ARG(QVariant, false));
        QTRY_VERIFY(!item(u"leadDetailPage"_s) && item(u"exportCsvButton"_s));
        LeadFilter view;
        view.temperatures = {u"hot"_s};
        view.grades = {IcpProfile::Grade::A, IcpProfile::Grade::B};
        view.tags = {u"enterprise"_s};
        view.assigneeId = 0;
        ws()->leads()->setFilter(view);
        ws()->leads()->setSort({LeadSort::Column::Name, false});
        QObject *copyView = findObject(item(u"exportCsvButton"_s)->parentItem(), u"copyViewLink"_s);
        QVERIFY(copyView);
        clipboard->clear();
        QMetaObject::invokeMethod(copyView, "triggered");
        QTRY_VERIFY(!clipboard->text().isEmpty());
        const QString viewLink = clipboard->text();
        copied = MiragetLink::parse(viewLink);
        QVERIFY2(copied, qPrintable(viewLink));
        QVERIFY(copied->filter == view);
        ws()->leads()->clearFilters();
        ws()->leads()->setSort({});
        HAND_OVER(viewLink);
        QTRY_VERIFY_WITH_TIMEOUT(ws()->leads()->filter() == view, 20000);
        QVERIFY((ws()->leads()->sort() == LeadSort {LeadSort::Column::Name, false}));
    }

    void linkForAnotherSignedInAccountSwitchesToIt()
    {
        QVERIFY(accountOpen(m_acme));
        const auto leads = leadsOf(m_globex, 5);
        QVERIFY(leads.size() >= 3);
        const auto [leadId, name] = leads.at(2);
        QSignalSpy switched(ws()->links(), &LinkRouter::switchRequested);
        HAND_OVER(MiragetLink::lead(MiragetLink::accountKey(m_globex), leadId).toString());
        QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 1, 20000);
        QCOMPARE(switched.first().at(0).toString(), m_globex.id());
        // The window's account switcher moved, the workspace opened Globex, then the lead.
        QTRY_VERIFY_WITH_TIMEOUT(accountOpen(m_globex), kLong);
        QCOMPARE(registryCurrent(), m_globex.id());
        QObject *accounts = m_window->findChild<QObject *>(u"accountsModel"_s);
        QVERIFY(accounts);
        QCOMPARE(accounts->property("current").toMap().value(u"email"_s).toString(), m_globex.email);
        QTRY_VERIFY_WITH_TIMEOUT(item(u"leadDetailPage"_s) && ws()->leadDetail()->found(), kLong);
        QCOMPARE(ws()->leadDetail()->leadId(), leadId);
        QTRY_COMPARE(item(u"leadName"_s)->property("text").toString(), name);

        // And back to Acme with a link to a view of Acme's.
        LeadFilter won;
        won.statuses = {u"won"_s};
        HAND_OVER(MiragetLink::leads(MiragetLink::accountKey(m_acme), won, {}).toString());
        QTRY_VERIFY_WITH_TIMEOUT(accountOpen(m_acme), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(ws()->leads()->filter() == won, 20000);
        QCOMPARE(switched.count(), 2);
        QCOMPARE(registryCurrent(), m_acme.id());
        QTRY_VERIFY_WITH_TIMEOUT(ws()->sync()->state() == SyncStatus::State::Idle, kLong);
    }

    void linkForAnAccountNotSignedInChangesNothing()
    {
        QVERIFY(accountOpen(m_acme));
        const State before = state();
        QSignalSpy messages(ws()->links(), &LinkRouter::message);
        QSignalSpy switched(ws()->links(), &LinkRouter::switchRequested);
        QSignalSpy opened(ws()->links(), &LinkRouter::opened);
        const QString notSignedIn = u"This link is for an account that is not signed in here. Sign in to it, "
                                    u"then open the link again."_s;
        // Another account on this server, and Acme's number on another server.
        const QStringList links {
            MiragetLink::lead(MiragetLink::accountKey(m_server->url(), 999), 1).toString(),
            MiragetLink::lead(
                MiragetLink::accountKey(QUrl(u"https://miraget.example.com"_s), m_acme.accountId), 1)
                .toString()};
        for (const QString &link : links) {
            HAND_OVER(link);
            QTRY_COMPARE_WITH_TIMEOUT(messages.count(), links.indexOf(link) + 1, 20000);
            QCOMPARE(messages.last().at(0).toBool(), false);
            QCOMPARE(messages.last().at(1).toString(), notSignedIn);
            QTRY_COMPARE(shownMessage(), notSignedIn);
        }
        QTest::qWait(1000); // nothing follows later either
        QVERIFY(!ws()->links()->pending());
        QCOMPARE(switched.count(), 0);
        QCOMPARE(opened.count(), 0);
        QVERIFY2(state() == before, qPrintable(describe(state()) + u"\nwas\n"_s + describe(before)));
    }

    void hostileLinksChangeNothing()
    {
        QVERIFY(accountOpen(m_acme));
        const State before = state();
        QSignalSpy messages(ws()->links(), &LinkRouter::message);
        QSignalSpy switched(ws()->links(), &LinkRouter::switchRequested);
        QSignalSpy opened(ws()->links(), &LinkRouter::opened);
        const QString acme = u"miraget://"_s + MiragetLink::accountKey(m_acme);
        const QString globex = u"miraget://"_s + MiragetLink::accountKey(m_globex);
        // Each aimed at a signed-in account (Globex: a refusal must not switch either).
        const QStringList hostile {
            acme + u"/lead/../../../../etc/passwd"_s,
            acme + u"/lead/%2e%2e%2f1"_s,
            globex + u"/lead/0"_s,
            globex + u"/lead/1?then=javascript%3Aalert(1)"_s,
            acme + u"/leads?status=new&status=new"_s,
            acme + u"/leads?sort=score%3B%20DROP%20TABLE%20leads"_s,
            acme + u"/leads?search=%C0%AE%C0%AE"_s,
            acme + u"/leads?search=a%0Ab"_s,
            acme + u"/leads?search=\tb"_s,
            acme + u"/leads?status=open"_s,
            globex + u"/dashboard?from=2024-02-30&to=2024-03-01"_s,
            acme + u"/settings?server=https%3A%2F%2Fevil.example"_s,
            acme + u"/lead/1#"_s + QString(3000, u'A'),
            u"miraget://evil.example/lead/1"_s,
            u"MIRAGET:javascript:alert(document.cookie)"_s,
        };
        for (const QString &link : hostile) {
            QString reason;
            QVERIFY2(!MiragetLink::parse(link, &reason), qPrintable(link));
            const qsizetype heard = messages.count();
            HAND_OVER(link);
            QTRY_VERIFY2_WITH_TIMEOUT(messages.count() == heard + 1, qPrintable(link), 20000);
            QCOMPARE(messages.last().at(0).toBool(), false);
            QCOMPARE(messages.last().at(1).toString(), reason);
            QTRY_COMPARE(shownMessage(), reason);
        }
        // Not a miraget: link at all: the command line refuses it, and the window hears nothing.
        for (const QString &other : {u"javascript:alert(1)"_s, u"https://evil.example/lead/1"_s}) {
            const AppRun run = secondLaunch(other);
            QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
            QVERIFY2(run.err.contains("Unexpected argument"), qPrintable(run.describe()));
        }
        QTest::qWait(1000);
        QCOMPARE(messages.count(), hostile.size());
        QVERIFY(!ws()->links()->pending());
        QCOMPARE(switched.count(), 0);
        QCOMPARE(opened.count(), 0);
        QVERIFY2(state() == before, qPrintable(describe(state()) + u"\nwas\n"_s + describe(before)));
    }

    void firstLaunchOpensTheLinkOnceReady()
    {
        // The window here closes, so the next launch is the profile's first: the real executable,
        // started with a link to a lead of Globex while Acme is the current account and the window
        // was last on the dashboard.
        closeWindow();
        QCOMPARE(registryCurrent(), m_acme.id());
        QSettings(m_profile->path(u"config"_s) + u"/ui.ini"_s, QSettings::IniFormat)
            .setValue(u"lastScreen"_s, u"dashboard"_s);
        const qint64 leadId = leadsOf(m_globex, 2).at(1).first;
        const QString link = MiragetLink::lead(MiragetLink::accountKey(m_globex), leadId).toString();
        std::unique_ptr<QProcess> app = m_profile->start({link}, windowEnvironment());
        QVERIFY(app);
        QByteArray log;
        connect(
            app.get(), &QProcess::readyReadStandardError, this, [&] { log += app->readAllStandardError(); });
        const QByteArray opening = "link: opening a lead link " + QByteArray::number(leadId);
        const bool opened = QTest::qWaitFor(
            [&] {
                return app->state() != QProcess::Running
                    || (log.contains(opening) && log.contains("screen leads shown"));
            },
            kLong);
        const bool running = app->state() == QProcess::Running;
        app->terminate();
        if (!app->waitForFinished(10000)) {
            app->kill();
            app->waitForFinished(5000);
        }
        log += app->readAllStandardError();
        QVERIFY2(opened && running, log.constData());
        // In order: the window showed, the link waited for the switch to Globex, then opened there.
        QVERIFY2(log.indexOf("screen dashboard shown") >= 0, log.constData());
        QVERIFY2(log.indexOf("link: switching to the account it is for") >= 0, log.constData());
        QVERIFY2(log.indexOf("link: switching") < log.indexOf(opening), log.constData());
        QVERIFY2(log.indexOf(opening) < log.lastIndexOf("screen leads shown"), log.constData());
        QVERIFY2(!log.contains("link refused"), log.constData());
        QVERIFY2(!log.contains("qrc:/"), log.constData());
        QCOMPARE(registryCurrent(), m_globex.id());
    }
};

QTEST_MAIN(TestLinks)
#include "tst_links.moc"
