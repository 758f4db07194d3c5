#include "cacheschema.h"

namespace cacheschema {

const QList<migrations::Migration> &all()
{
    static const QList<migrations::Migration> list = {
        {QStringLiteral("sync bookkeeping"),
            QStringLiteral("CREATE TABLE sync_state(collection TEXT PRIMARY KEY, cursor TEXT NOT NULL,"
                           " synced_at INTEGER NOT NULL);"
                           "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);")},
    };
    return list;
}

} // namespace cacheschema
