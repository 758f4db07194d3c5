#include "core/logging.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}

} // namespace

// Secrets must never reach a log line: every credential form the app handles, and nothing else.
class TestSecretRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void redactsSecrets_data();
    void redactsSecrets();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void messageHandlerRedactsBeforeOutput();
    void holdsOnAnyLength();
};

void TestSecretRedactor::init()
{
    // An invalid pattern only warns and then redacts nothing; make that a failure.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void TestSecretRedactor::redactsSecrets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bearer header") << u"Authorization: Bearer abc.DEF-123_x~y+z/0=="_s
                                   << u"Authorization: Bearer [redacted]"_s;
    QTest::newRow("bearer lower case")
        << u"authorization: bearer abc123"_s << u"authorization: bearer [redacted]"_s;
    QTest::newRow("bearer with server token") << u"Bearer mga_Q2xhc3NpZmllZA-_x"_s << u"Bearer [redacted]"_s;
    QTest::newRow("basic header") << u"Authorization: Basic ZGVza3RvcDpzZWNyZXQ="_s
                                  << u"Authorization: Basic [redacted]"_s;
    QTest::newRow("access_token query")
        << u"GET /cb?access_token=abc123&x=1"_s << u"GET /cb?access_token=[redacted]&x=1"_s;
    QTest::newRow("refresh_token form")
        << u"grant_type=refresh_token&refresh_token=r-456&client_id=desktop"_s
        << u"grant_type=refresh_token&refresh_token=[redacted]&client_id=desktop"_s;
    QTest::newRow("code query") << u"http://127.0.0.1:5555/callback?code=xyz789&state=s1"_s
                                << u"http://127.0.0.1:5555/callback?code=[redacted]&state=s1"_s;
    QTest::newRow("code_verifier form")
        << u"code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s << u"code_verifier=[redacted]"_s;
    QTest::newRow("code and verifier together")
        << u"code=a1&code_verifier=b2 done"_s << u"code=[redacted]&code_verifier=[redacted] done"_s;
    QTest::newRow("json access_token") << uR"({"access_token":"eyJhbGciOi.x.y","token_type":"Bearer"})"_s
                                       << uR"({"access_token":"[redacted]","token_type":"Bearer"})"_s;
    QTest::newRow("json spaced refresh_token")
        << uR"({ "refresh_token" : "r\"x\\y", "expires_in": 900 })"_s
        << uR"({ "refresh_token" : "[redacted]", "expires_in": 900 })"_s;
    QTest::newRow("json code") << uR"({"code":"c-1","state":"s"})"_s
                               << uR"({"code":"[redacted]","state":"s"})"_s;
    QTest::newRow("mga prefix") << u"issued mga_AbC-123_xyz for user 7"_s
                                << u"issued [redacted] for user 7"_s;
    QTest::newRow("mgr prefix") << u"refresh (mgr_q9Z) rotated"_s << u"refresh ([redacted]) rotated"_s;
    QTest::newRow("mgc prefix") << u"code mgc_000 redeemed"_s << u"code [redacted] redeemed"_s;
    QTest::newRow("json value cut off")
        << uR"(body {"password":"hunter2 and more)"_s << uR"(body {"password":"[redacted])"_s;
    QTest::newRow("json after a stray quote")
        << uR"(he said " then {"password":"s3"} ")"_s << uR"(he said " then {"password":"[redacted]"} ")"_s;
    QTest::newRow("json name as a value") << uR"({"field":"password","password":"p"})"_s
                                          << uR"({"field":"password","password":"[redacted]"})"_s;
    QTest::newRow("several in one line")
        << u"Bearer t1 then access_token=t2 then mgr_t3"_s
        << u"Bearer [redacted] then access_token=[redacted] then [redacted]"_s;
}

void TestSecretRedactor::redactsSecrets()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(redactSecrets(input), expected);
}

void TestSecretRedactor::leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("sentence") << u"Synced 42 leads from https://miraget.example.com/v1/leads in 120 ms"_s;
    QTest::newRow("http status") << u"HTTP 401 invalid_token, status_code=401, error_code=expired"_s;
    QTest::newRow("token_type field") << uR"({"token_type":"Bearer ","expires_in":900})"_s;
    QTest::newRow("other query") << u"GET /v1/leads?page=2&sort=-score&codec=h264"_s;
    QTest::newRow("words with mg") << u"imga_test, mgx_value, program_code"_s;
    QTest::newRow("redacted marker") << u"access_token=[redacted]"_s;
    QTest::newRow("unicode") << u"Société Générale — Zürich ✓"_s;
}

void TestSecretRedactor::leavesOrdinaryTextAlone()
{
    QFETCH(QString, input);
    QCOMPARE(redactSecrets(input), input);
}

void TestSecretRedactor::holdsOnAnyLength()
{
    // A long JSON value (an export, a page of rows) before a short secret in the same message: the
    // old regex gave up at about 21,800 characters and left the later secret in clear.
    for (const qsizetype length : {qsizetype(100), qsizetype(30000), qsizetype(1'000'000)}) {
        const QString big = QString(length, u'x');
        const QString input = uR"({"note":")"_s + big + uR"(","refresh_token":"mgr_late","password":")"_s
            + big + uR"("} Bearer abc.def access_token=q1)"_s;
        const QString out = redactSecrets(input);
        QVERIFY2(!out.contains(u"mgr_late"), qPrintable(QString::number(length)));
        QVERIFY(out.contains(uR"("refresh_token":"[redacted]")"_s));
        QVERIFY(out.contains(uR"("password":"[redacted]")"_s));
        QVERIFY(out.endsWith(u"Bearer [redacted] access_token=[redacted]"_s));
        QVERIFY(out.contains(big)); // the note is not a secret
    }
    // Escapes all the way: every other character a backslash.
    QString escaped;
    for (int i = 0; i < 200000; ++i)
        escaped += uR"(\")"_s;
    const QString input = uR"({"password":")"_s + escaped + uR"(","access_token":"t"})"_s;
    QCOMPARE(redactSecrets(input), uR"({"password":"[redacted]","access_token":"[redacted]"})"_s);
}

void TestSecretRedactor::messageHandlerRedactsBeforeOutput()
{
    const QtMessageHandler original = qInstallMessageHandler(captureMessage);
    installRedactingMessageHandler();
    installRedactingMessageHandler(); // a second install must not loop back into itself
    capturedMessages.clear();

    qCWarning(lcAuth) << "token refresh failed for" << u"Bearer mga_secret123"_s;
    qCInfo(lcApi, "POST /oauth/token code=%s", "mgc_abc");

    qInstallMessageHandler(original);
    QCOMPARE(capturedMessages.size(), 2);
    QCOMPARE(capturedMessages.at(0), u"token refresh failed for \"Bearer [redacted]\""_s);
    QCOMPARE(capturedMessages.at(1), u"POST /oauth/token code=[redacted]"_s);
    for (const QString &message : std::as_const(capturedMessages))
        QVERIFY2(!message.contains(u"secret123") && !message.contains(u"mgc_abc"), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
