#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class SqlDatabase;

// Numbered schema migrations (PRAGMA user_version). Migration i takes the schema from version i
// to i + 1 inside one transaction, so a failure leaves the previous version intact. A database
// with a newer version than this build knows is refused rather than guessed at.
namespace migrations {
struct Migration
{
    QString description;
    QString sql; // one or more statements
};

bool apply(SqlDatabase &db, const QList<Migration> &migrations, QString *error);
int currentVersion(SqlDatabase &db);
} // namespace migrations
