#pragma once

#include "outboxtypes.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class SqlDatabase;
struct CachedCollection;

// The outbox's SQL, on the database thread: the outbox and conflicts tables, and the few writes it
// makes to cached leads and notes (set some fields, write a server item, remove a row). Statements
// are prepared per call: the outbox is small and rarely written, and preparing nothing up front
// keeps construction free, which matters because PageWriter builds the outbox for every cache.
// Callers own the transaction.
class OutboxRows
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRows)

public:
    explicit OutboxRows(SqlDatabase &db);

    // The new op's id (its place in the queue), or 0 with *error.
    qint64 insert(const OutboxOp &op, QString *error);
    // Writes target, payload, base, base version, key, state, attempts and last error.
    bool update(const OutboxOp &op, QString *error);
    bool remove(qint64 id, QString *error);
    std::optional<OutboxOp> find(qint64 id);
    std::optional<OutboxOp> head();
    // In queue order; `ok` false when the table could not be read.
    QList<OutboxOp> all(bool *ok = nullptr);
    QList<OutboxOp> forTarget(Collection collection, qint64 targetId);
    int count();

    std::optional<OutboxConflict> recordConflict(OutboxConflict conflict, QString *error);
    QList<OutboxConflict> openConflicts();
    bool dismissConflict(qint64 id);

    std::optional<QJsonObject> readItem(const CachedCollection &collection, qint64 id);
    bool setFields(const CachedCollection &collection, qint64 id, const QJsonObject &fields, QString *error);
    // The server's item, unless the cache already holds a newer state of it (higher seq).
    bool upsert(const CachedCollection &collection, const QJsonObject &item, QString *error);
    bool removeRow(const CachedCollection &collection, qint64 id, QString *error);

private:
    QList<OutboxOp> select(const QString &where, qint64 argument, bool *ok);

    SqlDatabase &m_db;
};
