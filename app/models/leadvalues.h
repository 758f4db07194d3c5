#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class SqlDatabase;

// Values read from the cached leads for the lead list's menus and bulk edits.
namespace leadquery {

struct Options
{
    QStringList countries, industries, sizes, tags;
};
// What the filter menus offer: the values present in the cache (tags: the most used 50).
Options options(SqlDatabase &db);

struct Tags
{
    QHash<qint64, QStringList> tags; // by lead id; a lead no longer cached is missing
    QString error;
};
// Each lead's own tags, for a bulk edit that adds or removes one.
Tags tagsOf(SqlDatabase &db, const QList<qint64> &ids);

} // namespace leadquery
