// A server anyone can reach, tried as an attacker would over raw TCP against a real miraget-server
// with short limits: requests that never finish, idle connections, huge heads and bodies, many
// connections from one address or from many, pipelined requests, Connection: close, and a server
// out of file descriptors. Each time, an ordinary request must still be answered.
#include "httpclient.h"
#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr int kDeadlineMs = 800;
constexpr int kIdleMs = 800;

// A raw connection, optionally from another loopback address (127.0.0.0/8 all reach 127.0.0.1).
std::unique_ptr<QTcpSocket> connectTo(const QUrl &server, const QString &from = {})
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!from.isEmpty())
        socket->bind(QHostAddress(from));
    socket->connectToHost(QHostAddress(server.host()), quint16(server.port()));
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

// Everything the server sends until it closes the connection or `ms` pass.
QByteArray readUntilClosed(QTcpSocket &socket, int ms)
{
    QByteArray all;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < ms) {
        socket.waitForReadyRead(50);
        all += socket.readAll();
    }
    all += socket.readAll();
    return all;
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

// CPU seconds the process has used (utime + stime, from /proc).
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

// The lowest descriptor number the process has free: the kernel hands out the lowest free number
// and fails with EMFILE when that is at or above the open-files limit. (Counting the open ones is
// not the same: a descriptor inherited with a high number, 251 from some shells, leaves a gap
// below the count, and accept() then succeeds.)
int firstFreeDescriptor(qint64 pid)
{
    QSet<int> open;
    for (const QString &name :
        QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::System))
        open.insert(name.toInt());
    int free = 0;
    while (open.contains(free))
        ++free;
    return free;
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;

    QUrl url() const { return m_server->url(); }
    bool ordinaryRequestIsAnswered()
    {
        HttpClient http(url());
        return http.get(QStringLiteral("/")).status == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(10, 50)
            + QStringList {QStringLiteral("--request-deadline-ms"), QString::number(kDeadlineMs),
                QStringLiteral("--idle-timeout-ms"), QString::number(kIdleMs),
                QStringLiteral("--max-connections"), QStringLiteral("24"),
                QStringLiteral("--max-connections-per-peer"), QStringLiteral("6")});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    }

    void aRequestThatNeverEndsIsCutOff()
    {
        // Half a request line, then silence (the probe found one still open after 52 s).
        auto socket = connectTo(url());
        QVERIFY(socket);
        socket->write("GET / HT");
        QElapsedTimer timer;
        timer.start();
        const QByteArray answer = readUntilClosed(*socket, 10 * kDeadlineMs);
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(statusOf(answer), 408);
        QVERIFY(answer.contains("Connection: close"));
        QVERIFY(ordinaryRequestIsAnswered());
    }

    void aSlowTrickleDoesNotKeepItAlive()
    {
        // One byte now and then: each arrives in time, the whole request does not.
        auto socket = connectTo(url());
        QVERIFY(socket);
        const QByteArray request = get("/", "X-Padding: " + QByteArray(200, 'x') + "\r\n");
        for (qsizetype i = 0; i < request.size() && socket->state() == QAbstractSocket::ConnectedState; ++i) {
            socket->write(request.mid(i, 1));
            socket->waitForBytesWritten(100);
            QTest::qWait(20);
        }
        const QByteArray answer = readUntilClosed(*socket, 2 * kDeadlineMs);
        QCOMPARE(statusOf(answer), 408);
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    }

    void anIdleConnectionIsClosed()
    {
        auto silent = connectTo(url());
        QVERIFY(silent);
        QCOMPARE(readUntilClosed(*silent, 10 * kIdleMs), QByteArray());
        QCOMPARE(silent->state(), QAbstractSocket::UnconnectedState);
        // Kept alive after an answer, then idle: closed too.
        auto kept = connectTo(url());
        QVERIFY(kept);
        kept->write(get("/"));
        QVERIFY(kept->waitForReadyRead(5000));
        QCOMPARE(statusOf(kept->readAll()), 200);
        kept->write(get("/"));
        QVERIFY(kept->waitForReadyRead(5000));
        QCOMPARE(statusOf(kept->readAll()), 200); // the same connection, a second request
        readUntilClosed(*kept, 10 * kIdleMs);
        QCOMPARE(kept->state(), QAbstractSocket::UnconnectedState);
    }

    void connectionCloseIsHonoured()
    {
        auto socket = connectTo(url());
        QVERIFY(socket);
        socket->write(get("/", "Connection: close\r\n"));
        const QByteArray answer = readUntilClosed(*socket, kIdleMs / 2);
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(answer.contains("Connection: close"));
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState); // long before the idle limit
        // HTTP/1.0 closes unless asked to keep alive.
        auto old = connectTo(url());
        QVERIFY(old);
        old->write("GET / HTTP/1.0\r\n\r\n");
        QCOMPARE(statusOf(readUntilClosed(*old, kIdleMs / 2)), 200);
        QCOMPARE(old->state(), QAbstractSocket::UnconnectedState);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        // The second of two pipelined requests used to be dropped silently.
        auto socket = connectTo(url());
        QVERIFY(socket);
        socket->write(get("/") + get("/.well-known/oauth-authorization-server") + get("/v1/me")
            + get("/nowhere", "Connection: close\r\n"));
        const QByteArray answers = readUntilClosed(*socket, 5000);
        QList<int> statuses;
        for (qsizetype at = answers.indexOf("HTTP/1.1 "); at >= 0; at = answers.indexOf("HTTP/1.1 ", at + 1))
            statuses.append(answers.mid(at + 9, 3).toInt());
        QCOMPARE(statuses, (QList<int> {200, 200, 401, 404}));
        QVERIFY(answers.indexOf("\"api\"") < answers.indexOf("authorization_endpoint"));
    }

    void oversizedRequestsAreRefusedBeforeTheyAreRead_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("10 MiB header")
            << get("/", "X-Big: " + QByteArray(10 * 1024 * 1024, 'a') + "\r\n") << 431;
        QTest::newRow("1 GiB body declared") << QByteArray(
            "POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 1073741824\r\n\r\ngrant_type=")
                                             << 413;
        QTest::newRow("chunked body")
            << QByteArray("POST /oauth/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
            << 501;
        QTest::newRow("two lengths") << QByteArray(
            "POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                     << 400;
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  folded\r\n\r\n") << 400;
        QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 text") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("unknown method") << QByteArray("BREW / HTTP/1.1\r\nHost: x\r\n\r\n") << 501;
        QTest::newRow("absolute target")
            << QByteArray("GET http://evil.example/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    }
    void oversizedRequestsAreRefusedBeforeTheyAreRead()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        auto socket = connectTo(url());
        QVERIFY(socket);
        socket->write(request);
        const QByteArray answer = readUntilClosed(*socket, 5000);
        QCOMPARE(statusOf(answer), status);
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        QVERIFY(ordinaryRequestIsAnswered());
    }

    void oneAddressCannotTakeEveryConnection()
    {
        // From 127.0.0.2: six connections at most; the seventh is turned away, others are served.
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 6; ++i) {
            held.push_back(connectTo(url(), QStringLiteral("127.0.0.2")));
            QVERIFY(held.back());
        }
        QTest::qWait(100);
        auto seventh = connectTo(url(), QStringLiteral("127.0.0.2"));
        QVERIFY(seventh);
        QCOMPARE(statusOf(readUntilClosed(*seventh, 3000)), 503);
        QVERIFY(ordinaryRequestIsAnswered());
    }

    void aFullServerMakesRoomForANewClient()
    {
        // Idle connections from many addresses fill every slot (24) of a server that would keep
        // them a minute; the next client still gets in: the idlest connection is closed for it.
        ServerProcess full(ServerProcess::seed(10, 50)
            + QStringList {QStringLiteral("--idle-timeout-ms"), QStringLiteral("60000"),
                QStringLiteral("--max-connections"), QStringLiteral("24")});
        QVERIFY2(full.start(), qPrintable(full.errorText()));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 40; ++i) {
            held.push_back(connectTo(full.url(), QStringLiteral("127.0.1.%1").arg(1 + i / 4)));
            QVERIFY(held.back());
        }
        QTest::qWait(200);
        HttpClient http(full.url());
        QCOMPARE(http.get(QStringLiteral("/")).status, 200);
        int closed = 0;
        for (const auto &socket : held) {
            socket->waitForReadyRead(0);
            closed += socket->state() != QAbstractSocket::ConnectedState ? 1 : 0;
        }
        QVERIFY2(closed >= 17, qPrintable(QString::number(closed))); // 40 - 24 + 1, at least
    }

    void outOfFileDescriptorsTheServerWaitsInsteadOfSpinning()
    {
        // The server's open-files limit lowered under what it has open: every accept() fails
        // (EMFILE). It must not spin on the listening socket (it did, at 100 % CPU), and once the
        // limit is back, a client that waited meanwhile is answered.
#if defined(__SANITIZE_ADDRESS__)
        // UBSan checks an object's type on a type's first virtual call by probing memory
        // through a pipe (two descriptors). Starved of descriptors the probe fails and UBSan
        // reports a bad type and aborts the server (httplistener.cpp, QSocketNotifier::setEnabled),
        // and that report cannot be suppressed. The release build runs this check.
        QSKIP("UBSan's type check needs free descriptors; checked in the release build");
#endif
        const qint64 pid = m_server->pid();
        rlimit before {};
        QCOMPARE(prlimit(pid_t(pid), RLIMIT_NOFILE, nullptr, &before), 0);
        const rlimit squeezed {rlim_t(firstFreeDescriptor(pid)), before.rlim_max};
        QCOMPARE(prlimit(pid_t(pid), RLIMIT_NOFILE, &squeezed, nullptr), 0);
        auto waiting = connectTo(url()); // the kernel completes the handshake; the server cannot accept
        QVERIFY(waiting);
        waiting->write(get("/", "Connection: close\r\n"));
        const double cpuBefore = cpuSeconds(pid);
        QTest::qWait(2000);
        const double cpuUsed = cpuSeconds(pid) - cpuBefore;
        QCOMPARE(prlimit(pid_t(pid), RLIMIT_NOFILE, &before, nullptr), 0);
        QVERIFY2(cpuUsed < 0.5, qPrintable(QStringLiteral("%1 CPU seconds in 2 s").arg(cpuUsed)));
        QCOMPARE(statusOf(readUntilClosed(*waiting, 5000)), 200);
        QVERIFY(ordinaryRequestIsAnswered());
    }
};

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
