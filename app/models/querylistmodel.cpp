#include "querylistmodel.h"

#include "storage/cachereader.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QDateTime>
#include <QJsonDocument>

QueryListModel::QueryListModel(QObject *parent)
    : CacheListModel(parent)
{ }

void QueryListModel::setColumns(QList<ColumnSpec> columns)
{
    m_columns = std::move(columns);
}

int QueryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant QueryListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int column = role - Qt::UserRole - 1;
    const QVariantList &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return row.value(1); // the first column after the id names the row
    return column >= 0 && column < row.size() ? row.at(column) : QVariant();
}

QHash<int, QByteArray> QueryListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        names.insert(Qt::UserRole + 1 + int(i), m_columns.at(i).role);
    return names;
}

QVariant QueryListModel::get(int row, const QString &role) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).role == role.toUtf8())
            return m_rows.at(row).value(i);
    }
    return {};
}

int QueryListModel::indexOf(const QString &role, const QVariant &value) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (get(row, role) == value)
            return row;
    }
    return -1;
}

QVariant QueryListModel::columnValue(const SqlStatement &row, int column, Column type)
{
    if (row.isNull(column))
        return {};
    switch (type) {
    case Column::Int:
        return row.integer(column);
    case Column::Real:
        return row.real(column);
    case Column::Text:
        return row.text(column);
    case Column::Time:
        return QDateTime::fromSecsSinceEpoch(row.integer(column), Qt::UTC);
    case Column::Json:
        return QJsonDocument::fromJson(row.blob(column)).toVariant();
    case Column::Bool:
        return row.integer(column) != 0;
    }
    return {};
}

QueryListModel::Result QueryListModel::run(
    SqlDatabase &db, const Query &query, const QList<ColumnSpec> &columns)
{
    Result result;
    SqlStatement select(db, query.sql);
    if (!select.isValid()) {
        result.error = select.error();
        return result;
    }
    select.bindAll(query.binds);
    for (;;) {
        const SqlStatement::Step step = select.step();
        if (step == SqlStatement::Step::Done)
            break;
        if (step == SqlStatement::Step::Error) {
            result.error = select.error();
            result.rows.clear();
            break;
        }
        QVariantList row;
        row.reserve(columns.size());
        for (qsizetype c = 0; c < columns.size(); ++c)
            row.append(columnValue(select, int(c), columns.at(c).type));
        result.rows.append(std::move(row));
    }
    return result;
}

void QueryListModel::load(CacheReader &cache, quint64 generation)
{
    cache.read<Result>(
        this,
        [q = query(), columns = m_columns, finisher = m_finisher](SqlDatabase &db) {
            Result result = run(db, q, columns);
            if (finisher && result.error.isEmpty())
                finisher(db, result.rows);
            return result;
        },
        [this, generation](const Result &result) {
            if (!current(generation))
                return;
            if (result.error.isEmpty())
                applyRows(result.rows);
            finish(generation, result.error);
        });
}

void QueryListModel::applyRows(QList<QVariantList> rows)
{
    if (rows.size() != m_rows.size()) {
        replaceRows(m_rows, std::move(rows));
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = std::move(rows[i]);
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
}
