#include "pagewriter.h"

#include "core/logging.h"
#include "livemessage.h"
#include "storage/bulkload.h"
#include "storage/cachedcollection.h"
#include "storage/databasecontext.h"
#include "storage/fitgrades.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storage/sqltransaction.h"
#include "storage/writehook.h"
#include "syncpage.h"
#include "writehooks.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <limits>

PageWriter::PageWriter(DatabaseContext &context)
    : m_context(context)
{
    // With the writer rather than with the first edit, so that edits queued in an earlier run stay
    // on top of what the server sends even before (or without) anything being queued in this one.
    installWriteHooks(*this, context);
}

PageWriter::~PageWriter() = default;

void PageWriter::addHook(Collection collection, WriteHook &hook)
{
    m_hooks[collection].append(&hook);
    if (!m_allHooks.contains(&hook))
        m_allHooks.append(&hook);
}

QString PageWriter::cursor(const CachedCollection &collection)
{
    SqlStatement query(m_context.db(), QStringLiteral("SELECT cursor FROM sync_state WHERE collection = ?"));
    query.bind(1, collection.name);
    return query.step() == SqlStatement::Step::Row ? query.text(0) : QString();
}

SqlStatement &PageWriter::upsert(const CachedCollection &collection)
{
    std::shared_ptr<SqlStatement> &statement = m_upserts[collection.id];
    if (!statement)
        statement = std::make_shared<SqlStatement>(m_context.db(), collection.upsertSql());
    return *statement;
}

PageWriter::Staging &PageWriter::staging(const CachedCollection &collection)
{
    Staging &stage = m_staging[collection.id];
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

bool PageWriter::writeWithHooks(const CachedCollection &collection, const QJsonArray &items,
    const QList<qint64> &deleted, qint64 deletedSeq, Outcome *outcome)
{
    const QList<WriteHook *> hooks = m_hooks.value(collection.id);
    QList<qint64> written;
    bool ok = true;
    if (!items.isEmpty()) {
        for (WriteHook *hook : hooks)
            ok = ok && hook->beforeRows(collection.id, items, &outcome->error);
    }
    ok = ok && writeRows(collection, items, deleted, deletedSeq, &written, outcome);
    for (WriteHook *hook : hooks)
        ok = ok && hook->afterRows(collection.id, items, written, &outcome->error);
    // The caller rolls the transaction back; what the hooks gathered for it must go with it.
    if (!ok)
        discardHooks();
    return ok;
}

bool PageWriter::writeRows(const CachedCollection &collection, const QJsonArray &items,
    const QList<qint64> &deleted, qint64 deletedSeq, QList<qint64> *written, Outcome *outcome)
{
    SqlDatabase &db = m_context.db();
    if (!deleted.isEmpty()) {
        const QList<WriteHook *> hooks = m_hooks.value(collection.id);
        SqlStatement remove(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(collection.table));
        SqlStatement bury(
            db, QStringLiteral("INSERT OR REPLACE INTO tombstones(collection, id, seq) VALUES(?, ?, ?)"));
        for (const qint64 id : deleted) {
            bury.bind(1, collection.name).bind(2, id).bind(3, deletedSeq);
            if (!bury.execute()) {
                outcome->error = bury.error();
                return false;
            }
            for (WriteHook *hook : hooks) {
                if (!hook->beforeDelete(collection.id, id, &outcome->error))
                    return false;
            }
            remove.bind(1, id);
            if (!remove.execute()) {
                outcome->error = remove.error();
                return false;
            }
            outcome->deleted += remove.changes();
        }
    }
    if (items.isEmpty())
        return true;
    written->reserve(items.size());
    if (collection.immutable)
        return insertEach(collection, items, written, outcome);
    return upsertStaged(collection, items, written, outcome);
}

// Rows that never change (page views) are inserted one by one: an event the cache already holds is
// skipped by the INSERT itself, and only the new ones reach the hooks (counted once, however often
// the server sends them).
bool PageWriter::insertEach(
    const CachedCollection &collection, const QJsonArray &items, QList<qint64> *written, Outcome *outcome)
{
    SqlStatement &statement = upsert(collection);
    if (!statement.isValid()) {
        outcome->error = statement.error();
        return false;
    }
    const QList<WriteHook *> hooks = m_hooks.value(collection.id);
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
        written->append(item.value(QLatin1String("id")).toInteger());
        for (WriteHook *hook : hooks)
            hook->rowAdded(collection.id, item);
    }
    return true;
}

bool PageWriter::beginHooks(QString *error)
{
    for (WriteHook *hook : std::as_const(m_allHooks)) {
        if (!hook->begin(error))
            return false;
    }
    return true;
}

bool PageWriter::finishHooks(const Collections &current, Outcome *outcome)
{
    for (WriteHook *hook : std::as_const(m_allHooks)) {
        if (!hook->finish(current, &outcome->error))
            return false;
    }
    return true;
}

int PageWriter::alertsRaised() const
{
    int raised = 0;
    for (const WriteHook *hook : m_allHooks)
        raised += hook->alertsRaised();
    return raised;
}

void PageWriter::discardHooks()
{
    for (WriteHook *hook : std::as_const(m_allHooks))
        hook->discard();
}

