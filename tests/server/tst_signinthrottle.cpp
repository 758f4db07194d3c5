// Password guessing against a real miraget-server, from several loopback addresses (127.0.0.0/8
// all reach 127.0.0.1, so each test plays its own client): guesses are counted across sign-ins
// and slowed down per account and per address, the real user's browser (its device cookie) is not
// locked out by an attacker, the password check does not hold the server's thread, hashes have
// today's cost and older ones are upgraded, and what a sign-in keeps of the request is bounded.
#include "oauthbrowser.h"
#include "serverprocess.h"

#include <QPasswordDigestor>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {

struct Answer
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

Answer parse(const QByteArray &raw)
{
    Answer a;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = raw.left(end).split('\n');
    a.status = lines.value(0).mid(9, 3).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        a.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    a.body = end < 0 ? QByteArray() : raw.mid(end + 4);
    return a;
}

// A client at its own address, with the cookies it was given.
class Client
{
public:
    Client(const QUrl &server, const QString &address)
        : m_server(server)
        , m_address(address)
    { }

    Answer send(const QByteArray &method, const QByteArray &target, const QByteArray &body = {})
    {
        QTcpSocket socket;
        socket.bind(QHostAddress(m_address));
        socket.connectToHost(QHostAddress(m_server.host()), quint16(m_server.port()));
        if (!socket.waitForConnected(5000))
            return {};
        QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
        if (!m_cookie.isEmpty())
            request += "Cookie: " + m_cookie + "\r\n";
        if (!body.isEmpty())
            request += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n";
        socket.write(request + "\r\n" + body);
        QByteArray raw;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            raw += socket.readAll();
        raw += socket.readAll();
        const Answer answer = parse(raw);
        const QByteArray setCookie = answer.headers.value("set-cookie");
        if (!setCookie.isEmpty())
            m_cookie = setCookie.split(';').constFirst();
        return answer;
    }

    QString beginSignIn()
    {
        const OAuthBrowser::Pkce pkce = OAuthBrowser::makePkce();
        const QUrl url = OAuthBrowser(m_server).authorizeUrl(pkce.challenge, QStringLiteral("s"));
        return OAuthBrowser::requestIdIn(
            send("GET", url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)).body);
    }

    Answer tryPassword(const QString &email, const QString &password, const QString &requestId = {})
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("request_id"), requestId.isEmpty() ? beginSignIn() : requestId);
        form.addQueryItem(QStringLiteral("email"), email);
        form.addQueryItem(QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(password)));
        return send("POST", "/oauth/login", form.toString(QUrl::FullyEncoded).toLatin1());
    }

    QByteArray cookie() const { return m_cookie; }

private:
    QUrl m_server;
    QString m_address;
    QByteArray m_cookie;
};

bool isConsent(const Answer &a)
{
    return a.status == 200 && a.body.contains("name=\"decision\"");
}

} // namespace

