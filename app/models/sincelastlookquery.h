#pragma once

#include "storage/lastlook.h"

#include <QList>
#include <QObject>
#include <QString>

#include <array>

class SqlDatabase;

// "Since you last looked": the sections of the digest. A gadget so QML can be given the enum
// (ui/modeltypes.h); the words for each are the screen's.
class SinceLastLook
{
    Q_GADGET

public:
    enum class Section
    {
        NewHotLead, // hot now (score >= Lead::kHotScore): new since the mark, or below it then
        TargetAccount, // on a target-account list and visited since the mark
        ScoreRise, // score up by kScoreRise or more since the mark
        AssignedToMe, // assigned to the signed-in user now, and not at the mark
        TeammateNote, // a note by someone else, new since the mark, on a lead assigned to the user
    };
    Q_ENUM(Section)

    static constexpr int kSections = 5;
    // A rise of this much or more since the last look is news.
    static constexpr int kScoreRise = 20;
};

// The digest's SQL, on a reader's connection: every section from the encrypted cache alone (no
// network), so it is as right after days offline as after a minute. What counts as "since":
// - a lead or note is new when its id is above the highest the cache held at the mark (server ids
//   grow and are never reused), so what the server made before the mark but the cache received
//   after it (the mark was set offline) is news too, and no clock is compared with another's;
// - a visit is since the mark when the lead's last visit started after it (the server's clock);
// - a score or an assignee changed since the mark when lead_seen kept the value it had then
//   (migration 8's triggers).
// Hidden companies (hidden_leads, and any lead whose domain is excluded) never appear. Four
// passes find every entry — over lead_seen (hot crossings, score rises, reassignments), over the
// leads above the mark's id, over the target-account domains, over the notes above the mark's id —
// reading ids, numbers and times only; each section keeps a count and its newest `cap`, and only
// those get their names and words read. The lead tables are read through primary keys and the
// domain index, never scanned (bench_since_last_look).
namespace sincelastlookquery {

using Section = SinceLastLook::Section;

struct Entry
{
    Section section = Section::NewHotLead;
    qint64 leadId = 0;
    QString name;
    QString domain;
    qint64 at = 0; // Unix seconds: when it happened, as far as the cache knows
    bool isNew = false; // the lead is new since the mark (NewHotLead, AssignedToMe)
    bool firstVisit = false; // TargetAccount: every visit of the company is since the mark
    bool hadBefore = false; // the value at the mark is known (scores; AssignedToMe: an assignee)
    qint64 before = 0; // the score at the mark (NewHotLead, ScoreRise)
    qint64 after = 0; // the score now
    qint64 previousAssigneeId = 0; // AssignedToMe: the assignee at the mark
    qint64 noteId = 0; // TeammateNote
    QString other; // the list (TargetAccount), the previous assignee's name, the note's author
    QString text; // the note (TeammateNote)

    bool operator==(const Entry &) const = default;
};

struct Digest
{
    lastlook::Mark mark;
    qint64 meId = 0; // the signed-in user (the 'me' document); 0 before it is synced
    qint64 onlyTargetList = 0; // the id of the cache's only target-account list; 0: none, or several
    std::array<int, SinceLastLook::kSections> totals {};
    // By section in enum order, each newest first, at most `cap` per section.
    QList<Entry> entries;
    QString error;
};

// Reads the digest in one snapshot; with no mark yet (the first sync is not done) it is empty.
Digest compute(SqlDatabase &db, int cap);

} // namespace sincelastlookquery
