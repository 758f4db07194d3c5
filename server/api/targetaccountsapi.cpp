#include "targetaccountsapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"
#include "core/domainname.h"

#include <QHash>
#include <QJsonArray>

namespace {
const Collection &lists()
{
    return *Collection::find(QStringLiteral("target-lists"));
}

const Collection &members()
{
    return *Collection::find(QStringLiteral("target-accounts"));
}

struct Entry
{
    QString domain;
    QString name;
};

// The request's accounts, one per distinct domain in first-seen order, a later duplicate lending its
// name to an earlier nameless one. False with *error set when any entry is invalid.
bool readEntries(const QJsonValue &value, QList<Entry> *entries, qsizetype *given, ApiResponse *error)
{
    const QJsonArray accounts = value.toArray();
    if (!value.isArray() || accounts.isEmpty() || accounts.size() > TargetAccountsApi::kMaxAccounts) {
        *error = api::invalid(QStringLiteral("accounts must be an array of 1 to %1 entries.")
                                  .arg(TargetAccountsApi::kMaxAccounts));
        return false;
    }
    *given = accounts.size();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (!accounts.at(i).isObject()) {
            *error = api::invalid(QStringLiteral("accounts[%1] must be an object with a domain.").arg(i));
            return false;
        }
        const QJsonObject o = accounts.at(i).toObject();
        // The value is never echoed: it may be whatever was pasted.
        const QString domain = domainname::normalise(o.value(QStringLiteral("domain")).toString());
        if (domain.isEmpty()) {
            *error = api::invalid(QStringLiteral("accounts[%1].domain is not a domain name.").arg(i));
            return false;
        }
        QString name;
        if (!api::optionalText(
                o.value(QStringLiteral("name")), TargetAccountsApi::kMaxNameLength, &name, true)) {
            *error = api::invalid(QStringLiteral("accounts[%1].name must be text of at most %2 characters.")
                                      .arg(i)
                                      .arg(TargetAccountsApi::kMaxNameLength));
            return false;
        }
        const auto seen = index.constFind(domain);
        if (seen == index.cend()) {
            index.insert(domain, entries->size());
            entries->append({domain, name});
        } else if ((*entries)[*seen].name.isEmpty()) {
            (*entries)[*seen].name = name;
        }
    }
    return true;
}
} // namespace

TargetAccountsApi::TargetAccountsApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

void TargetAccountsApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Post, QStringLiteral("/v1/target-lists/{id}/accounts"), roles::managers,
        [this](ApiContext &ctx) { return add(ctx); });
    router.add(M::Delete, QStringLiteral("/v1/target-accounts/{id}"), roles::managers,
        [this](ApiContext &ctx) { return remove(ctx); });
}

ApiResponse TargetAccountsApi::add(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const qint64 listId = ctx.ids.value(0);
    if (m_changes.readItem(lists(), account, listId).isEmpty())
        return api::notFound(QStringLiteral("target list"));
    QJsonObject body;
    ApiResponse error;
    QList<Entry> entries;
    qsizetype given = 0;
    if (!api::readBody(ctx, &body, &error)
        || !readEntries(body.value(QStringLiteral("accounts")), &entries, &given, &error))
        return error;

    struct Member
    {
        qint64 id;
        QString name;
    };
    QHash<QString, Member> existing;
    QSqlQuery *q = m_db.run(
        QStringLiteral("SELECT id, domain, name FROM target_accounts WHERE list_id = ?"), {listId});
    if (!q)
        return api::storageError();
    while (q->next())
        existing.insert(q->value(1).toString(), {q->value(0).toLongLong(), q->value(2).toString()});
    q->finish();

    const qint64 t = api::now();
    qint64 added = 0;
    for (const Entry &e : std::as_const(entries)) {
        const auto member = existing.constFind(e.domain);
        if (member == existing.cend()) {
            if (!m_db.exec(QStringLiteral("INSERT INTO target_accounts(account_id, list_id, domain, name,"
                                          " created_at, seq) VALUES(?, ?, ?, ?, ?, ?)"),
                    {account, listId, e.domain, e.name, t, m_db.nextSeq()}))
                return api::storageError();
            m_changes.touched(account, QStringLiteral("target-accounts"),
                m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong());
            ++added;
        } else if (member->name.isEmpty() && !e.name.isEmpty()) {
            if (!m_db.exec(QStringLiteral("UPDATE target_accounts SET name = ?, seq = ? WHERE id = ?"),
                    {e.name, m_db.nextSeq(), member->id}))
                return api::storageError();
            m_changes.touched(account, QStringLiteral("target-accounts"), member->id);
        }
    }
    const qint64 merged = qint64(given) - added;
    // The list's own row changes too (updated_at), so it syncs; its version is for its fields only.
    if (!m_db.exec(QStringLiteral("UPDATE target_lists SET updated_at = ?, seq = ? WHERE id = ?"),
            {t, m_db.nextSeq(), listId}))
        return api::storageError();
    m_changes.touched(account, QStringLiteral("target-lists"), listId);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email,
        QStringLiteral("target_list.accounts_added"), QStringLiteral("target_list"), listId,
        QJsonObject {{QStringLiteral("added"), added}, {QStringLiteral("merged"), merged}});
    return ApiResponse::json(
        QJsonObject {{QStringLiteral("added"), added}, {QStringLiteral("merged"), merged},
            {QStringLiteral("list"), m_changes.readItem(lists(), account, listId)}});
}

ApiResponse TargetAccountsApi::remove(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const qint64 id = ctx.ids.value(0);
    const QJsonObject member = m_changes.readItem(members(), account, id);
    if (member.isEmpty())
        return api::notFound(QStringLiteral("target account"));
    if (!m_db.exec(
            QStringLiteral("DELETE FROM target_accounts WHERE id = ? AND account_id = ?"), {id, account}))
        return api::storageError();
    m_changes.tombstone(account, QStringLiteral("target-accounts"), id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email,
        QStringLiteral("target_account.deleted"), QStringLiteral("target_account"), id,
        QJsonObject {{QStringLiteral("list_id"), member.value(QStringLiteral("list_id"))},
            {QStringLiteral("domain"), member.value(QStringLiteral("domain"))}});
    return ApiResponse::noContent();
}
