#include "core/miragetlink.h"
#include "core/singleinstance.h"

#include <QFileInfo>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#endif

using namespace Qt::StringLiterals;

namespace {

// A second launch, as a second process would run it: on its own thread, so this thread's event
// loop can serve the first instance while the second waits for the answer.
SingleInstance::Role startOnAnotherThread(const QString &name, const QString &link = {})
{
    SingleInstance::Role role = SingleInstance::Role::Unavailable;
    std::unique_ptr<QThread> thread(QThread::create([&] { role = SingleInstance(name).start(link); }));
    thread->start();
    if (!QTest::qWaitFor([&] { return thread->isFinished(); }, 10000))
        qFatal("the second launch did not finish");
    return role;
}

} // namespace

// SingleInstance over real local sockets: a first launch listens, a second one hands over and
// reaches the first one's activated(), and a socket left by a crash does not block the next start.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secondLaunchActivatesTheFirst();
    void secondLaunchHandsOverItsLink();
    void strangersAreHungUpOn();
    void firstBecomesPrimaryAgainAfterTheOtherEnds();
    void replacesSocketLeftByCrash();
    void socketIsPrivateToTheUser();
    void namesArePerProfile();

private:
    QString uniqueName() const
    {
        return m_dir->filePath(QUuid::createUuid().toString(QUuid::Id128).left(12));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::init()
{
    // An unconfirmed hand-over or a failed listen is logged as a warning: here that is a failure.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSingleInstance::secondLaunchActivatesTheFirst()
{
    const QString name = uniqueName();
    SingleInstance first(name);
    QSignalSpy activated(&first, &SingleInstance::activated);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    QCOMPARE(activated.count(), 0);

    QCOMPARE(startOnAnotherThread(name), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(startOnAnotherThread(name), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activated.count(), 2);
}

void TestSingleInstance::secondLaunchHandsOverItsLink()
{
    const QString name = uniqueName();
    SingleInstance first(name);
    QSignalSpy activated(&first, &SingleInstance::activated);
    QSignalSpy links(&first, &SingleInstance::linkReceived);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);

    // Handed over as given, whatever it holds: the running window's LinkRouter judges it.
    const QStringList given {u"miraget://0123456789abcdef0123/lead/42"_s,
        u"miraget://x/leads?search=Söhne & \"quotes\"\nnext line\u202E"_s, u"javascript:alert(1)"_s};
    for (const QString &link : given) {
        QCOMPARE(startOnAnotherThread(name, link), SingleInstance::Role::Secondary);
        QTRY_COMPARE(links.count(), activated.count());
        QCOMPARE(links.constLast().at(0).toString(), link);
    }
    QCOMPARE(activated.count(), given.size());
    // Without one, only the window.
    QCOMPARE(startOnAnotherThread(name), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activated.count(), given.size() + 1);
    QCOMPARE(links.count(), given.size());
    // An overlong link arrives cut one character past the limit: still too long for the parser.
    const QString overlong = u"miraget://"_s + QString(100000, u'a');
    QCOMPARE(startOnAnotherThread(name, overlong), SingleInstance::Role::Secondary);
    QTRY_COMPARE(links.count(), given.size() + 1);
    const QString arrived = links.constLast().at(0).toString();
    QCOMPARE(arrived, overlong.left(MiragetLink::kMaxLength + 1));
    QString why;
    QVERIFY(!MiragetLink::parse(arrived, &why));
    QVERIFY2(why.contains(u"too long"_s), qPrintable(why));
}

void TestSingleInstance::strangersAreHungUpOn()
{
    // Whoever else connects (the socket is the user's own, but any of their programs may) and says
    // something else is disconnected without an answer, and nothing reaches the window.
    const QString name = uniqueName();
    SingleInstance first(name);
    QSignalSpy activated(&first, &SingleInstance::activated);
    QSignalSpy links(&first, &SingleInstance::linkReceived);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    const QList<QByteArray> messages {"open not*base64!\n", "open \n" + QByteArray(20000, 'A') + "\n",
        "open " + QByteArray(20000, 'A') + "\n", "activate now\n", "ACTIVATE\n", QByteArray(70000, 'x')};
    for (const QByteArray &message : messages) {
        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(2000));
        socket.write(message);
        QVERIFY(socket.waitForBytesWritten(2000) || socket.state() != QLocalSocket::ConnectedState);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 5000);
        QVERIFY(!socket.readAll().contains("ok"));
    }
    QCOMPARE(activated.count(), 0);
    QCOMPARE(links.count(), 0);
}

void TestSingleInstance::firstBecomesPrimaryAgainAfterTheOtherEnds()
{
    const QString name = uniqueName();
    {
        SingleInstance first(name);
        QCOMPARE(first.start(), SingleInstance::Role::Primary);
    }
    // A clean exit removes the socket, so the next launch is the primary without any hand-over.
    QVERIFY(!QFileInfo::exists(name));
    SingleInstance next(name);
    QCOMPARE(next.start(), SingleInstance::Role::Primary);
}

void TestSingleInstance::replacesSocketLeftByCrash()
{
#ifdef Q_OS_UNIX
    const QString name = uniqueName();
    // What a crashed instance leaves: a bound socket file that nobody listens on any more.
    const QByteArray path = QFile::encodeName(name);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(name));
    QLocalSocket probe;
    probe.connectToServer(name);
    QVERIFY(!probe.waitForConnected(1000));

    SingleInstance next(name);
    QSignalSpy activated(&next, &SingleInstance::activated);
    QCOMPARE(next.start(), SingleInstance::Role::Primary);
    QCOMPARE(startOnAnotherThread(name), SingleInstance::Role::Secondary);
    QTRY_COMPARE(activated.count(), 1);
#else
    QSKIP("Named pipes leave nothing behind when their process dies");
#endif
}

void TestSingleInstance::socketIsPrivateToTheUser()
{
#ifdef Q_OS_UNIX
    const QString name = uniqueName();
    SingleInstance first(name);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(name).permissions() & others, QFile::Permissions());
#else
    QSKIP("The named pipe's access control list is not inspected here");
#endif
}

void TestSingleInstance::namesArePerProfile()
{
    const QString work = SingleInstance::serverNameFor(u"work"_s);
    QCOMPARE(SingleInstance::serverNameFor(u"work"_s), work);
    QVERIFY(work != SingleInstance::serverNameFor(u"default"_s));
    // In the session's runtime directory when there is one; the name reveals no path or user name.
    QVERIFY2(QRegularExpression(u"(^|/)miraget-[0-9a-f]{24}$"_s).match(work).hasMatch(), qPrintable(work));
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir->path()));
    QCOMPARE(SingleInstance::serverNameFor(u"work"_s), m_dir->filePath(work.section(u'/', -1)));
    qunsetenv("XDG_RUNTIME_DIR");
    QVERIFY(!SingleInstance::serverNameFor(u"work"_s).contains(u'/'));
    if (!runtime.isNull())
        qputenv("XDG_RUNTIME_DIR", runtime);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
