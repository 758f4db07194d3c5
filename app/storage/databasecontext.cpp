#include "databasecontext.h"

#include "sqldatabase.h"

DatabaseContext::DatabaseContext(std::unique_ptr<SqlDatabase> db)
    : m_db(std::move(db))
{ }

DatabaseContext::~DatabaseContext()
{
    // Helpers hold prepared statements, which must be finalised before the connection closes.
    m_helpers.clear();
    m_db.reset();
}