// A temp staging table created in a transaction that rolled back is gone with it, while its
// prepared statements stay cached: forget them so the next write creates the table again.
PageWriter::Outcome PageWriter::apply(
    const CachedCollection &collection, const SyncPage &page, const QString &requestedWith)
{
    Outcome outcome = pageTransaction(collection, page, requestedWith);
    if (!outcome.ok)
        m_staging.clear();
    return outcome;
}

PageWriter::Outcome PageWriter::applyLive(const QList<LiveMessage> &messages, Collections *changed)
{
    Outcome outcome = liveTransaction(messages, changed);
    if (!outcome.ok)
        m_staging.clear();
    return outcome;
}

PageWriter::Outcome PageWriter::pageTransaction(
    const CachedCollection &collection, const SyncPage &page, const QString &requestedWith)
{
    Outcome outcome;
    SqlDatabase &db = m_context.db();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        outcome.error = db.lastError();
        return outcome;
    }
    if (cursor(collection) != requestedWith) {
        outcome.error = tr("A %1 page arrived out of order and was not applied.").arg(collection.name);
        return outcome;
    }
    // The first page of a first full sync that has more to come: load it in bulk.
    bool bulk = false;
    if (requestedWith.isEmpty() && page.hasMore && !bulkload::begin(db, collection, &bulk, &outcome.error))
        return outcome;
    if (!beginHooks(&outcome.error))
        return outcome;
    // A page does not say at which seq each id was deleted; any seq it could still meet is lower.
    if (!writeWithHooks(collection, page.items, page.deleted, std::numeric_limits<qint64>::max(), &outcome))
        return outcome; // rolled back: neither the rows nor the cursor moved
    // The last page of a run brings the collection up to now.
    if (!finishHooks(page.hasMore ? Collections() : Collections {collection.id}, &outcome))
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
    outcome.alerts = alertsRaised();
    return outcome;
}

PageWriter::Outcome PageWriter::liveTransaction(const QList<LiveMessage> &messages, Collections *changed)
{
    Outcome outcome;
    SqlDatabase &db = m_context.db();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        outcome.error = db.lastError();
        return outcome;
    }
    if (!beginHooks(&outcome.error))
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
            if (!writeWithHooks(*collection, {}, {message.id}, message.seq, &outcome))
                return outcome;
            if (outcome.deleted > before)
                changed->insert(collection->id);
        }
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        const int before = outcome.upserted;
        if (!writeWithHooks(*it.key(), it.value(), {}, 0, &outcome))
            return outcome;
        if (outcome.upserted > before)
            changed->insert(it.key()->id);
    }
    // Live events are the newest there is: what they touched is current.
    if (!finishHooks(*changed, &outcome))
        return outcome;
    if (!transaction.commit()) {
        outcome.error = tr("Could not save live changes: %1").arg(db.lastError());
        return outcome;
    }
    outcome.ok = true;
    outcome.alerts = alertsRaised();
    return outcome;
}

bool PageWriter::reset(const CachedCollection &collection, QString *error)
{
    SqlDatabase &db = m_context.db();
    SqlTransaction transaction(db);
    const QString sql = QStringLiteral("DELETE FROM %1; DELETE FROM sync_state WHERE collection = '%2';"
                                       " DELETE FROM tombstones WHERE collection = '%2';")
                            .arg(collection.table, collection.name);
    if (!transaction.isActive() || !db.exec(sql)) {
        *error = db.lastError();
        return false;
    }
    // A bulk load cut short: its indexes and triggers come back over the empty table.
    if (!bulkload::buildAll(db, collection, error))
        return false;
    for (WriteHook *hook : m_hooks.value(collection.id)) {
        if (!hook->cleared(collection.id, db, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = db.lastError();
        return false;
    }
    qCInfo(lcSync) << "cache reset for" << collection.name;
    return true;
}

bool PageWriter::storeDocument(const QString &name, const QByteArray &body, QString *error, bool *regraded)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        *error = tr("The server sent an unreadable %1 document.").arg(name);
        return false;
    }
    // The profile is kept twice: as its document, and spread into the tables SQL grades with.
    std::optional<IcpProfile> profile;
    if (name == fitgrades::kDocument) {
        profile = IcpProfile::fromJson(doc.object(), error);
        if (!profile)
            return false;
    }
    SqlDatabase &db = m_context.db();
    SqlTransaction transaction(db);
    // Every sync run fetches the profile; one unchanged since the last (the same version) costs no
    // regrade, which reads every fit class (80 ms at a million leads, on every incremental sync).
    const bool regrade = profile && transaction.isActive() && !(fitgrades::read(db) == *profile);
    SqlStatement store(
        db, QStringLiteral("INSERT OR REPLACE INTO documents(name, json, fetched_at) VALUES(?, ?, ?)"));
    store.bind(1, name)
        .bind(2, QString::fromUtf8(doc.toJson(QJsonDocument::Compact)))
        .bind(3, QDateTime::currentSecsSinceEpoch());
    if (!transaction.isActive() || !store.execute()) {
        *error = transaction.isActive() ? store.error() : db.lastError();
        return false;
    }
    bool changed = false;
    if (regrade && !fitgrades::store(db, *profile, &changed, error))
        return false;
    if (!transaction.commit()) {
        *error = db.lastError();
        return false;
    }
    if (regraded)
        *regraded = changed;
    return true;
}
