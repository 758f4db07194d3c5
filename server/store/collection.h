#pragma once

#include "../http/roles.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlQuery;

// Declares how one synced collection maps from its table to JSON: the columns, their JSON names and
// types, and who may read it. Paging, single-item reads and the portability export all serialise
// through this one description, so a field added here appears everywhere at once.
struct Collection
{
    enum class Type
    {
        Int,
        Text,
        Time,
        Bool,
        Json
    };
    struct Field
    {
        QString column;
        QString json;
        Type type;
        QByteArray key; // `"json":`, precomputed for appendJson()
    };

    QString name; // URL and cursor name, e.g. "leads", "sync-runs"
    QString table; // SQL table
    QList<Field> fields; // `id` first
    Roles readers = roles::anyone;

    // "SELECT id, ..., seq FROM table" without a WHERE clause.
    QString selectSql() const;
    // Serialises the current row of a query made from selectSql(), `seq` (its last column) included.
    QJsonObject toJson(const QSqlQuery &row) const;
    // The same object written straight as compact JSON text. Paging a million rows through
    // QJsonObject and QJsonDocument costs several times more; toJson() and this must agree.
    void appendJson(const QSqlQuery &row, QByteArray &out) const;

    static const Collection *find(const QString &name);
    static const QList<Collection> &all();
};

// ISO 8601 UTC with a trailing Z, as every time in the API is written.
QString isoTime(qint64 unixSeconds);
void appendIsoTime(qint64 unixSeconds, QByteArray &out);
// Appends `text` as a JSON string literal (RFC 8259 escaping).
void appendJsonString(const QString &text, QByteArray &out);
// Parses an ISO 8601 time into Unix seconds; false when it is not one.
bool parseIsoTime(const QString &text, qint64 *unixSeconds);
