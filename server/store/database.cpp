#include "database.h"

#include "schema.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "miraget.server.store")

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    std::unique_ptr<Database> db(new Database);
    db->m_connection = QStringLiteral("miraget-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    db->m_db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!db->m_db.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(path, db->m_db.lastError().text());
        return nullptr;
    }
    // WAL keeps readers (export, paging) cheap while the live generator writes; NORMAL sync is
    // durable across a server crash in WAL mode, which is all a reference server needs.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
             "PRAGMA foreign_keys=OFF", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536"}) {
        if (!db->exec(QString::fromLatin1(pragma))) {
            *error = QStringLiteral("cannot configure database: %1").arg(db->m_db.lastError().text());
            return nullptr;
        }
    }
    if (!db->migrate(error))
        return nullptr;
    db->loadSeq();
    return db;
}

bool Database::migrate(QString *error)
{
    const int current = scalar(QStringLiteral("PRAGMA user_version")).toInt();
    const auto &migrations = schemaMigrations();
    if (current > migrations.size()) {
        *error = QStringLiteral("database schema version %1 is newer than this server understands (%2)")
                     .arg(current)
                     .arg(migrations.size());
        return false;
    }
    m_created = current == 0;
    for (int version = current; version < migrations.size(); ++version) {
        Transaction tx(*this);
        for (const QString &statement : migrations[version]) {
            if (!exec(statement)) {
                *error
                    = QStringLiteral("migration %1 failed: %2").arg(version + 1).arg(m_db.lastError().text());
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !tx.commit()) {
            *error = QStringLiteral("cannot commit migration %1: %2")
                         .arg(version + 1)
                         .arg(m_db.lastError().text());
            return false;
        }
    }
    return true;
}

void Database::loadSeq()
{
    for (const QString &table : sequencedTables())
        m_seq = std::max(m_seq, scalar(QStringLiteral("SELECT max(seq) FROM ") + table).toLongLong());
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            qCCritical(lcStore) << "prepare failed:" << query.lastError().text() << sql;
        it = m_statements.insert(sql, query);
    }
    it->finish();
    return *it;
}

QSqlQuery *Database::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery &query = prepared(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    if (!query.exec()) {
        qCWarning(lcStore) << "statement failed:" << query.lastError().text() << sql;
        query.finish();
        return nullptr;
    }
    // A cached statement that is not reset keeps SQLite from committing; rows readers finish
    // their own queries once read.
    if (!query.isSelect())
        query.finish();
    return &query;
}

bool Database::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = run(sql, values);
    if (query)
        query->finish();
    return query != nullptr;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = run(sql, values);
    if (!query)
        return {};
    const QVariant value = query->next() ? query->value(0) : QVariant();
    query->finish();
    return value;
}

bool Database::begin()
{
    return m_db.transaction();
}

bool Database::commit()
{
    return m_db.commit();
}

void Database::rollback()
{
    m_db.rollback();
}