class TestSignInThrottle : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    QUrl url() const { return m_server->url(); }
    const QString m_right = OAuthBrowser::kPassword;

    QSqlDatabase serverDb() { return m_server->database(QStringLiteral("throttle-db")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(10, 50));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    }
    void cleanupTestCase() { QSqlDatabase::removeDatabase(QStringLiteral("throttle-db")); }

    void guessesAreCountedAcrossSignIns()
    {
        // Each guess on a fresh sign-in (the count used to start again at every GET /oauth/authorize).
        Client attacker(url(), QStringLiteral("127.0.0.3"));
        const QString victim = QStringLiteral("sales@acme.example");
        for (int i = 0; i < 6; ++i) {
            const Answer a = attacker.tryPassword(victim, QStringLiteral("guess-%1").arg(i));
            QCOMPARE(a.status, 200);
            QVERIFY(a.body.contains("Wrong email or password"));
        }
        // Closed now, for the right password too: it is not even checked.
        const Answer closed = attacker.tryPassword(victim, m_right);
        QCOMPARE(closed.status, 429);
        QVERIFY(!isConsent(closed));
        const int wait = closed.headers.value("retry-after").toInt();
        QVERIFY(wait >= 1);
        QTest::qWait(wait * 1000 + 200);
        QVERIFY(isConsent(attacker.tryPassword(victim, m_right)));
    }

    void theRealUserIsNotLockedOut()
    {
        const QString victim = QStringLiteral("billing@acme.example");
        Client user(url(), QStringLiteral("127.0.0.4"));
        QVERIFY(isConsent(user.tryPassword(victim, m_right)));
        QVERIFY2(user.cookie().startsWith("mg_device="), user.cookie().constData());
        Client attacker(url(), QStringLiteral("127.0.0.5"));
        for (int i = 0; i < 9; ++i)
            attacker.tryPassword(victim, QStringLiteral("guess-%1").arg(i));
        QCOMPARE(attacker.tryPassword(victim, m_right).status, 429);
        // Another browser of the user's, never signed in before: held by the account's count.
        Client newBrowser(url(), QStringLiteral("127.0.0.6"));
        QCOMPARE(newBrowser.tryPassword(victim, m_right).status, 429);
        // The browser the user signed in with before: not.
        QVERIFY(isConsent(user.tryPassword(victim, m_right)));
    }

    void oneAddressGuessingManyAccountsIsSlowedDown()
    {
        Client attacker(url(), QStringLiteral("127.0.0.7"));
        for (int i = 0; i < 21; ++i) {
            const Answer a
                = attacker.tryPassword(QStringLiteral("nobody%1@acme.example").arg(i), QStringLiteral("x"));
            QCOMPARE(a.status, 200);
        }
        QCOMPARE(
            attacker.tryPassword(QStringLiteral("someone@acme.example"), QStringLiteral("x")).status, 429);
        // Everyone else may sign in.
        Client other(url(), QStringLiteral("127.0.0.8"));
        QVERIFY(isConsent(other.tryPassword(QStringLiteral("viewer@acme.example"), m_right)));
    }

    void thePasswordCheckDoesNotHoldTheServer()
    {
        // A sign-in (600,000 rounds of PBKDF2) and a plain request sent right after it: the plain
        // one is answered first, so the check ran beside the server's thread, not on it.
        Client client(url(), QStringLiteral("127.0.0.9"));
        const QString requestId = client.beginSignIn();
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("request_id"), requestId);
        form.addQueryItem(QStringLiteral("email"), QStringLiteral("admin@acme.example"));
        form.addQueryItem(QStringLiteral("password"), m_right);
        const QByteArray body = form.toString(QUrl::FullyEncoded).toLatin1();
        QTcpSocket login, plain;
        for (QTcpSocket *s : {&login, &plain}) {
            s->connectToHost(QHostAddress::LocalHost, quint16(url().port()));
            QVERIFY(s->waitForConnected(5000));
        }
        QStringList order;
        connect(&login, &QTcpSocket::readyRead, this, [&] {
            order.append(QStringLiteral("login"));
            login.readAll();
        });
        connect(&plain, &QTcpSocket::readyRead, this, [&] {
            order.append(QStringLiteral("plain"));
            plain.readAll();
        });
        login.write(
            "POST /oauth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        login.flush();
        QTest::qWait(10); // the login is read first
        plain.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            order.contains(QStringLiteral("login")) && order.contains(QStringLiteral("plain")), 10000);
        QCOMPARE(order.constFirst(), QStringLiteral("plain"));
    }

    void hashesHaveTodaysCostAndOldOnesAreUpgraded()
    {
        QSqlDatabase db = serverDb();
        QSqlQuery cost(db);
        QVERIFY(cost.exec(
            QStringLiteral("SELECT min(password_iterations), max(password_iterations) FROM users")));
        QVERIFY(cost.next());
        QCOMPARE(cost.value(0).toInt(), 600000);
        QCOMPARE(cost.value(1).toInt(), 600000);
        cost.finish();
        // A hash from before (20,000 rounds, as the server made them until now) still signs in,
        // and is made again at today's cost.
        const QByteArray salt("0123456789abcdef");
        const QByteArray old = QPasswordDigestor::deriveKeyPbkdf2(
            QCryptographicHash::Sha256, m_right.toUtf8(), salt, 20000, 32);
        QSqlQuery set(db);
        QVERIFY(set.prepare(QStringLiteral(
            "UPDATE users SET password_salt = ?, password_hash = ?, password_iterations = 20000"
            " WHERE email = 'sales2@acme.example'")));
        set.addBindValue(salt);
        set.addBindValue(old);
        QVERIFY2(set.exec(), qPrintable(set.lastError().text()));
        Client client(url(), QStringLiteral("127.0.0.10"));
        QVERIFY(isConsent(client.tryPassword(QStringLiteral("sales2@acme.example"), m_right)));
        QSqlQuery now(db);
        QVERIFY(now.exec(QStringLiteral("SELECT password_iterations, password_hash FROM users"
                                        " WHERE email = 'sales2@acme.example'")));
        QVERIFY(now.next());
        QCOMPARE(now.value(0).toInt(), 600000);
        QVERIFY(now.value(1).toByteArray() != old);
    }

    void whatASignInKeepsIsBounded()
    {
        Client client(url(), QStringLiteral("127.0.0.11"));
        const OAuthBrowser::Pkce pkce = OAuthBrowser::makePkce();
        // A 50 KB state is refused, not kept for ten minutes.
        const QUrl big = OAuthBrowser(url()).authorizeUrl(pkce.challenge, QString(50000, u's'));
        QCOMPARE(client.send("GET", big.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)).status, 431);
        const QUrl longState = OAuthBrowser(url()).authorizeUrl(pkce.challenge, QString(2000, u's'));
        const Answer refused
            = client.send("GET", longState.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
        QCOMPARE(refused.status, 400);
        QVERIFY(OAuthBrowser::requestIdIn(refused.body).isEmpty());
        // Sign-ins begun and never finished: the oldest makes room for new ones.
        const QString first = client.beginSignIn();
        QVERIFY(!first.isEmpty());
        OAuthBrowser browser(url());
        const QUrl authorize = browser.authorizeUrl(pkce.challenge, QStringLiteral("s"));
        for (int i = 0; i < 2000; ++i)
            QCOMPARE(browser.open(authorize).status, 200);
        const Answer expired = client.tryPassword(QStringLiteral("owner@acme.example"), m_right, first);
        QCOMPARE(expired.status, 400);
        QVERIFY(expired.body.contains("expired"));
    }
};

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"
