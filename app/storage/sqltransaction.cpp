#include "sqltransaction.h"

#include "sqldatabase.h"

#include <sqlcipher/sqlite3.h>

SqlTransaction::SqlTransaction(SqlDatabase &db)
    : m_db(db)
    , m_active(db.exec(QStringLiteral("BEGIN IMMEDIATE;")))
{ }

SqlTransaction::~SqlTransaction()
{
    rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.exec(QStringLiteral("COMMIT;")))
        return true;
    m_db.exec(QStringLiteral("ROLLBACK;"));
    return false;
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.exec(QStringLiteral("ROLLBACK;"));
}

SqlReadSnapshot::SqlReadSnapshot(SqlDatabase &db)
    : m_db(db)
{
    if (sqlite3_get_autocommit(db.handle()))
        m_began = db.exec(QStringLiteral("BEGIN"));
}

SqlReadSnapshot::~SqlReadSnapshot()
{
    if (m_began)
        m_db.exec(QStringLiteral("COMMIT"));
}
