#include "itemedit.h"

#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"

#include <QJsonArray>

ItemEdit::ItemEdit(Database &db, ChangeLog &changes, const Collection &collection, const QString &noun)
    : m_db(db)
    , m_changes(changes)
    , m_collection(collection)
    , m_noun(noun)
{ }

ItemEdit &ItemEdit::field(const QString &name, Reader reader)
{
    m_fields.append({name, std::move(reader)});
    return *this;
}

ItemEdit &ItemEdit::guard(Guard guard)
{
    m_guard = std::move(guard);
    return *this;
}

ItemEdit &ItemEdit::nameField(qsizetype maxLength)
{
    return field(
        QStringLiteral("name"), [maxLength](const QJsonValue &value, ItemEdit &edit, ApiResponse *error) {
            QString name;
            if (!api::requiredText(value, maxLength, QStringLiteral("name"), &name, error))
                return false;
            if (api::nameTaken(edit.m_db, edit.m_collection.table, edit.m_account, name, edit.m_id)) {
                *error = api::conflict(QStringLiteral("A %1 with that name exists.").arg(edit.m_noun));
                return false;
            }
            edit.set(QStringLiteral("name = ?, name_key = ?"), {name, name.toCaseFolded()});
            return true;
        });
}

void ItemEdit::set(const QString &assignments, const QVariantList &values)
{
    m_sets << assignments;
    m_values << values;
}

ApiResponse ItemEdit::run(const ApiContext &ctx)
{
    m_account = ctx.principal.accountId;
    m_id = ctx.ids.value(0);
    const QJsonObject current = m_changes.readItem(m_collection, m_account, m_id);
    if (current.isEmpty())
        return api::notFound(m_noun);
    QJsonObject body;
    ApiResponse error;
    if ((m_guard && !m_guard(current, &error)) || !api::readEdit(ctx, current, &body, &error))
        return error;
    QStringList names;
    for (const Field &f : std::as_const(m_fields))
        names << f.name;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const auto f = std::find_if(m_fields.cbegin(), m_fields.cend(),
            [&](const Field &candidate) { return candidate.name == it.key(); });
        if (f == m_fields.cend())
            return api::invalid(QStringLiteral("Field %1 cannot be changed; editable: %2.")
                                    .arg(it.key(), names.join(QStringLiteral(", "))));
        if (!f->reader(it.value(), *this, &error))
            return error;
    }
    if (m_sets.isEmpty())
        return api::invalid(
            QStringLiteral("Nothing to change: send %1.").arg(names.join(QStringLiteral(", "))));
    m_values << api::now() << m_db.nextSeq() << m_id << m_account;
    if (!m_db.exec(QStringLiteral("UPDATE %1 SET ").arg(m_collection.table) + m_sets.join(u", ")
                + QStringLiteral(
                    ", updated_at = ?, seq = ?, version = version + 1 WHERE id = ? AND account_id = ?"),
            m_values))
        return api::storageError();
    m_changes.touched(m_account, m_collection.name, m_id);
    QString auditNoun = m_noun;
    auditNoun.replace(u' ', u'_');
    m_changes.audit(m_account, ctx.principal.userId, ctx.principal.email,
        auditNoun + QStringLiteral(".updated"), auditNoun, m_id,
        QJsonObject {{QStringLiteral("fields"), QJsonArray::fromStringList(body.keys())}});
    return api::item(m_changes.readItem(m_collection, m_account, m_id));
}

namespace api {
bool nameTaken(Database &db, const QString &table, qint64 accountId, const QString &name, qint64 exceptId)
{
    return db
        .scalar(
            QStringLiteral("SELECT 1 FROM %1 WHERE account_id = ? AND name_key = ? AND id != ?").arg(table),
            {accountId, name.toCaseFolded(), exceptId})
        .isValid();
}
} // namespace api
