#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;
class SqlDatabase;

// A prepared statement (RAII). Bind positional values from 1, step through rows, read columns
// from 0. Prepared once and reset between uses on hot paths such as writing a sync page.
class SqlStatement
{
public:
    enum class Step
    {
        Row,
        Done,
        Error
    };

    SqlStatement(SqlDatabase &db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }

    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    // A string literal would otherwise bind as a blob through QByteArray: say QStringLiteral.
    SqlStatement &bind(int index, const char *text) = delete;
    SqlStatement &bind(int index, double value);
    SqlStatement &bind(int index, const QString &value);
    SqlStatement &bind(int index, const QByteArray &blob);
    SqlStatement &bindNull(int index);
    // Null for an invalid QVariant; numbers, strings and byte arrays by type.
    SqlStatement &bind(int index, const QVariant &value);
    // Binds `values` in order from parameter `first`: the one loop for statements built with a
    // list of binds beside their SQL.
    SqlStatement &bindAll(const QVariantList &values, int first = 1);

    Step step();
    // Runs a statement that returns no rows; resets it for the next use.
    bool execute();
    void reset();
    // Rows changed by the last execute() on this connection.
    int changes() const;

    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's text as UTF-8 without a copy, valid until the next step() or reset(); for
    // passes over a million rows that only compare or hash it. Empty for NULL.
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    // The column as stored: qint64, double, QString or QByteArray; invalid for NULL.
    QVariant value(int column) const;

private:
    SqlDatabase &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};
