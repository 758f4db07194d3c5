// Country names in the UI language from Debian's iso-codes (installed by scripts/setup), and the
// .mo reader under them: real catalogs, then files that are not catalogs at all.
#include "core/countrynames.h"
#include "core/mocatalog.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

class TestCountryNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                     QStringLiteral("locale/de/LC_MESSAGES/iso_3166-1.mo"))
                      .isEmpty(),
            "iso-codes is not installed (scripts/setup installs it)");
    }

    void namesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de DE") << QStringLiteral("DE") << QStringLiteral("de_DE")
                               << QStringLiteral("Deutschland");
        QTest::newRow("de US") << QStringLiteral("US") << QStringLiteral("de_DE")
                               << QStringLiteral("Vereinigte Staaten");
        QTest::newRow("fr DE") << QStringLiteral("DE") << QStringLiteral("fr_FR")
                               << QStringLiteral("Allemagne");
        QTest::newRow("fr_CA falls back to fr")
            << QStringLiteral("GB") << QStringLiteral("fr_CA") << QStringLiteral("Royaume-Uni");
        QTest::newRow("en GB") << QStringLiteral("GB") << QStringLiteral("en_GB")
                               << QStringLiteral("United Kingdom");
        // The common name, not "Korea, Republic of".
        QTest::newRow("en KR") << QStringLiteral("KR") << QStringLiteral("en_US")
                               << QStringLiteral("South Korea");
        QTest::newRow("lower case") << QStringLiteral("de") << QStringLiteral("de")
                                    << QStringLiteral("Deutschland");
        // A language iso-codes has no catalog for: English.
        QTest::newRow("no catalog") << QStringLiteral("DE") << QStringLiteral("xx_YY")
                                    << QStringLiteral("Germany");
        QTest::newRow("C locale") << QStringLiteral("FR") << QStringLiteral("C") << QStringLiteral("France");
        // Not a country: the code as it came, nothing invented.
        QTest::newRow("unknown") << QStringLiteral("ZZ") << QStringLiteral("de_DE") << QStringLiteral("ZZ");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("de_DE") << QString();
    }

    void namesFollowTheLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(countrynames::name(code, language), expected);
    }

    void aRealCatalogReads()
    {
        MoCatalog catalog;
        QVERIFY(catalog.load(QStandardPaths::locate(
            QStandardPaths::GenericDataLocation, QStringLiteral("locale/fr/LC_MESSAGES/iso_3166-1.mo"))));
        QCOMPARE(catalog.translate("Germany"), QStringLiteral("Allemagne"));
        QCOMPARE(catalog.translate("Côte d'Ivoire"), QStringLiteral("Côte d'Ivoire"));
        QVERIFY(catalog.translate("not a country").isEmpty());
        QVERIFY(catalog.translate("").isEmpty()); // the header is not a message
    }

    void whatIsNotACatalogLoadsNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(name));
            return file.fileName();
        };
        MoCatalog catalog;
        QVERIFY(!catalog.load(dir.filePath(QStringLiteral("missing.mo"))));
        QVERIFY(!catalog.load(write(QStringLiteral("empty.mo"), {})));
        QVERIFY(!catalog.load(write(QStringLiteral("text.mo"), QByteArray(64, 'x'))));

        // A header that claims strings beyond the end of the file (a truncated download).
        QByteArray header(28, '\0');
        qToLittleEndian<quint32>(0x950412de, header.data());
        qToLittleEndian<quint32>(3, header.data() + 8);
        qToLittleEndian<quint32>(28, header.data() + 12);
        qToLittleEndian<quint32>(52, header.data() + 16);
        QVERIFY(!catalog.load(write(QStringLiteral("truncated.mo"), header)));
        QVERIFY(catalog.isEmpty());

        // The real file cut in half.
        QFile real(QStandardPaths::locate(
            QStandardPaths::GenericDataLocation, QStringLiteral("locale/de/LC_MESSAGES/iso_3166-1.mo")));
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QByteArray half = real.readAll().left(int(real.size() / 2));
        // Its string tables point past the end: refused whole, not half trusted, and no crash.
        QVERIFY(!catalog.load(write(QStringLiteral("half.mo"), half)));
        QVERIFY(catalog.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
