#pragma once

#include <QStringList>

// Numbered schema migrations; index i brings the database from user_version i to i + 1.
const QList<QStringList> &schemaMigrations();
// Every table that carries a `seq` column, for restoring the counter at start.
const QStringList &sequencedTables();
