#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

class SqlDatabase;

// The single-object API answers the sync keeps in the cache's `documents` table (me, account,
// plans, subscription, usage), read back for the screens that show them offline.
namespace cachedocuments {
// The document, or an empty object when it has not been fetched (or the read failed).
QJsonObject read(SqlDatabase &db, const QString &name, QDateTime *fetchedAt = nullptr);
} // namespace cachedocuments
