#include "privacyapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"

#include <QJsonDocument>
#include <QSet>

PrivacyApi::PrivacyApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

void PrivacyApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    // Never kept for replays: a retry builds the export again, with what the caller may see then.
    router.add(
        M::Post, QStringLiteral("/v1/privacy/export"), roles::managers,
        [this](ApiContext &ctx) { return exportAll(ctx); }, Router::Replay::RunAgain);
    router.add(M::Post, QStringLiteral("/v1/privacy/erase-visitor"), roles::managers,
        [this](ApiContext &ctx) { return eraseVisitor(ctx); });
}

ApiResponse PrivacyApi::exportAll(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    // Written straight into one buffer: an account with a million page views should not need a
    // QJsonArray of a million objects on top of the bytes.
    QByteArray out = "{\"format\":\"miraget-export-v1\",\"exported_at\":\"" + isoTime(api::now()).toLatin1()
        + "\",\"account_id\":" + QByteArray::number(account) + ",\"collections\":{";
    bool firstCollection = true;
    for (const Collection &c : Collection::all()) {
        // The export holds what the caller could read over REST, no more (an admin sees no invoices).
        if (!roleIn(ctx.principal.role, c.readers))
            continue;
        out += (firstCollection ? "\"" : ",\"") + c.name.toLatin1() + "\":[";
        firstCollection = false;
        QSqlQuery *q
            = m_db.run(c.selectSql() + QStringLiteral(" WHERE account_id = ? ORDER BY id"), {account});
        bool first = true;
        while (q && q->next()) {
            if (!first)
                out += ',';
            first = false;
            c.appendJson(*q, out);
        }
        if (q)
            q->finish();
        out += ']';
    }
    out += "}}";
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("privacy.exported"),
        QStringLiteral("account"), account, QJsonObject {{QStringLiteral("bytes"), out.size()}});
    ApiResponse r = ApiResponse::rawJson(std::move(out));
    r.withHeader("Content-Disposition", "attachment; filename=\"miraget-export.json\"");
    return r;
}

ApiResponse PrivacyApi::eraseVisitor(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    QJsonObject body;
    ApiResponse error;
    if (!api::readBody(ctx, &body, &error))
        return error;
    const QString visitor = body.value(QStringLiteral("visitor_id")).toString();
    if (visitor.isEmpty())
        return api::invalid(QStringLiteral("visitor_id is required."));

    QSet<qint64> leads;
    qint64 erased[2] = {0, 0};
    const QString tables[2] = {QStringLiteral("pageviews"), QStringLiteral("visits")};
    for (int i = 0; i < 2; ++i) {
        QList<qint64> ids;
        QSqlQuery *q = m_db.run(QStringLiteral("SELECT id, lead_id FROM ") + tables[i]
                + QStringLiteral(" WHERE account_id = ? AND visitor_id = ?"),
            {account, visitor});
        while (q && q->next()) {
            ids.append(q->value(0).toLongLong());
            if (!q->value(1).isNull())
                leads.insert(q->value(1).toLongLong());
        }
        for (qint64 id : ids)
            m_changes.tombstone(account, tables[i], id);
        m_db.exec(QStringLiteral("DELETE FROM ") + tables[i]
                + QStringLiteral(" WHERE account_id = ? AND visitor_id = ?"),
            {account, visitor});
        erased[i] = ids.size();
    }
    if (erased[0] + erased[1] == 0)
        return api::notFound(QStringLiteral("visitor"));
    for (qint64 lead : leads)
        recountLead(account, lead);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email,
        QStringLiteral("privacy.visitor_erased"), QStringLiteral("visitor"), 0,
        QJsonObject {{QStringLiteral("visitor_id"), visitor}, {QStringLiteral("pageviews"), erased[0]},
            {QStringLiteral("visits"), erased[1]}});
    return ApiResponse::json(QJsonObject {{QStringLiteral("visitor_id"), visitor},
        {QStringLiteral("pageviews_erased"), erased[0]}, {QStringLiteral("visits_erased"), erased[1]}});
}

void PrivacyApi::recountLead(qint64 accountId, qint64 leadId)
{
    // A lead keeps its first/last visit times if none of its visits remain: the company was seen.
    m_db.exec(QStringLiteral(
                  "UPDATE leads SET"
                  " visits = (SELECT count(*) FROM visits WHERE lead_id = leads.id),"
                  " page_views = (SELECT count(*) FROM pageviews WHERE lead_id = leads.id),"
                  " first_visit_at = coalesce((SELECT min(started_at) FROM visits WHERE lead_id = leads.id),"
                  " first_visit_at),"
                  " last_visit_at = coalesce((SELECT max(ended_at) FROM visits WHERE lead_id = leads.id),"
                  " last_visit_at),"
                  " seq = ?, version = version + 1 WHERE id = ? AND account_id = ?"),
        {m_db.nextSeq(), leadId, accountId});
    m_changes.touched(accountId, QStringLiteral("leads"), leadId);
}
