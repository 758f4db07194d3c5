#include "exclusionsapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"
#include "core/domainname.h"

#include <QJsonArray>
#include <QSet>

namespace {
const Collection &exclusions()
{
    return *Collection::find(QStringLiteral("exclusions"));
}

// The reason and note shared by the single and the batch form.
bool readReasonAndNote(const QJsonObject &body, QString *reason, QString *note, ApiResponse *error)
{
    *reason = body.value(QStringLiteral("reason")).toString();
    if (!ExclusionsApi::reasons().contains(*reason)) {
        *error = api::invalid(
            QStringLiteral("reason must be one of: %1.").arg(ExclusionsApi::reasons().join(u", ")));
        return false;
    }
    if (!api::optionalText(body.value(QStringLiteral("note")), ExclusionsApi::kMaxNoteLength, note)) {
        *error = api::invalid(
            QStringLiteral("note must be text of at most %1 characters.").arg(ExclusionsApi::kMaxNoteLength));
        return false;
    }
    return true;
}
} // namespace

ExclusionsApi::ExclusionsApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

const QStringList &ExclusionsApi::reasons()
{
    static const QStringList r = {QStringLiteral("customer"), QStringLiteral("competitor"),
        QStringLiteral("partner"), QStringLiteral("isp"), QStringLiteral("other")};
    return r;
}

void ExclusionsApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Post, QStringLiteral("/v1/exclusions"), roles::managers,
        [this](ApiContext &ctx) { return create(ctx); });
    router.add(M::Post, QStringLiteral("/v1/exclusions/batch"), roles::managers,
        [this](ApiContext &ctx) { return createBatch(ctx); });
    router.add(M::Delete, QStringLiteral("/v1/exclusions/{id}"), roles::managers,
        [this](ApiContext &ctx) { return remove(ctx); });
}

QJsonObject ExclusionsApi::byDomain(qint64 accountId, const QString &domain)
{
    QSqlQuery *q = m_db.run(exclusions().selectSql() + QStringLiteral(" WHERE account_id = ? AND domain = ?"),
        {accountId, domain});
    if (!q || !q->next())
        return {};
    const QJsonObject item = exclusions().toJson(*q);
    q->finish();
    return item;
}

qint64 ExclusionsApi::insert(
    const ApiContext &ctx, const QString &domain, const QString &reason, const QString &note)
{
    const qint64 account = ctx.principal.accountId;
    if (!m_db.exec(QStringLiteral("INSERT INTO exclusions(account_id, domain, reason, note, created_by,"
                                  " created_at, seq) VALUES(?, ?, ?, ?, ?, ?, ?)"),
            {account, domain, reason, note, ctx.principal.userId, api::now(), m_db.nextSeq()}))
        return 0;
    const qint64 id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    m_changes.touched(account, QStringLiteral("exclusions"), id);
    return id;
}

ApiResponse ExclusionsApi::create(const ApiContext &ctx)
{
    QJsonObject body;
    ApiResponse error;
    QString reason, note;
    if (!api::readBody(ctx, &body, &error))
        return error;
    // The value is never echoed: it may be whatever was pasted.
    const QString domain = domainname::normalise(body.value(QStringLiteral("domain")).toString());
    if (domain.isEmpty())
        return api::invalid(QStringLiteral("domain is not a domain name."));
    if (!readReasonAndNote(body, &reason, &note, &error))
        return error;
    const qint64 account = ctx.principal.accountId;
    const QJsonObject existing = byDomain(account, domain);
    if (!existing.isEmpty())
        return api::item(existing);
    const qint64 id = insert(ctx, domain, reason, note);
    if (id == 0)
        return api::storageError();
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("exclusion.created"),
        QStringLiteral("exclusion"), id,
        QJsonObject {{QStringLiteral("domain"), domain}, {QStringLiteral("reason"), reason}});
    return api::item(m_changes.readItem(exclusions(), account, id), 201);
}

ApiResponse ExclusionsApi::createBatch(const ApiContext &ctx)
{
    QJsonObject body;
    ApiResponse error;
    QString reason, note;
    if (!api::readBody(ctx, &body, &error))
        return error;
    const QJsonValue given = body.value(QStringLiteral("domains"));
    const QJsonArray list = given.toArray();
    if (!given.isArray() || list.isEmpty() || list.size() > kMaxBatch)
        return api::invalid(
            QStringLiteral("domains must be an array of 1 to %1 domain names.").arg(kMaxBatch));
    // Everything is checked before anything is written: one bad domain refuses the whole batch.
    QStringList domains;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString domain = domainname::normalise(list.at(i).toString());
        if (domain.isEmpty())
            return api::invalid(QStringLiteral("domains[%1] is not a domain name.").arg(i));
        if (!seen.contains(domain)) {
            seen.insert(domain);
            domains.append(domain);
        }
    }
    if (!readReasonAndNote(body, &reason, &note, &error))
        return error;

    const qint64 account = ctx.principal.accountId;
    QJsonArray items;
    qint64 created = 0;
    for (const QString &domain : std::as_const(domains)) {
        QJsonObject item = byDomain(account, domain);
        if (item.isEmpty()) {
            const qint64 id = insert(ctx, domain, reason, note);
            if (id == 0)
                return api::storageError();
            item = m_changes.readItem(exclusions(), account, id);
            ++created;
        }
        items.append(item);
    }
    const qint64 existing = qint64(domains.size()) - created;
    // Like a single create of an existing domain: a batch that changed nothing leaves no entry.
    if (created > 0)
        m_changes.audit(account, ctx.principal.userId, ctx.principal.email,
            QStringLiteral("exclusion.batch_created"), QStringLiteral("exclusion"), 0,
            QJsonObject {{QStringLiteral("created"), created}, {QStringLiteral("existing"), existing},
                {QStringLiteral("reason"), reason}});
    return ApiResponse::json(QJsonObject {{QStringLiteral("created"), created},
        {QStringLiteral("existing"), existing}, {QStringLiteral("items"), items}});
}

ApiResponse ExclusionsApi::remove(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const qint64 id = ctx.ids.value(0);
    const QJsonObject item = m_changes.readItem(exclusions(), account, id);
    if (item.isEmpty())
        return api::notFound(QStringLiteral("exclusion"));
    if (!m_db.exec(QStringLiteral("DELETE FROM exclusions WHERE id = ? AND account_id = ?"), {id, account}))
        return api::storageError();
    m_changes.tombstone(account, QStringLiteral("exclusions"), id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("exclusion.deleted"),
        QStringLiteral("exclusion"), id,
        QJsonObject {{QStringLiteral("domain"), item.value(QStringLiteral("domain"))}});
    return ApiResponse::noContent();
}
