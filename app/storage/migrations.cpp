#include "migrations.h"

#include "sqldatabase.h"
#include "sqltransaction.h"

namespace migrations {

int currentVersion(SqlDatabase &db)
{
    return int(db.scalar(QStringLiteral("PRAGMA user_version;")));
}

bool apply(SqlDatabase &db, const QList<Migration> &list, QString *error)
{
    const int current = currentVersion(db);
    if (current > list.size()) {
        *error = QCoreApplication::translate("migrations",
            "The cache was written by a newer Miraget (schema %1; this version "
            "knows %2). It was left untouched; update Miraget to use it.")
                     .arg(current)
                     .arg(list.size());
        return false;
    }
    for (int version = current; version < list.size(); ++version) {
        SqlTransaction tx(db);
        // user_version is part of the same transaction: the schema and its number move together.
        const bool ok = tx.isActive() && db.exec(list[version].sql)
            && db.exec(QStringLiteral("PRAGMA user_version = %1;").arg(version + 1)) && tx.commit();
        if (!ok) {
            *error
                = QCoreApplication::translate("migrations", "Updating the cache to schema %1 (%2) failed: %3")
                      .arg(version + 1)
                      .arg(list[version].description, db.lastError());
            return false;
        }
    }
    return true;
}

} // namespace migrations
