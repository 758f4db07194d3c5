// The paging fast path (Collection::appendJson) must write exactly the object that toJson() builds,
// for every collection, with hostile text, NULLs and stored JSON.
#include "seed/seeder.h"
#include "store/collection.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

class TestCollectionJson : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_db = Database::open({}, &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(seedDatabase(*m_db,
                     SeedOptions {30, 300, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)}, &error),
            qPrintable(error));
        // Text that a naive writer gets wrong: quotes, backslashes, control characters, non-ASCII.
        const QString hostile
            = QStringLiteral("Caf\u00e9 \"M\u00fcller\" \\ AG\n\t\u0001 \u65e5\u672c \U0001F600");
        QVERIFY(m_db->exec(QStringLiteral("UPDATE leads SET name = ?, crm_id = NULL, tags = ? WHERE id = 1"),
            {hostile, QStringLiteral("[\"a\\\"b\",\"\u00e9\"]")}));
        QVERIFY(m_db->exec(
            QStringLiteral("UPDATE notes SET body = ? WHERE id = (SELECT min(id) FROM notes)"), {hostile}));
    }

    void fastWriterMatchesToJson_data()
    {
        QTest::addColumn<QString>("name");
        for (const Collection &c : Collection::all())
            QTest::newRow(qPrintable(c.name)) << c.name;
    }
    void fastWriterMatchesToJson()
    {
        QFETCH(QString, name);
        const Collection &c = *Collection::find(name);
        QSqlQuery *q = m_db->run(c.selectSql());
        QVERIFY(q);
        int rows = 0;
        while (q->next()) {
            QByteArray fast;
            c.appendJson(*q, fast);
            QJsonParseError parseError;
            const QJsonDocument parsed = QJsonDocument::fromJson(fast, &parseError);
            QVERIFY2(parseError.error == QJsonParseError::NoError, fast.constData());
            QCOMPARE(parsed.object(), c.toJson(*q));
            ++rows;
        }
        QVERIFY2(rows > 0, "the seed should give every collection rows");
    }

    void hostileTextSurvivesTheRoundTrip()
    {
        const Collection &leads = *Collection::find(QStringLiteral("leads"));
        QSqlQuery *q = m_db->run(leads.selectSql() + QStringLiteral(" WHERE id = 1"));
        QVERIFY(q && q->next());
        QByteArray fast;
        leads.appendJson(*q, fast);
        q->finish();
        const QJsonObject o = QJsonDocument::fromJson(fast).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(),
            QStringLiteral("Caf\u00e9 \"M\u00fcller\" \\ AG\n\t\u0001 \u65e5\u672c \U0001F600"));
        QVERIFY(o.value(QStringLiteral("crm_id")).isNull());
        QCOMPARE(o.value(QStringLiteral("tags")).toArray().at(0).toString(), QStringLiteral("a\"b"));
    }

    void isoTimesAreUtcWithZ()
    {
        QCOMPARE(isoTime(0), QStringLiteral("1970-01-01T00:00:00Z"));
        QCOMPARE(isoTime(1798761599), QStringLiteral("2026-12-31T23:59:59Z"));
        qint64 back = 0;
        QVERIFY(parseIsoTime(isoTime(1767225600), &back));
        QCOMPARE(back, 1767225600);
        // The formatter is plain arithmetic: held to Qt's calendar before 1970, on leap days and
        // across four centuries (2000 is a leap year, 2100 is not).
        QCOMPARE(isoTime(-1), QStringLiteral("1969-12-31T23:59:59Z"));
        QCOMPARE(isoTime(1709164800), QStringLiteral("2024-02-29T00:00:00Z"));
        for (qint64 t = -2208988800; t < 7258118400; t += 86399 * 7 + 3601) {
            const QString expected = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
            QCOMPARE(isoTime(t), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestCollectionJson)
#include "tst_collectionjson.moc"
