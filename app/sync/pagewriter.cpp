#include "pagewriter.h"

#include "alerts/alertevaluator.h"
#include "core/logging.h"
#include "livemessage.h"
#include "outboxstore.h"
#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/eventaggregates.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storage/sqltransaction.h"
#include "syncpage.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

PageWriter::PageWriter(DatabaseContext &context)
    : m_context(context)
    , m_aggregates(std::make_unique<EventAggregates>(context.db()))
    , m_alerts(std::make_unique<AlertEvaluator>(context.db()))
{
    // Here rather than in the outbox, so that edits queued in an earlier run stay on top of what the
    // server sends even before (or without) anything being queued in this one.
    OutboxStore &outbox = context.get<OutboxStore>();
    setLocalOverlay([&outbox](const CachedCollection &collection, const QList<qint64> &ids, QString *error) {
        return outbox.overlay(collection, ids, error);
    });
}

PageWriter::~PageWriter() = default;

QString PageWriter::cursor(const QString &collection)
{
    SqlStatement query(m_context.db(), QStringLiteral("SELECT cursor FROM sync_state WHERE collection = ?"));
    query.bind(1, collection);
    return query.step() == SqlStatement::Step::Row ? query.text(0) : QString();
}

SqlStatement &PageWriter::upsert(const CachedCollection &collection)
{
    std::shared_ptr<SqlStatement> &statement = m_upserts[collection.name];
    if (!statement)
        statement = std::make_shared<SqlStatement>(m_context.db(), collection.upsertSql());
    return *statement;
}

PageWriter::Staging &PageWriter::staging(const CachedCollection &collection)
{
    Staging &stage = m_staging[collection.name];
    if (stage.insert)
        return stage;
    SqlDatabase &db = m_context.db();
    const QString table = QStringLiteral("stage_") + collection.table;
    // In memory (temp_store = MEMORY): staged rows never reach a file in plaintext.
    if (!db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 AS SELECT * FROM main.%2 WHERE 0")
                     .arg(table, collection.table)))
        qCWarning(lcSync) << "cannot create" << table << db.lastError();
    db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS temp.%1_id ON %1(id)").arg(table));
    QStringList columns, placeholders, staged;
    for (qsizetype i = 0; i <= collection.fields.size(); ++i) {
        const QString column
            = i < collection.fields.size() ? u'"' + collection.fields[i].name + u'"' : QStringLiteral("seq");
        columns.append(column);
        staged.append(QStringLiteral("s.") + column);
        placeholders.append(QStringLiteral("?%1").arg(i + 1));
    }
    // The same two tests as CachedCollection::upsertSql() (no tombstone, no newer state cached),
    // plus: no newer state of the same id later in the batch (a live batch may hold two).
    const QString wanted = QStringLiteral("NOT EXISTS (SELECT 1 FROM main.tombstones WHERE collection = '%1'"
                                          " AND id = s.id) AND NOT EXISTS (SELECT 1 FROM main.%2 t"
                                          " WHERE t.id = s.id AND t.seq > s.seq) AND NOT EXISTS (SELECT 1"
                                          " FROM temp.stage_%2 x WHERE x.id = s.id AND (x.seq > s.seq"
                                          " OR (x.seq = s.seq AND x.rowid > s.rowid)))")
                               .arg(collection.name, collection.table);
    stage.insert = std::make_shared<SqlStatement>(db,
        QStringLiteral("INSERT INTO temp.%1(%2) VALUES(%3)")
            .arg(table, columns.join(u','), placeholders.join(u',')));
    stage.wantedIds = std::make_shared<SqlStatement>(
        db, QStringLiteral("SELECT s.id FROM temp.%1 s WHERE %2").arg(table, wanted));
    stage.merge = std::make_shared<SqlStatement>(db,
        QStringLiteral(
            "INSERT OR REPLACE INTO main.%1(%2) SELECT %3 FROM temp.%4 s WHERE %5 ORDER BY s.rowid")
            .arg(collection.table, columns.join(u','), staged.join(u','), table, wanted));
    stage.clear = std::make_shared<SqlStatement>(db, QStringLiteral("DELETE FROM temp.%1").arg(table));
    return stage;
}

