#pragma once

#include "../store/database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QtGlobal>

#include <initializer_list>

namespace seeding {

// What every seed writer needs to insert its rows: cached prepared statements, execution that turns
// the first failure into the seeder's error message, and the database's change sequence (each row
// takes the next seq as it is written, so rows must be inserted in the order they happened). The
// writers are plain functions over one RowInserter, which lives for one seeding transaction.
class RowInserter
{
public:
    RowInserter(Database &db, QString *error);

    // The cached prepared statement for sql. A prepare failure is logged by Database and surfaces
    // as the first exec() error. The reference stays valid until another statement is first cached.
    QSqlQuery &statement(const QString &sql) { return m_db.prepared(sql); }

    // Runs the bound statement; on failure sets the error (naming the table) and returns false.
    bool exec(QSqlQuery &query, const char *table);
    // Binds values to the statement's placeholders in order, then runs it as exec() does.
    bool insert(QSqlQuery &query, const char *table, std::initializer_list<QVariant> values);

    qint64 seq() { return m_db.nextSeq(); }

private:
    Database &m_db;
    QString *m_error;
};

// NULL for the plan's "none" values: 0 for an optional time or id, a null QString for optional text.
inline QVariant nullable(qint64 value)
{
    return value ? QVariant(value) : QVariant();
}

inline QVariant nullable(const QString &value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}

} // namespace seeding
