#include "outboxrows.h"

#include "storage/cachedcollection.h"
#include "storage/isotime.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QDateTime>

#include <algorithm>

namespace {
const QString kColumns = QStringLiteral("id, kind, target_id, parent_id, payload, base, base_version,"
                                        " idempotency_key, state, attempts, last_error, created_at");

OutboxOp opFromRow(const SqlStatement &row)
{
    OutboxOp op;
    op.id = row.integer(0);
    op.kind = OutboxOp::kindFromName(row.text(1)).value_or(OutboxOp::Kind::LeadPatch);
    op.targetId = row.integer(2);
    op.parentId = row.integer(3);
    op.payload = outboxjson::objectFromText(row.text(4));
    op.base = outboxjson::objectFromText(row.text(5));
    op.baseVersion = row.integer(6);
    op.idempotencyKey = row.text(7);
    op.failed = row.text(8) == u"failed";
    op.attempts = int(row.integer(9));
    op.lastError = row.text(10);
    op.createdAt = QDateTime::fromSecsSinceEpoch(row.integer(11), Qt::UTC);
    return op;
}

QString quoted(const QString &column)
{
    return u'"' + column + u'"';
}

// A JSON value into a column of the collection's type; false when the type does not fit.
bool bindValue(SqlStatement &statement, int index, CachedCollection::Type type, const QJsonValue &value)
{
    using T = CachedCollection::Type;
    if (value.isNull() || value.isUndefined()) {
        statement.bindNull(index);
        return true;
    }
    switch (type) {
    case T::Int:
        statement.bind(index, value.toInteger());
        return value.isDouble();
    case T::Text:
        statement.bind(index, value.toString());
        return value.isString();
    case T::Time: {
        const auto seconds = isotime::parse(value.toString());
        statement.bind(index, seconds.value_or(0));
        return seconds.has_value();
    }
    case T::Json:
        statement.bind(index, value.isArray() || value.isObject() ? outboxjson::toText(value) : QString());
        return value.isArray() || value.isObject();
    }
    return false;
}
} // namespace

OutboxRows::OutboxRows(SqlDatabase &db)
    : m_db(db)
{ }

