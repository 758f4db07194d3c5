#include "rowinserter.h"

#include <QLatin1StringView>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace seeding {

RowInserter::RowInserter(Database &db, QString *error)
    : m_db(db)
    , m_error(error)
{ }

bool RowInserter::exec(QSqlQuery &query, const char *table)
{
    if (query.exec())
        return true;
    *m_error = u"cannot seed %1: %2"_s.arg(QLatin1StringView(table), query.lastError().text());
    return false;
}

bool RowInserter::insert(QSqlQuery &query, const char *table, std::initializer_list<QVariant> values)
{
    int index = 0;
    for (const QVariant &value : values)
        query.bindValue(index++, value);
    return exec(query, table);
}

} // namespace seeding
