#pragma once

#include "collection.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

class SqlDatabase;
class SqlStatement;
struct Permissions;

// One API collection as the cache stores it: its table and the typed columns that mirror the
// item's fields (docs/api.md section 4). The single place that knows how an item becomes a row and
// a row becomes an item again, so sync, live events, the outbox, export and the tests' comparisons
// with the server all agree on the mapping.
struct CachedCollection
{
    enum class Type
    {
        Int,
        Text,
        Time, // ISO 8601 in JSON, Unix seconds in the table
        Json // an array or object in JSON, compact JSON text in the table
    };

    // Who may read the collection; the app syncs what /v1/me's permissions allow.
    enum class Readers
    {
        Everyone,
        Billing, // permission "billing"
        Managers // permission "audit_log"
    };

    struct Field
    {
        QString name;
        Type type;
    };

    Collection id;
    QString name; // as in /v1/{name}
    QString table;
    QList<Field> fields; // "id" first; "seq" is implied and stored last
    Readers readers = Readers::Everyone;
    // Rows are never changed once written (page views): an insert is ignored when the row is
    // already there, which is what keeps chart aggregates from counting a replayed event twice.
    bool immutable = false;

    static const QList<CachedCollection> &all();
    static const CachedCollection &of(Collection id);
    // By the name the wire uses; nullptr for a name that is not a collection (a document).
    static const CachedCollection *find(QStringView name);

    bool readableWith(const Permissions &permissions) const;
    // Every collection's cached rows (a full scan of each table).
    static QMap<Collection, qint64> rowCounts(SqlDatabase &db);

    // "INSERT OR REPLACE INTO t(id, …, seq) …" that skips the row when the cache already holds a
    // newer state of it (a higher seq) or a tombstone for it: live events and catch-up pages may
    // arrive in any order.
    // Parameters: fields in order, then seq.
    QString upsertSql() const;
    QString selectSql() const; // fields then seq, ordered by id
    // Binds the item's fields and seq from 1; false with *error when a value has the wrong type.
    bool bindItem(SqlStatement &statement, const QJsonObject &item, QString *error) const;
    // The row (columns as selectSql()) as the API's item, seq included.
    QJsonObject itemFromRow(const SqlStatement &row) const;
};