// One INSERT OR REPLACE … SELECT per page instead of one per row. A statement that may write
// several rows (REPLACE, the FTS4 triggers) runs with a statement journal that copies every page it
// touches, and this SQLCipher encrypts those copies: per row, that made encrypted writes of leads
// and visits 3–4 times slower than plain ones (docs/benchmarks.md). Per page, it is paid once.
bool PageWriter::upsertStaged(
    const CachedCollection &collection, const QJsonArray &items, QList<qint64> *written, Outcome *outcome)
{
    Staging &stage = staging(collection);
    for (SqlStatement *statement :
        {stage.insert.get(), stage.wantedIds.get(), stage.merge.get(), stage.clear.get()}) {
        if (!statement->isValid()) {
            outcome->error = statement->error();
            return false;
        }
    }
    auto fail = [&](SqlStatement &statement) {
        outcome->error = statement.error();
        stage.clear->execute();
        return false;
    };
    if (!stage.clear->execute())
        return fail(*stage.clear);
    for (const QJsonValue &value : items) {
        if (!collection.bindItem(*stage.insert, value.toObject(), &outcome->error)) {
            stage.insert->reset();
            stage.clear->execute();
            return false;
        }
        if (!stage.insert->execute())
            return fail(*stage.insert);
    }
    // The ids about to be written, for the local-edit overlay (same test as the merge, same snapshot).
    SqlStatement::Step step;
    while ((step = stage.wantedIds->step()) == SqlStatement::Step::Row)
        written->append(stage.wantedIds->integer(0));
    stage.wantedIds->reset();
    if (step == SqlStatement::Step::Error)
        return fail(*stage.wantedIds);
    if (!stage.merge->execute())
        return fail(*stage.merge);
    outcome->upserted += int(written->size());
    stage.clear->execute();
    return true;
}

bool PageWriter::write(const CachedCollection &collection, const QJsonArray &items,
    const QList<qint64> &deleted, qint64 deletedSeq, Outcome *outcome)
{
    if (writeRows(collection, items, deleted, deletedSeq, outcome))
        return true;
    // The caller rolls the transaction back; counts gathered for it must go with it.
    m_aggregates->discard();
    return false;
}

bool PageWriter::writeRows(const CachedCollection &collection, const QJsonArray &items,
    const QList<qint64> &deleted, qint64 deletedSeq, Outcome *outcome)
{
    SqlDatabase &db = m_context.db();
    const bool events = collection.table == u"pageviews";
    if (!deleted.isEmpty()) {
        SqlStatement remove(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(collection.table));
        SqlStatement bury(
            db, QStringLiteral("INSERT OR REPLACE INTO tombstones(collection, id, seq) VALUES(?, ?, ?)"));
        for (const qint64 id : deleted) {
            bury.bind(1, collection.name).bind(2, id).bind(3, deletedSeq);
            if (!bury.execute()) {
                outcome->error = bury.error();
                return false;
            }
            if (events && !m_aggregates->remove(id, &outcome->error))
                return false;
            remove.bind(1, id);
            if (!remove.execute()) {
                outcome->error = remove.error();
                return false;
            }
            outcome->deleted += remove.changes();
        }
    }
    QList<qint64> written;
    written.reserve(items.size());
    if (events) {
        SqlStatement &statement = upsert(collection);
        if (!statement.isValid()) {
            outcome->error = statement.error();
            return false;
        }
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            if (!collection.bindItem(statement, item, &outcome->error)) {
                statement.reset();
                return false;
            }
            if (!statement.execute()) {
                outcome->error = statement.error();
                return false;
            }
            if (statement.changes() == 0)
                continue; // an event we already have
            ++outcome->upserted;
            written.append(item.value(QLatin1String("id")).toInteger());
            m_aggregates->add(item);
            if (m_alerts->wantsPageviews())
                m_alerts->addPageview(item);
        }
    } else if (!items.isEmpty()) {
        const bool leads = collection.table == u"leads";
        if (leads && !m_alerts->beforeLeads(items, &outcome->error))
            return false;
        if (!upsertStaged(collection, items, &written, outcome))
            return false;
        if (leads && !m_alerts->afterLeads(items, written, &outcome->error))
            return false;
    }
    if (events && !m_aggregates->flush(&outcome->error))
        return false;
    if (m_overlay && !written.isEmpty() && !m_overlay(collection, written, &outcome->error))
        return false;
    return true;
}

// A temp staging table created in a transaction that rolled back is gone with it, while its
// prepared statements stay cached: forget them so the next write creates the table again.
PageWriter::Outcome PageWriter::apply(
    const CachedCollection &collection, const SyncPage &page, const QString &requestedWith)
{
    Outcome outcome = applyPage(collection, page, requestedWith);
    if (!outcome.ok)
        m_staging.clear();
    return outcome;
}

PageWriter::Outcome PageWriter::applyLive(const QList<LiveMessage> &messages, QSet<QString> *changed)
{
    Outcome outcome = applyLiveBatch(messages, changed);
    if (!outcome.ok)
        m_staging.clear();
    return outcome;
}

