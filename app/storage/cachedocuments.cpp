#include "cachedocuments.h"

#include "sqlstatement.h"

#include <QJsonDocument>

namespace cachedocuments {

QJsonObject read(SqlDatabase &db, const QString &name, QDateTime *fetchedAt)
{
    SqlStatement select(db, QStringLiteral("SELECT json, fetched_at FROM documents WHERE name = ?"));
    select.bind(1, name);
    if (select.step() != SqlStatement::Step::Row)
        return {};
    if (fetchedAt)
        *fetchedAt = QDateTime::fromSecsSinceEpoch(select.integer(1), Qt::UTC);
    return QJsonDocument::fromJson(select.blob(0)).object();
}

} // namespace cachedocuments