qint64 OutboxRows::insert(const OutboxOp &op, QString *error)
{
    SqlStatement statement(m_db,
        QStringLiteral("INSERT INTO outbox(kind, target_id, parent_id, payload, base, base_version,"
                       " idempotency_key, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    statement.bind(1, OutboxOp::kindName(op.kind))
        .bind(2, op.targetId)
        .bind(3, op.parentId)
        .bind(4, outboxjson::objectText(op.payload))
        .bind(5, outboxjson::objectText(op.base))
        .bind(6, op.baseVersion)
        .bind(7, op.idempotencyKey)
        .bind(8, QDateTime::currentSecsSinceEpoch());
    if (!statement.execute()) {
        *error = statement.error();
        return 0;
    }
    return m_db.lastInsertRowId();
}

bool OutboxRows::update(const OutboxOp &op, QString *error)
{
    SqlStatement statement(m_db,
        QStringLiteral("UPDATE outbox SET target_id = ?, payload = ?, base = ?, base_version = ?,"
                       " idempotency_key = ?, state = ?, attempts = ?, last_error = ? WHERE id = ?"));
    statement.bind(1, op.targetId)
        .bind(2, outboxjson::objectText(op.payload))
        .bind(3, outboxjson::objectText(op.base))
        .bind(4, op.baseVersion)
        .bind(5, op.idempotencyKey)
        .bind(6, op.failed ? QStringLiteral("failed") : QStringLiteral("pending"))
        .bind(7, op.attempts)
        .bind(8, op.lastError)
        .bind(9, op.id);
    if (!statement.execute()) {
        *error = statement.error();
        return false;
    }
    return true;
}

bool OutboxRows::remove(qint64 id, QString *error)
{
    SqlStatement statement(m_db, QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    statement.bind(1, id);
    if (!statement.execute()) {
        *error = statement.error();
        return false;
    }
    return true;
}

QList<OutboxOp> OutboxRows::select(const QString &where, qint64 argument, bool *ok)
{
    SqlStatement query(m_db, QStringLiteral("SELECT %1 FROM outbox %2 ORDER BY id").arg(kColumns, where));
    if (!where.isEmpty())
        query.bind(1, argument);
    QList<OutboxOp> ops;
    SqlStatement::Step step;
    while ((step = query.step()) == SqlStatement::Step::Row)
        ops.append(opFromRow(query));
    if (ok)
        *ok = step == SqlStatement::Step::Done;
    return ops;
}

std::optional<OutboxOp> OutboxRows::find(qint64 id)
{
    const QList<OutboxOp> ops = select(QStringLiteral("WHERE id = ?"), id, nullptr);
    return ops.isEmpty() ? std::nullopt : std::optional<OutboxOp>(ops.first());
}

std::optional<OutboxOp> OutboxRows::head()
{
    const QList<OutboxOp> ops
        = select(QStringLiteral("WHERE id = (SELECT min(id) FROM outbox WHERE id > ?)"), 0, nullptr);
    return ops.isEmpty() ? std::nullopt : std::optional<OutboxOp>(ops.first());
}

QList<OutboxOp> OutboxRows::all(bool *ok)
{
    return select({}, 0, ok);
}

QList<OutboxOp> OutboxRows::forTarget(Collection collection, qint64 targetId)
{
    QList<OutboxOp> ops = select(QStringLiteral("WHERE target_id = ?"), targetId, nullptr);
    ops.removeIf([&](const OutboxOp &op) { return op.collection() != collection; });
    return ops;
}

int OutboxRows::count()
{
    return int(m_db.scalar(QStringLiteral("SELECT count(*) FROM outbox")));
}

std::optional<OutboxConflict> OutboxRows::recordConflict(OutboxConflict conflict, QString *error)
{
    SqlStatement statement(m_db,
        QStringLiteral("INSERT INTO conflicts(collection, target_id, field, mine, theirs, reason,"
                       " created_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    conflict.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    statement.bind(1, CachedCollection::of(conflict.collection).name)
        .bind(2, conflict.targetId)
        .bind(3, conflict.field)
        .bind(4, outboxjson::toText(conflict.mine))
        .bind(5, outboxjson::toText(conflict.theirs))
        .bind(6, conflict.reason.isNull() ? QStringLiteral("") : conflict.reason)
        .bind(7, conflict.createdAt.toSecsSinceEpoch());
    if (!statement.execute()) {
        *error = statement.error();
        return std::nullopt;
    }
    conflict.id = m_db.lastInsertRowId();
    return conflict;
}

QList<OutboxConflict> OutboxRows::openConflicts()
{
    SqlStatement query(m_db,
        QStringLiteral("SELECT id, collection, target_id, field, mine, theirs, reason, created_at"
                       " FROM conflicts WHERE dismissed = 0 ORDER BY id"));
    QList<OutboxConflict> conflicts;
    while (query.step() == SqlStatement::Step::Row) {
        const CachedCollection *collection = CachedCollection::find(query.text(1));
        if (!collection)
            continue; // written by a newer build; not ours to show
        conflicts.append({query.integer(0), collection->id, query.integer(2), query.text(3),
            outboxjson::fromText(query.text(4)), outboxjson::fromText(query.text(5)), query.text(6),
            QDateTime::fromSecsSinceEpoch(query.integer(7), Qt::UTC)});
    }
    return conflicts;
}

bool OutboxRows::dismissConflict(qint64 id)
{
    SqlStatement statement(m_db, QStringLiteral("UPDATE conflicts SET dismissed = 1 WHERE id = ?"));
    statement.bind(1, id);
    return statement.execute() && statement.changes() == 1;
}

std::optional<QJsonObject> OutboxRows::readItem(const CachedCollection &collection, qint64 id)
{
    QStringList columns;
    for (const CachedCollection::Field &field : collection.fields)
        columns.append(quoted(field.name));
    columns.append(QStringLiteral("seq"));
    SqlStatement query(
        m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(u','), collection.table));
    query.bind(1, id);
    if (query.step() != SqlStatement::Step::Row)
        return std::nullopt;
    return collection.itemFromRow(query);
}

bool OutboxRows::setFields(
    const CachedCollection &collection, qint64 id, const QJsonObject &fields, QString *error)
{
    if (fields.isEmpty())
        return true;
    QStringList sets;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        sets.append(quoted(it.key()) + QStringLiteral(" = ?%1").arg(sets.size() + 1));
    SqlStatement statement(m_db,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
            .arg(collection.table, sets.join(u','))
            .arg(sets.size() + 1));
    int index = 1;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto field = std::find_if(collection.fields.cbegin(), collection.fields.cend(),
            [&](const CachedCollection::Field &f) { return f.name == it.key(); });
        if (field == collection.fields.cend() || !bindValue(statement, index++, field->type, it.value())) {
            *error = tr("A local edit of %1 has a value of the wrong type for “%2”.")
                         .arg(collection.name, it.key());
            return false;
        }
    }
    statement.bind(index, id);
    if (!statement.execute()) {
        *error = statement.error();
        return false;
    }
    return true;
}

bool OutboxRows::upsert(const CachedCollection &collection, const QJsonObject &item, QString *error)
{
    SqlStatement statement(m_db, collection.upsertSql());
    if (!collection.bindItem(statement, item, error))
        return false;
    if (!statement.execute()) {
        *error = statement.error();
        return false;
    }
    return true;
}

bool OutboxRows::removeRow(const CachedCollection &collection, qint64 id, QString *error)
{
    SqlStatement statement(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(collection.table));
    statement.bind(1, id);
    if (!statement.execute()) {
        *error = statement.error();
        return false;
    }
    return true;
}
