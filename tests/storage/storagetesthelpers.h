#pragma once

#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>

// Small helpers shared by the storage tests: what is on disk, and one-value queries.
namespace storagetest {

// Every file in `dir` (name → SHA-256 of its bytes), so a test can prove that an operation
// neither changed a file nor left a new one (-wal, -shm, -journal) behind.
inline QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            files.insert(name, QByteArrayLiteral("<unreadable>"));
            continue;
        }
        files.insert(name, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return files;
}

inline QString describe(const QMap<QString, QByteArray> &files)
{
    QStringList lines;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        lines << it.key() + QStringLiteral(" ") + QString::fromLatin1(it.value().left(16));
    return lines.join(QStringLiteral(", "));
}

// First column of the first row as text, or a null QString if the query fails or has no row.
inline QString queryText(SqlDatabase &db, const QString &sql)
{
    SqlStatement statement(db, sql);
    if (!statement.isValid() || statement.step() != SqlStatement::Step::Row)
        return {};
    return statement.text(0);
}

inline qint64 queryInteger(SqlDatabase &db, const QString &sql, bool *ok = nullptr)
{
    SqlStatement statement(db, sql);
    const bool valid = statement.isValid() && statement.step() == SqlStatement::Step::Row;
    if (ok)
        *ok = valid;
    return valid ? statement.integer(0) : -1;
}

inline bool schemaObjectExists(SqlDatabase &db, const QString &name)
{
    SqlStatement statement(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"));
    if (!statement.isValid())
        return false;
    statement.bind(1, name);
    return statement.step() == SqlStatement::Step::Row && statement.integer(0) == 1;
}

} // namespace storagetest
