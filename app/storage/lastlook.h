#pragma once

#include <QtGlobal>

class QString;
class SqlDatabase;

// The mark of "Since you last looked" (cache migration 8): when the user last marked the digest
// seen, with the highest lead and note ids the cache held then, in meta; and lead_seen, the score
// and assignee of each lead that changed since, as they were at the mark (kept by triggers). A
// cache has no mark until its first sync has finished: what a first sync brings is the account,
// not news. Every function runs on the writer's connection but read(), which any connection may
// call; false with *error on failure.
namespace lastlook {

struct Mark
{
    bool set = false; // false: the first sync has not finished yet; nothing is collected
    qint64 at = 0; // Unix seconds, this computer's clock
    qint64 lastLeadId = 0; // leads above this id arrived after the mark (ids are never reused)
    qint64 lastNoteId = 0; // the same for notes (local notes, not sent yet, have negative ids)
};

Mark read(SqlDatabase &db, QString *error);
// At the end of a successful sync run: sets the mark unless the cache has one, so the first run
// that finishes makes the digest start empty. *started: whether it set it now.
bool startIfUnmarked(SqlDatabase &db, qint64 now, bool *started, QString *error);
// "Mark all seen": the mark moves to `now` and lead_seen is emptied, in one transaction.
bool markSeen(SqlDatabase &db, qint64 now, QString *error);
// Inside the caller's transaction, after this user set the lead's assignee themselves (the
// outbox): the assignee they chose is not news to them, so it becomes the one kept for the lead.
bool acceptOwnAssignment(SqlDatabase &db, qint64 leadId, QString *error);

} // namespace lastlook
