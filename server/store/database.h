#pragma once

#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

// The server's SQLite database (Qt SQL, QSQLITE driver) and its schema migrations.
//
// The server is single-threaded, so writes commit in the order their `seq` numbers were taken: a
// reader paging by `seq > cursor` can never miss a row that commits later with a smaller number.
// That property is the whole sync contract (docs/api.md) and is why this class hands out `seq`.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `path` empty means an in-memory database. Returns nullptr and sets *error on failure.
    static std::unique_ptr<Database> open(const QString &path, QString *error);

    bool wasCreated() const { return m_created; }
    qint64 nextSeq() { return ++m_seq; }

    // Prepared statements are cached per SQL text; the returned query is ready for bindValue().
    QSqlQuery &prepared(const QString &sql);
    // Runs `sql` with positional values and returns the executed query positioned before its first
    // row, or nullptr (logged) on failure. The query stays valid until the same SQL is run again.
    QSqlQuery *run(const QString &sql, const QVariantList &values = {});
    // Runs a statement whose rows (if any, e.g. PRAGMA journal_mode) are not wanted.
    bool exec(const QString &sql, const QVariantList &values = {});
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    bool begin();
    bool commit();
    void rollback();

    QSqlDatabase &handle() { return m_db; }

private:
    Database() = default;
    bool migrate(QString *error);
    void loadSeq();

    QString m_connection;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    qint64 m_seq = 0;
    bool m_created = false;
};

// Rolls back unless commit() was called; every write path holds one.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
        , m_open(db.begin())
    { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool commit()
    {
        const bool ok = m_open && m_db.commit();
        m_open = false;
        return ok;
    }
    void rollback()
    {
        if (m_open)
            m_db.rollback();
        m_open = false;
    }

private:
    Database &m_db;
    bool m_open;
};
