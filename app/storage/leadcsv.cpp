#include "leadcsv.h"

#include "isotime.h"
#include "sqldatabase.h"
#include "sqlstatement.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace leadcsv {

namespace {
struct Column
{
    const char *header;
    const char *sql;
    bool time;
};

const Column kColumns[] = {
    {"id", "l.id", false},
    {"name", "l.name", false},
    {"domain", "l.domain", false},
    {"site", "s.domain", false},
    {"industry", "l.industry", false},
    {"size", "l.size", false},
    {"country", "l.country", false},
    {"city", "l.city", false},
    {"score", "l.score", false},
    {"status", "l.status", false},
    {"assignee", "t.email", false},
    {"tags", "l.tags", false},
    {"first_visit_at", "l.first_visit_at", true},
    {"last_visit_at", "l.last_visit_at", true},
    {"visits", "l.visits", false},
    {"page_views", "l.page_views", false},
    {"crm_state", "l.crm_state", false},
    {"crm_provider", "l.crm_provider", false},
    {"crm_id", "l.crm_id", false},
    {"created_at", "l.created_at", true},
    {"updated_at", "l.updated_at", true},
};

QString tagsText(const QString &json)
{
    QStringList tags;
    for (const QJsonValue &tag : QJsonDocument::fromJson(json.toUtf8()).array())
        tags.append(tag.toString());
    return tags.join(QLatin1String("; "));
}
} // namespace

QString cell(const QString &value)
{
    QString text = value;
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u'"', QLatin1String("\"\"")) + u'"';
    return text;
}

qint64 write(SqlDatabase &db, QIODevice &out, QString *error, const QString &where)
{
    return write(db, out, error, Selection {where, {}, {}});
}

qint64 write(SqlDatabase &db, QIODevice &out, QString *error, const Selection &selection)
{
    const QString &where = selection.where;
    QStringList headers;
    QStringList selects;
    for (const Column &column : kColumns) {
        headers.append(QString::fromLatin1(column.header));
        selects.append(QString::fromLatin1(column.sql));
    }
    SqlStatement rows(db,
        QStringLiteral("SELECT %1 FROM leads l LEFT JOIN sites s ON s.id = l.site_id"
                       " LEFT JOIN team t ON t.id = l.assignee_id%2 ORDER BY %3")
            .arg(selects.join(u','), where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where,
                selection.orderBy.isEmpty() ? QStringLiteral("l.id") : selection.orderBy));
    if (!rows.isValid()) {
        *error = rows.error();
        return -1;
    }
    rows.bindAll(selection.binds);
    auto writeLine = [&out](const QStringList &cells) {
        return out.write((cells.join(u',') + QLatin1String("\r\n")).toUtf8()) >= 0;
    };
    if (!writeLine(headers)) {
        *error = out.errorString();
        return -1;
    }
    qint64 count = 0;
    SqlStatement::Step step;
    while ((step = rows.step()) == SqlStatement::Step::Row) {
        QStringList cells;
        for (int i = 0; i < int(std::size(kColumns)); ++i) {
            if (rows.isNull(i))
                cells.append(QString());
            else if (kColumns[i].time)
                cells.append(isotime::format(rows.integer(i)));
            else if (headers[i] == u"tags")
                cells.append(cell(tagsText(rows.text(i))));
            else
                cells.append(cell(rows.text(i)));
        }
        if (!writeLine(cells)) {
            *error = out.errorString();
            return -1;
        }
        ++count;
    }
    if (step == SqlStatement::Step::Error) {
        *error = rows.error();
        return -1;
    }
    return count;
}

} // namespace leadcsv
