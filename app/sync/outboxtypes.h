#pragma once

#include "storage/collection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One local edit waiting in the outbox, as stored (see cacheschema's migration 3). It is a plain
// value copied between the database thread and the GUI thread; the table is the truth, so whoever
// acts on an op reads it again there. `base` holds the values of the watched fields the user saw
// before editing (for a note deletion: the whole note, so a refused deletion can be undone
// without the network); `payload` the values they set, which is also the request body.
struct OutboxOp
{
    enum class Kind
    {
        LeadPatch,
        NoteCreate,
        NoteUpdate,
        NoteDelete,
        ExclusionCreate, // hide a company (targetId: the exclusion's local id until created)
        ExclusionDelete, // show it again
    };

    qint64 id = 0;
    Kind kind = Kind::LeadPatch;
    qint64 targetId = 0; // the lead, note or exclusion; negative for one not created on the server yet
    qint64 parentId = 0; // NoteCreate: the lead
    QJsonObject payload;
    QJsonObject base;
    qint64 baseVersion = 0;
    QString idempotencyKey;
    bool failed = false; // the last attempt failed and a retry is due
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    Collection collection() const; // leads, notes or exclusions
    bool isCreate() const { return kind == Kind::NoteCreate || kind == Kind::ExclusionCreate; }
    bool isDelete() const { return kind == Kind::NoteDelete || kind == Kind::ExclusionDelete; }
    // Sent with If-Match: exclusions have no version (they are only created and deleted).
    bool isVersioned() const { return !isCreate() && kind != Kind::ExclusionDelete; }
    // The fields a merge compares: the payload's for a lead, the body for a note.
    QStringList watchedFields() const;
    static QString newIdempotencyKey();
};

// An edit the server did not take: the user's value (`mine`, null for a deletion) next to the value
// the server kept (`theirs`, null when the record is gone), and why. Kept until dismissed.
struct OutboxConflict
{
    qint64 id = 0;
    Collection collection = Collection::Leads;
    qint64 targetId = 0;
    QString field;
    QJsonValue mine;
    QJsonValue theirs;
    QString reason;
    QDateTime createdAt;
};

Q_DECLARE_METATYPE(OutboxOp)
Q_DECLARE_METATYPE(OutboxConflict)

// JSON values of any type as table text, and back (QJsonDocument alone takes objects and arrays).
namespace outboxjson {
QString toText(const QJsonValue &value);
QJsonValue fromText(const QString &text);
QString objectText(const QJsonObject &object);
QJsonObject objectFromText(const QString &text);
// Equal as the server compares them: numbers by value, arrays element by element.
bool same(const QJsonValue &a, const QJsonValue &b);
} // namespace outboxjson
