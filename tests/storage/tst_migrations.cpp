#include "storage/migrations.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storagetesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storagetest;

// Numbered schema migrations on an encrypted cache: applied in order once, a failing migration
// leaves the previous version intact, and a newer schema than this build knows is left alone.
class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newDatabaseIsVersionZero();
    void appliesInOrder();
    void reapplyingIsANoOp();
    void appliesOnlyTheMissingMigrations();
    void failingMigrationLeavesPreviousVersion_data();
    void failingMigrationLeavesPreviousVersion();
    void newerDatabaseIsRefusedAndUntouched();

private:
    std::unique_ptr<SqlDatabase> openDb(SqlDatabase::Mode mode = SqlDatabase::Mode::OpenOrCreate);
    static QList<migrations::Migration> twoMigrations();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_key;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("cache.db"));
    m_key = SqlDatabase::generateKey();
}

void TestMigrations::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<SqlDatabase> TestMigrations::openDb(SqlDatabase::Mode mode)
{
    QString error;
    auto db = SqlDatabase::open(m_path, m_key, mode, &error);
    if (!db)
        qWarning("open failed: %s", qPrintable(error));
    return db;
}

QList<migrations::Migration> TestMigrations::twoMigrations()
{
    return {
        {QStringLiteral("leads table"),
            QStringLiteral("CREATE TABLE leads(id INTEGER PRIMARY KEY, name TEXT NOT NULL);")},
        {QStringLiteral("tags and name index"),
            QStringLiteral(
                "CREATE INDEX leads_name ON leads(name);\n"
                "CREATE TABLE tags(lead_id INTEGER NOT NULL REFERENCES leads(id), tag TEXT NOT NULL);")},
    };
}

void TestMigrations::newDatabaseIsVersionZero()
{
    auto db = openDb();
    QVERIFY(db);
    QCOMPARE(migrations::currentVersion(*db), 0);
    QString error;
    QVERIFY2(migrations::apply(*db, {}, &error), qPrintable(error));
    QCOMPARE(migrations::currentVersion(*db), 0);
}

void TestMigrations::appliesInOrder()
{
    {
        auto db = openDb();
        QVERIFY(db);
        QString error;
        QVERIFY2(migrations::apply(*db, twoMigrations(), &error), qPrintable(error));
        QCOMPARE(migrations::currentVersion(*db), 2);
        QCOMPARE(queryInteger(*db, QStringLiteral("PRAGMA user_version")), qint64(2));
        QVERIFY(schemaObjectExists(*db, QStringLiteral("leads")));
        QVERIFY(schemaObjectExists(*db, QStringLiteral("leads_name")));
        QVERIFY(schemaObjectExists(*db, QStringLiteral("tags")));
    }
    // Persisted in the encrypted file.
    auto db = openDb(SqlDatabase::Mode::OpenExisting);
    QVERIFY(db);
    QCOMPARE(migrations::currentVersion(*db), 2);
    QVERIFY(schemaObjectExists(*db, QStringLiteral("tags")));
}

