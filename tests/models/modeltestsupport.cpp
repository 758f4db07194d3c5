#include "modeltestsupport.h"

#include "../signin/inprocesssignin.h"
#include "account/accountruntime.h"
#include "api/networkclient.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "core/accountregistry.h"
#include "serverprocess.h"
#include "storage/databasethread.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/accountsync.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace modeltest {

QString keychainProblem()
{
    SecretStore store;
    const QString probe = SecretStore::keyFor(QStringLiteral("models-probe"),
        QUrl(QStringLiteral("http://127.0.0.1")), QUuid::createUuid().toString(QUuid::Id128));
    const SecretStore::Result written = store.writeAndWait(probe, "probe");
    store.removeAndWait(probe);
    return written.ok() ? QString() : written.error;
}

// --- TestServer --------------------------------------------------------------------------------

TestServer::TestServer(QStringList arguments)
    : m_arguments(std::move(arguments))
{ }

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start(QString *error)
{
    stop();
    if (!m_data.isValid()) {
        *error = QStringLiteral("no temporary directory for the server");
        return false;
    }
    m_process = std::make_unique<ServerProcess>(m_arguments
        + QStringList {QStringLiteral("--data"), m_data.path(), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:%1").arg(m_port)});
    if (!m_process->start()) {
        *error = m_process->errorText();
        return false;
    }
    if (m_port != 0 && m_process->url().port() != m_port) {
        *error = QStringLiteral("the server came back on another port");
        return false;
    }
    m_port = m_process->url().port();
    m_url = m_process->url();
    return true;
}

void TestServer::stop()
{
    if (m_process)
        m_process->stop();
    m_process.reset();
}

bool TestServer::isRunning() const
{
    return m_process != nullptr;
}

QString TestServer::databasePath() const
{
    return m_data.filePath(QStringLiteral("miraget-server.sqlite"));
}

// --- SignedInAccount ---------------------------------------------------------------------------

SignedInAccount::SignedInAccount()
    : m_network(std::make_unique<NetworkClient>())
    , m_secrets(std::make_unique<SecretStore>())
    , m_key(SqlDatabase::generateKey())
{ }

SignedInAccount::~SignedInAccount()
{
    // The truth connection and the workspace (which drains its threads) before the session they use;
    // the keyring is shared by every test of the session: leave no tokens behind.
    m_truth.reset();
    m_runtime.reset();
    m_session.reset();
    if (!m_secretKey.isEmpty())
        m_secrets->removeAndWait(m_secretKey);
}

QString SignedInAccount::cachePath() const
{
    return m_dir.filePath(QStringLiteral("cache.db"));
}

bool SignedInAccount::open(const QUrl &server, const QString &email, QString *error)
{
    m_server = server;
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory for the cache");
        return false;
    }
    const InProcessSignIn signedIn
        = InProcessSignIn::run(*m_network, server, {{QStringLiteral("MIRAGET_TEST_EMAIL"), email}});
    if (!signedIn.ok()) {
        *error = QStringLiteral("sign-in as %1 failed: %2").arg(email, signedIn.error);
        return false;
    }
    m_identity = signedIn.identity;
    m_userId = m_identity.value(QStringLiteral("id")).toInteger();
    m_secretKey = SecretStore::keyFor(QStringLiteral("models-") + QUuid::createUuid().toString(QUuid::Id128),
        server, QStringLiteral("tokens/%1").arg(m_userId));
    const SecretStore::Result stored = m_secrets->writeAndWait(m_secretKey, signedIn.tokens.serialise());
    if (!stored.ok()) {
        *error = QStringLiteral("keychain: ") + stored.error;
        return false;
    }
    m_session
        = std::make_shared<Session>(*m_network, *m_secrets, signedIn.metadata, signedIn.tokens, m_secretKey);
    if (!startRuntime(error))
        return false;
    if (!QTest::qWaitFor([this] { return m_runs > 0; }, kLong)) {
        *error = QStringLiteral("the first sync run did not finish");
        return false;
    }
    if (!m_lastRunOk) {
        *error = QStringLiteral("the first sync run failed");
        return false;
    }
    m_truth = SqlDatabase::open(cachePath(), m_key, SqlDatabase::Mode::ReadOnly, error);
    return m_truth != nullptr;
}

bool SignedInAccount::startRuntime(QString *error)
{
    m_runtime = std::make_unique<AccountRuntime>(
        m_session, AccountRegistry::Account::fromIdentity(m_server, m_identity));
    if (!m_runtime->open(cachePath(), m_key, error))
        return false;
    // Tests take the server away and bring it back: find it again quickly.
    m_runtime->sync().engine().setBackoff(50, 500);
    m_runtime->outbox().setBackoff(100, 1000);
    QObject::connect(&m_runtime->sync().engine(), &SyncEngine::runFinished, m_runtime.get(),
        [this](const SyncSummary &summary) {
            ++m_runs;
            m_lastRunOk = summary.ok;
        });
    m_runtime->start(0);
    return true;
}

bool SignedInAccount::reopen(QString *error)
{
    m_runtime.reset();
    return startRuntime(error);
}

std::unique_ptr<HttpClient> SignedInAccount::http()
{
    auto client = std::make_unique<HttpClient>(m_server);
    client->setBearer(m_session->tokens().accessToken);
    return client;
}

bool SignedInAccount::syncOnce()
{
    const int before = m_runs;
    m_runtime->sync().engine().syncNow();
    return QTest::qWaitFor([&] { return m_runs > before; }, kLong) && m_lastRunOk;
}

bool SignedInAccount::drained(int timeoutMs)
{
    // An edit is in the cache as soon as the writer has run it, but the outbox counts it (and
    // starts sending it) only when the writer's answer is back on this thread. A test that saw the
    // edit in the cache could find the outbox idle with nothing counted yet and go on before the
    // edit was sent: wait for the writer, then deliver its answers, then for the queue to empty.
    m_runtime->writer().waitForIdle();
    QCoreApplication::sendPostedEvents();
    Outbox &outbox = m_runtime->outbox();
    return QTest::qWaitFor(
        [&] { return outbox.state() == Outbox::State::Idle && outbox.pendingCount() == 0; }, timeoutMs);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the loop even when nothing else happens
    tick.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

// --- SQL -----------------------------------------------------------------------------------------

QList<QVariantList> rows(SqlDatabase &db, int columns, const QString &sql, const QVariantList &binds)
{
    QList<QVariantList> out;
    SqlStatement select(db, sql);
    if (!select.isValid()) {
        qWarning().noquote() << "truth query failed:" << select.error() << "in" << sql;
        return {};
    }
    for (qsizetype i = 0; i < binds.size(); ++i)
        select.bind(int(i) + 1, binds.at(i));
    for (;;) {
        const SqlStatement::Step step = select.step();
        if (step == SqlStatement::Step::Done)
            return out;
        if (step == SqlStatement::Step::Error) {
            qWarning().noquote() << "truth query failed:" << select.error() << "in" << sql;
            return {};
        }
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row.append(select.value(c));
        out.append(row);
    }
}

QList<qint64> ids(SqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QList<qint64> out;
    for (const QVariantList &row : rows(db, 1, sql, binds))
        out.append(row.at(0).toLongLong());
    return out;
}

qint64 scalar(SqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    const QList<QVariantList> found = rows(db, 1, sql, binds);
    return found.isEmpty() ? 0 : found.first().at(0).toLongLong();
}

QString text(SqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    const QList<QVariantList> found = rows(db, 1, sql, binds);
    return found.isEmpty() ? QString() : found.first().at(0).toString();
}

std::unique_ptr<TestServer> startServer(const QStringList &arguments, QString *error)
{
    auto server = std::make_unique<TestServer>(arguments);
    if (!server->start(error))
        return nullptr;
    return server;
}

std::unique_ptr<SignedInAccount> signIn(const TestServer &server, const QString &email, QString *error)
{
    auto account = std::make_unique<SignedInAccount>();
    if (!account->open(server.url(), email, error))
        return nullptr;
    return account;
}

} // namespace modeltest
