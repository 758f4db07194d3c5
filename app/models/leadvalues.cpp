#include "leadvalues.h"

#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace leadquery {

Options options(SqlDatabase &db)
{
    Options o;
    const auto distinct = [&db](const char *column) {
        QStringList values;
        SqlStatement select(db,
            QStringLiteral("SELECT DISTINCT %1 FROM leads WHERE %1 IS NOT NULL AND %1 <> '' ORDER BY %1")
                .arg(QLatin1String(column)));
        while (select.step() == SqlStatement::Step::Row)
            values.append(select.text(0));
        return values;
    };
    o.countries = distinct("country");
    o.industries = distinct("industry");
    o.sizes = distinct("size");
    QHash<QString, int> used;
    SqlStatement tags(db, QStringLiteral("SELECT tags FROM leads WHERE tags <> '[]'"));
    while (tags.step() == SqlStatement::Step::Row) {
        for (const QJsonValue &tag : QJsonDocument::fromJson(tags.blob(0)).array())
            ++used[tag.toString()];
    }
    QList<std::pair<int, QString>> ranked;
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        ranked.append({-it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end());
    for (qsizetype i = 0; i < ranked.size() && i < 50; ++i)
        o.tags.append(ranked.at(i).second);
    return o;
}

Tags tagsOf(SqlDatabase &db, const QList<qint64> &ids)
{
    Tags out;
    SqlStatement select(db, QStringLiteral("SELECT tags FROM leads WHERE id = ?"));
    for (const qint64 id : ids) {
        select.reset();
        select.bind(1, id);
        if (select.step() != SqlStatement::Step::Row)
            continue;
        QStringList tags;
        for (const QJsonValue &tag : QJsonDocument::fromJson(select.blob(0)).array())
            tags.append(tag.toString());
        out.tags.insert(id, tags);
    }
    out.error = select.error();
    return out;
}

} // namespace leadquery
