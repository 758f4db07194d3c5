#pragma once

#include "cachelistmodel.h"

#include <QList>
#include <QVariant>

#include <functional>

class SqlDatabase;
class SqlStatement;

class CacheReader;

// A list whose rows are the result of one SQL query over the cache, column for role: the subclass
// declares its Roles enum in the order of its SELECT's columns (with each column's type, so times
// become QDateTime and JSON becomes lists), and the query with its bound values. Rows are read on
// the runtime's reader thread; the GUI thread only swaps the finished list in.
class QueryListModel : public CacheListModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Int,
        Real,
        Text,
        Time, // Unix seconds in the cache, QDateTime (UTC) here
        Json, // JSON text in the cache, a QVariantList / QVariantMap here
        Bool
    };
    struct ColumnSpec
    {
        QByteArray role;
        Column type;
    };
    struct Query
    {
        QString sql;
        QVariantList binds;
    };
    struct Result
    {
        QList<QVariantList> rows;
        QString error;
    };

    explicit QueryListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The value of `role` in `row`, or an invalid QVariant outside the list (for QML and tests).
    Q_INVOKABLE QVariant get(int row, const QString &role) const;
    // The first row whose `role` equals `value`, or -1.
    Q_INVOKABLE int indexOf(const QString &role, const QVariant &value) const;

    // Runs `query` on `db` and converts each column by `columns`; used off the GUI thread.
    static Result run(SqlDatabase &db, const Query &query, const QList<ColumnSpec> &columns);
    static QVariant columnValue(const SqlStatement &row, int column, Column type);

protected:
    // Runs on the reader thread after the query, over its rows: for what SQL cannot do (a lookup
    // keyed by a value inside JSON). It must use nothing but its arguments.
    using RowFinisher = std::function<void(SqlDatabase &, QList<QVariantList> &)>;
    void setRowFinisher(RowFinisher finisher) { m_finisher = std::move(finisher); }
    // Role Qt::UserRole + 1 + i is columns[i].
    void setColumns(QList<ColumnSpec> columns);
    virtual Query query() const = 0;
    const QList<QVariantList> &rows() const { return m_rows; }

    void load(CacheReader &cache, quint64 generation) override;
    void clear() override { m_rows.clear(); }

private:
    // Same length: only the rows that differ change (a list updated by a live event keeps its
    // scroll position and selection); otherwise the whole list is replaced.
    void applyRows(QList<QVariantList> rows);

    QList<ColumnSpec> m_columns;
    QList<QVariantList> m_rows;
    RowFinisher m_finisher;
};