void TestMigrations::reapplyingIsANoOp()
{
    {
        auto db = openDb();
        QVERIFY(db);
        QString error;
        QVERIFY2(migrations::apply(*db, twoMigrations(), &error), qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO leads(name) VALUES ('Acme')")));
    }
    auto db = openDb(SqlDatabase::Mode::OpenExisting);
    QVERIFY(db);
    const QString schemaBefore
        = queryText(*db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master"));
    QString error;
    // Re-running CREATE TABLE leads would fail, so success here means nothing was re-run.
    QVERIFY2(migrations::apply(*db, twoMigrations(), &error), qPrintable(error));
    QVERIFY2(migrations::apply(*db, twoMigrations(), &error), qPrintable(error));
    QCOMPARE(migrations::currentVersion(*db), 2);
    QCOMPARE(
        queryText(*db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")), schemaBefore);
    QCOMPARE(queryText(*db, QStringLiteral("SELECT name FROM leads")), QStringLiteral("Acme"));
}

void TestMigrations::appliesOnlyTheMissingMigrations()
{
    auto db = openDb();
    QVERIFY(db);
    QList<migrations::Migration> list = twoMigrations();
    QString error;
    QVERIFY2(migrations::apply(*db, list.mid(0, 1), &error), qPrintable(error));
    QCOMPARE(migrations::currentVersion(*db), 1);
    QVERIFY(schemaObjectExists(*db, QStringLiteral("leads")));
    QVERIFY(!schemaObjectExists(*db, QStringLiteral("tags")));

    QVERIFY2(migrations::apply(*db, list, &error), qPrintable(error));
    QCOMPARE(migrations::currentVersion(*db), 2);
    QVERIFY(schemaObjectExists(*db, QStringLiteral("tags")));
}

void TestMigrations::failingMigrationLeavesPreviousVersion_data()
{
    QTest::addColumn<QString>("badSql");
    QTest::addColumn<bool>("migrateFirst");
    // m3 starts with a valid statement, so a non-transactional runner would leave m3_partial behind.
    const QString syntaxError = QStringLiteral("CREATE TABLE m3_partial(x INTEGER);\nCREAT TABLE oops(y);");
    const QString runtimeError = QStringLiteral("CREATE TABLE m3_partial(x INTEGER);\n"
                                                "INSERT INTO m3_partial VALUES (1);\n"
                                                "INSERT INTO no_such_table VALUES (1);");
    QTest::newRow("syntax error, fresh db") << syntaxError << false;
    QTest::newRow("syntax error, db at version 2") << syntaxError << true;
    QTest::newRow("missing table, fresh db") << runtimeError << false;
    QTest::newRow("missing table, db at version 2") << runtimeError << true;
}

void TestMigrations::failingMigrationLeavesPreviousVersion()
{
    QFETCH(QString, badSql);
    QFETCH(bool, migrateFirst);

    QList<migrations::Migration> list = twoMigrations();
    {
        auto db = openDb();
        QVERIFY(db);
        QString error;
        if (migrateFirst) {
            QVERIFY2(migrations::apply(*db, list, &error), qPrintable(error));
            QVERIFY(db->exec(QStringLiteral("INSERT INTO leads(name) VALUES ('kept')")));
        }
        list.append({QStringLiteral("broken third migration"), badSql});

        QVERIFY(!migrations::apply(*db, list, &error));
        qInfo("error: %s", qPrintable(error));
        QVERIFY2(!error.isEmpty(), "a failed migration must explain itself");
        QVERIFY2(error.contains(QStringLiteral("3")), qPrintable(error));
        QCOMPARE(migrations::currentVersion(*db), 2);
        QVERIFY(schemaObjectExists(*db, QStringLiteral("tags")));
        QVERIFY2(!schemaObjectExists(*db, QStringLiteral("m3_partial")),
            "m3's first statement was not rolled back");
        // The connection is usable (not stuck inside the failed transaction).
        QVERIFY2(db->exec(QStringLiteral("INSERT INTO leads(name) VALUES ('after')")),
            qPrintable(db->lastError()));
    }
    // And so it stays on disk.
    auto db = openDb(SqlDatabase::Mode::OpenExisting);
    QVERIFY(db);
    QCOMPARE(migrations::currentVersion(*db), 2);
    QVERIFY(!schemaObjectExists(*db, QStringLiteral("m3_partial")));
    QCOMPARE(queryInteger(*db, QStringLiteral("SELECT count(*) FROM leads")), qint64(migrateFirst ? 2 : 1));
}

void TestMigrations::newerDatabaseIsRefusedAndUntouched()
{
    {
        auto db = openDb();
        QVERIFY(db);
        QString error;
        QVERIFY2(migrations::apply(*db, twoMigrations(), &error), qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 9")));
        QCOMPARE(migrations::currentVersion(*db), 9);
    }
    const auto before = snapshot(m_dir->path());
    QCOMPARE(before.keys(), QStringList {QStringLiteral("cache.db")});

    {
        auto db = openDb(SqlDatabase::Mode::OpenExisting);
        QVERIFY(db);
        QList<migrations::Migration> list = twoMigrations();
        list.append({QStringLiteral("would be 3"), QStringLiteral("CREATE TABLE should_not_exist(x);")});
        QString error;
        QVERIFY(!migrations::apply(*db, list, &error));
        qInfo("error: %s", qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("9")), qPrintable(error));
        QVERIFY(!schemaObjectExists(*db, QStringLiteral("should_not_exist")));
        QCOMPARE(migrations::currentVersion(*db), 9);
    }
    const auto after = snapshot(m_dir->path());
    QVERIFY2(after == before, qPrintable(describe(before) + QStringLiteral(" -> ") + describe(after)));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