PageWriter::Outcome PageWriter::applyPage(
    const CachedCollection &collection, const SyncPage &page, const QString &requestedWith)
{
    Outcome outcome;
    SqlDatabase &db = m_context.db();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        outcome.error = db.lastError();
        return outcome;
    }
    if (cursor(collection.name) != requestedWith) {
        outcome.error = tr("A %1 page arrived out of order and was not applied.").arg(collection.name);
        return outcome;
    }
    if (!m_alerts->begin(&outcome.error))
        return outcome;
    // A page does not say at which seq each id was deleted; any seq it could still meet is lower.
    if (!write(collection, page.items, page.deleted, std::numeric_limits<qint64>::max(), &outcome))
        return outcome; // rolled back: neither the rows nor the cursor moved
    // Traffic is compared once the page views are complete up to now: the last page of a run.
    if (!m_alerts->finish(collection.table == u"pageviews" && !page.hasMore, &outcome.error))
        return outcome;
    SqlStatement saveCursor(db,
        QStringLiteral("INSERT OR REPLACE INTO sync_state(collection, cursor, synced_at) VALUES(?, ?, ?)"));
    saveCursor.bind(1, collection.name).bind(2, page.nextCursor).bind(3, QDateTime::currentSecsSinceEpoch());
    if (!saveCursor.execute()) {
        outcome.error = saveCursor.error();
        return outcome;
    }
    if (!transaction.commit()) {
        outcome.error = tr("Could not save the %1 page: %2").arg(collection.name, db.lastError());
        return outcome;
    }
    outcome.ok = true;
    outcome.alerts = m_alerts->raised();
    return outcome;
}

PageWriter::Outcome PageWriter::applyLiveBatch(const QList<LiveMessage> &messages, QSet<QString> *changed)
{
    Outcome outcome;
    SqlDatabase &db = m_context.db();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        outcome.error = db.lastError();
        return outcome;
    }
    if (!m_alerts->begin(&outcome.error))
        return outcome;
    // Items are batched per collection (one aggregate flush per batch); the order between rows of
    // one id does not matter because seq and tombstones decide which state wins.
    QHash<const CachedCollection *, QJsonArray> items;
    for (const LiveMessage &message : messages) {
        const CachedCollection *collection = CachedCollection::find(message.collection);
        if (!collection)
            continue; // account, subscription: documents, refetched by the caller
        if (message.type == LiveMessage::Type::Change && !message.item.isEmpty()) {
            items[collection].append(message.item);
        } else if (message.type == LiveMessage::Type::Delete) {
            const int before = outcome.deleted;
            if (!write(*collection, {}, {message.id}, message.seq, &outcome))
                return outcome;
            if (outcome.deleted > before)
                changed->insert(collection->name);
        }
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        const int before = outcome.upserted;
        if (!write(*it.key(), it.value(), {}, 0, &outcome))
            return outcome;
        if (outcome.upserted > before)
            changed->insert(it.key()->name);
    }
    if (!m_alerts->finish(changed->contains(QStringLiteral("pageviews")), &outcome.error))
        return outcome;
    if (!transaction.commit()) {
        outcome.error = tr("Could not save live changes: %1").arg(db.lastError());
        return outcome;
    }
    outcome.ok = true;
    outcome.alerts = m_alerts->raised();
    if (outcome.alerts > 0)
        changed->insert(QStringLiteral("alerts"));
    return outcome;
}

bool PageWriter::reset(const CachedCollection &collection, QString *error)
{
    SqlDatabase &db = m_context.db();
    SqlTransaction transaction(db);
    QString sql = QStringLiteral("DELETE FROM %1; DELETE FROM sync_state WHERE collection = '%2';"
                                 " DELETE FROM tombstones WHERE collection = '%2';")
                      .arg(collection.table, collection.name);
    if (collection.table == u"pageviews")
        sql += QStringLiteral(
            "DELETE FROM agg_hourly; DELETE FROM agg_visitor_hour; DELETE FROM agg_daily_breakdown;");
    m_aggregates->discard();
    if (!transaction.isActive() || !db.exec(sql) || !transaction.commit()) {
        *error = db.lastError();
        return false;
    }
    qCInfo(lcSync) << "cache reset for" << collection.name;
    return true;
}

bool PageWriter::storeDocument(const QString &name, const QByteArray &body, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        *error = tr("The server sent an unreadable %1 document.").arg(name);
        return false;
    }
    SqlStatement store(m_context.db(),
        QStringLiteral("INSERT OR REPLACE INTO documents(name, json, fetched_at) VALUES(?, ?, ?)"));
    store.bind(1, name)
        .bind(2, QString::fromUtf8(doc.toJson(QJsonDocument::Compact)))
        .bind(3, QDateTime::currentSecsSinceEpoch());
    if (!store.execute()) {
        *error = store.error();
        return false;
    }
    return true;
}
