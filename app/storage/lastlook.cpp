#include "lastlook.h"

#include "sqldatabase.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

#include <QString>

namespace lastlook {

namespace {
// The keys in meta. 'last_look_at' is also what migration 8's triggers test for.
const char *const kSetMark = R"sql(
INSERT OR REPLACE INTO meta(key, value) SELECT 'last_look_at', CAST(?1 AS TEXT)
    UNION ALL SELECT 'last_look_lead_id', CAST(ifnull((SELECT max(id) FROM leads), 0) AS TEXT)
    UNION ALL SELECT 'last_look_note_id', CAST(ifnull((SELECT max(id) FROM notes), 0) AS TEXT)
)sql";

bool setMark(SqlDatabase &db, qint64 now, QString *error)
{
    SqlStatement set(db, QString::fromLatin1(kSetMark));
    set.bind(1, now);
    if (!set.execute()) {
        *error = set.error();
        return false;
    }
    return true;
}
} // namespace

Mark read(SqlDatabase &db, QString *error)
{
    Mark mark;
    SqlStatement select(db,
        QStringLiteral("SELECT key, CAST(value AS INTEGER) FROM meta"
                       " WHERE key IN ('last_look_at', 'last_look_lead_id', 'last_look_note_id')"));
    SqlStatement::Step step;
    while ((step = select.step()) == SqlStatement::Step::Row) {
        const QString key = select.text(0);
        const qint64 value = select.integer(1);
        if (key == u"last_look_at") {
            mark.set = true;
            mark.at = value;
        } else if (key == u"last_look_lead_id") {
            mark.lastLeadId = value;
        } else {
            mark.lastNoteId = value;
        }
    }
    if (step == SqlStatement::Step::Error && error)
        *error = select.error();
    return mark;
}

bool startIfUnmarked(SqlDatabase &db, qint64 now, bool *started, QString *error)
{
    *started = false;
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError();
        return false;
    }
    QString readError;
    if (read(db, &readError).set || !readError.isEmpty()) {
        *error = readError;
        return readError.isEmpty();
    }
    // Whatever a trigger kept before now (none should have) is not news either.
    if (!db.exec(QStringLiteral("DELETE FROM lead_seen")) || !setMark(db, now, error)
        || !transaction.commit()) {
        if (error->isEmpty())
            *error = db.lastError();
        return false;
    }
    *started = true;
    return true;
}

bool markSeen(SqlDatabase &db, qint64 now, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError();
        return false;
    }
    if (!db.exec(QStringLiteral("DELETE FROM lead_seen")) || !setMark(db, now, error)
        || !transaction.commit()) {
        if (error->isEmpty())
            *error = db.lastError();
        return false;
    }
    return true;
}

bool acceptOwnAssignment(SqlDatabase &db, qint64 leadId, QString *error)
{
    SqlStatement accept(db,
        QStringLiteral("UPDATE lead_seen SET assignee_id = (SELECT assignee_id FROM leads WHERE id = ?1)"
                       " WHERE lead_id = ?1"));
    accept.bind(1, leadId);
    if (!accept.execute()) {
        *error = accept.error();
        return false;
    }
    return true;
}

} // namespace lastlook
