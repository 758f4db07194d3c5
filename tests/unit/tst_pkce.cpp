#include "auth/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// PKCE verifiers, challenges and state values as RFC 7636 and the sign-in flow need them.
class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void challengeMatchesRfc7636AppendixB();
    void generatedVerifierHasRfcShape();
    void generatedVerifiersAreUnique();
    void generatedVerifiersUseTheWholeAlphabet();
    void challengeOfGeneratedVerifierIsBase64UrlSha256();
    void randomStateIsLongAndUnique();
    void verifierValidation_data();
    void verifierValidation();
};

void TestPkce::challengeMatchesRfc7636AppendixB()
{
    // Copied from RFC 7636 Appendix B; `openssl dgst -sha256 -binary | base64` agrees.
    QCOMPARE(Pkce::challengeS256(u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s),
        u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
}

void TestPkce::generatedVerifierHasRfcShape()
{
    static const QRegularExpression unreserved(u"^[A-Za-z0-9\\-._~]{64}$"_s);
    for (int i = 0; i < 100; ++i) {
        const QString verifier = Pkce::generate();
        QCOMPARE(verifier.size(), Pkce::VerifierLength);
        QVERIFY2(unreserved.match(verifier).hasMatch(), qPrintable(verifier));
        QVERIFY(Pkce::isValidVerifier(verifier));
    }
}

void TestPkce::generatedVerifiersAreUnique()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(Pkce::generate());
    QCOMPARE(seen.size(), 1000);
}

void TestPkce::generatedVerifiersUseTheWholeAlphabet()
{
    // 64 000 draws over 66 symbols: a symbol missing means the alphabet or the mapping is wrong.
    QSet<QChar> symbols;
    for (int i = 0; i < 1000; ++i) {
        for (const QChar c : Pkce::generate())
            symbols.insert(c);
    }
    QCOMPARE(symbols.size(), 66);
}

void TestPkce::challengeOfGeneratedVerifierIsBase64UrlSha256()
{
    static const QRegularExpression base64Url(u"^[A-Za-z0-9\\-_]{43}$"_s);
    const QString verifier = Pkce::generate();
    const QString challenge = Pkce::challengeS256(verifier);
    QVERIFY2(base64Url.match(challenge).hasMatch(), qPrintable(challenge));
    QCOMPARE(challenge, Pkce::challengeS256(verifier));
    QVERIFY(challenge != Pkce::challengeS256(Pkce::generate()));
}

void TestPkce::randomStateIsLongAndUnique()
{
    static const QRegularExpression base64Url(u"^[A-Za-z0-9\\-_]+$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString state = Pkce::randomState();
        QVERIFY2(base64Url.match(state).hasMatch(), qPrintable(state));
        // At least 128 bits: 22 base64 characters carry 132 bits.
        QVERIFY(state.size() >= 22);
        QCOMPARE(
            QByteArray::fromBase64(state.toLatin1(), QByteArray::Base64UrlEncoding).size(), Pkce::StateBytes);
        seen.insert(state);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestPkce::verifierValidation_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<bool>("valid");

    QTest::newRow("rfc example") << u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s << true;
    QTest::newRow("43 chars") << QString(43, u'a') << true;
    QTest::newRow("128 chars") << QString(128, u'~') << true;
    QTest::newRow("42 chars") << QString(42, u'a') << false;
    QTest::newRow("129 chars") << QString(129, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("plus sign") << (QString(42, u'a') + u'+') << false;
    QTest::newRow("slash") << (QString(42, u'a') + u'/') << false;
    QTest::newRow("space") << (QString(42, u'a') + u' ') << false;
    QTest::newRow("non-ascii letter") << (QString(42, u'a') + u'é') << false;
}

void TestPkce::verifierValidation()
{
    QFETCH(QString, verifier);
    QFETCH(bool, valid);
    QCOMPARE(Pkce::isValidVerifier(verifier), valid);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
