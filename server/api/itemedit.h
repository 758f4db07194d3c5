#pragma once

#include "../http/apiresponse.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <functional>

class ChangeLog;
class Collection;
class Database;
class QJsonValue;
struct ApiContext;

// The PATCH every account-owned item shares (target lists, goals, funnels, annotations): the item
// found in the caller's account (404), an optional guard on who may change it, the body under
// If-Match (400/428/412), each member read by its field's reader (422 for a field that is not
// editable or a value refused), one UPDATE that bumps version and seq, the live notification, an
// audit entry naming the fields, and the item as it now is. A module declares only what differs:
// its fields and its rules. The table needs account_id, updated_at, version and seq columns.
class ItemEdit
{
public:
    // Reads one member: calls set() with what to store, or fills *error and returns false.
    using Reader = std::function<bool(const QJsonValue &value, ItemEdit &edit, ApiResponse *error)>;
    using Guard = std::function<bool(const QJsonObject &current, ApiResponse *refusal)>;

    // `noun` names the item in messages ("target list"); the audit writes it with underscores.
    ItemEdit(Database &db, ChangeLog &changes, const Collection &collection, const QString &noun);

    ItemEdit &field(const QString &name, Reader reader);
    ItemEdit &guard(Guard guard);
    // A unique, case-insensitive `name` (stored with its name_key): 1..maxLength characters, 409
    // when another item of the account has it.
    ItemEdit &nameField(qsizetype maxLength);
    ApiResponse run(const ApiContext &ctx);

    // For readers: "column = ?" (one or several) and the values they take.
    void set(const QString &assignments, const QVariantList &values);
    qint64 accountId() const { return m_account; }
    qint64 itemId() const { return m_id; }

private:
    struct Field
    {
        QString name;
        Reader reader;
    };

    Database &m_db;
    ChangeLog &m_changes;
    const Collection &m_collection;
    QString m_noun;
    QList<Field> m_fields;
    Guard m_guard;
    qint64 m_account = 0;
    qint64 m_id = 0;
    QStringList m_sets;
    QVariantList m_values;
};

namespace api {
// True when another item (not exceptId) of the account in `table` has this name, ignoring case.
bool nameTaken(Database &db, const QString &table, qint64 accountId, const QString &name, qint64 exceptId);
} // namespace api
