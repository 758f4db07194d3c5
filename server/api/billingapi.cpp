#include "billingapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"
#include "invoicepdf.h"
#include "plancatalog.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QString::fromLatin1(key)).toString();
}
} // namespace

BillingApi::BillingApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

void BillingApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Get, QStringLiteral("/v1/plans"), roles::anyone, [](ApiContext &) {
        QJsonArray items;
        for (const Plan &p : plancatalog::plans())
            items.append(p.toJson());
        return ApiResponse::json(QJsonObject {{QStringLiteral("items"), items},
            {QStringLiteral("upgrades"), QJsonArray {plancatalog::upgradeJson()}}});
    });
    router.add(M::Get, QStringLiteral("/v1/billing/subscription"), roles::billing,
        [this](ApiContext &ctx) { return api::item(subscription(ctx.principal.accountId)); });
    router.add(M::Patch, QStringLiteral("/v1/billing/subscription"), roles::billing,
        [this](ApiContext &ctx) { return change(ctx); });
    router.add(M::Get, QStringLiteral("/v1/billing/usage"), roles::billing,
        [this](ApiContext &ctx) { return usage(ctx); });
    router.add(M::Post, QStringLiteral("/v1/billing/preview"), roles::billing,
        [this](ApiContext &ctx) { return preview(ctx); });
    router.add(M::Get, QStringLiteral("/v1/invoices/{id}/pdf"), roles::billing,
        [this](ApiContext &ctx) { return invoicePdf(ctx); });
}

QJsonObject BillingApi::subscription(qint64 accountId)
{
    QSqlQuery *q
        = m_db.run(QStringLiteral("SELECT plan, cycle, status, trial_ends_at, current_period_start,"
                                  " current_period_end, cancel_at_period_end, extra_people, version, seq"
                                  " FROM subscriptions WHERE account_id = ?"),
            {accountId});
    if (!q || !q->next())
        return {};
    const QString planId = q->value(0).toString();
    const QString cycle = q->value(1).toString();
    const QString status = q->value(2).toString();
    const QVariant trialEnd = q->value(3);
    QJsonObject o {
        {QStringLiteral("plan"), planId},
        {QStringLiteral("cycle"), cycle},
        {QStringLiteral("status"), status},
        {QStringLiteral("trial_ends_at"),
            trialEnd.isNull() ? QJsonValue() : QJsonValue(isoTime(trialEnd.toLongLong()))},
        {QStringLiteral("current_period_start"), isoTime(q->value(4).toLongLong())},
        {QStringLiteral("current_period_end"), isoTime(q->value(5).toLongLong())},
        {QStringLiteral("cancel_at_period_end"), q->value(6).toInt() != 0},
        {QStringLiteral("extra_people"), q->value(7).toInt()},
        {QStringLiteral("version"), q->value(8).toLongLong()},
        {QStringLiteral("seq"), q->value(9).toLongLong()},
        {QStringLiteral("currency"), plancatalog::currency},
    };
    q->finish();
    if (const Plan *plan = plancatalog::find(planId))
        o.insert(QStringLiteral("price_cents"), plan->priceCents(cycle));
    int trialDaysLeft = 0;
    if (status == u"trialing" && !trialEnd.isNull())
        trialDaysLeft = std::max(0, int(std::ceil((trialEnd.toLongLong() - api::now()) / 86400.0)));
    o.insert(QStringLiteral("trial_days_left"), trialDaysLeft);
    return o;
}

ApiResponse BillingApi::usage(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const QJsonObject sub = subscription(account);
    const Plan *plan = plancatalog::find(str(sub, "plan"));
    if (!plan)
        return api::notFound(QStringLiteral("subscription"));
    const int extra = sub.value(QStringLiteral("extra_people")).toInt();
    const auto count
        = [&](const char *sql) { return m_db.scalar(QString::fromLatin1(sql), {account}).toLongLong(); };
    return ApiResponse::json(QJsonObject {
        {QStringLiteral("people_tracked"),
            count("SELECT coalesce(sum(people_tracked), 0) FROM sites WHERE account_id = ?")},
        {QStringLiteral("people_limit"), plan->peopleTracked + extra},
        {QStringLiteral("sites"), count("SELECT count(*) FROM sites WHERE account_id = ?")},
        {QStringLiteral("sites_limit"), plan->sites},
        {QStringLiteral("seats"), count("SELECT count(*) FROM users WHERE account_id = ?")},
        {QStringLiteral("seats_limit"), plan->seats},
        {QStringLiteral("api_requests_per_minute_limit"), plan->apiRequestsPerMinute},
        {QStringLiteral("retention_days"), plan->retentionDays},
        {QStringLiteral("period_start"), sub.value(QStringLiteral("current_period_start"))},
        {QStringLiteral("period_end"), sub.value(QStringLiteral("current_period_end"))},
    });
}

std::optional<ApiResponse> BillingApi::quoteFor(
    qint64 accountId, const QJsonObject &sub, const QString &planId, const QString &cycle, Quote *quote)
{
    const Plan *plan = plancatalog::find(planId);
    if (!plan)
        return api::invalid(QStringLiteral("plan must be premium or elite."));
    if (!plancatalog::isCycle(cycle))
        return api::invalid(QStringLiteral("cycle must be monthly or annual."));
    const qint64 seats
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE account_id = ?"), {accountId})
              .toLongLong();
    const qint64 sites
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM sites WHERE account_id = ?"), {accountId})
              .toLongLong();
    if (seats > plan->seats || sites > plan->sites)
        return api::conflict(QStringLiteral("%1 allows %2 team members and %3 sites; you have %4 and %5.")
                                 .arg(plan->name)
                                 .arg(plan->seats)
                                 .arg(plan->sites)
                                 .arg(seats)
                                 .arg(sites));

    qint64 start = 0, end = 0;
    parseIsoTime(str(sub, "current_period_start"), &start);
    parseIsoTime(str(sub, "current_period_end"), &end);
    const qint64 t = api::now();
    const Plan *current = plancatalog::find(str(sub, "plan"));
    const qint64 newPrice = plan->priceCents(cycle);
    *quote = Quote {0, 0, start, end, newPrice};
    if (str(sub, "status") == u"trialing" || !current)
        return std::nullopt; // nothing is charged during a trial; the new price applies from its end
    const double remaining = end > start ? std::clamp(double(end - t) / double(end - start), 0.0, 1.0) : 0.0;
    quote->creditCents = qint64(std::llround(current->priceCents(str(sub, "cycle")) * remaining));
    if (cycle == str(sub, "cycle")) {
        // Same cycle: pay the difference for what is left of the period; a downgrade is not refunded.
        quote->dueNowCents
            = std::max<qint64>(0, qint64(std::llround(newPrice * remaining)) - quote->creditCents);
    } else {
        // A new cycle starts a new period now, with the unused part of the old one credited.
        quote->dueNowCents = std::max<qint64>(0, newPrice - quote->creditCents);
        quote->periodStart = t;
        quote->periodEnd = t + plancatalog::cycleSeconds(cycle);
    }
    return std::nullopt;
}

QJsonObject BillingApi::quoteJson(
    const QJsonObject &sub, const QString &plan, const QString &cycle, const Quote &q) const
{
    const Plan *current = plancatalog::find(str(sub, "plan"));
    return QJsonObject {
        {QStringLiteral("current"),
            QJsonObject {{QStringLiteral("plan"), str(sub, "plan")},
                {QStringLiteral("cycle"), str(sub, "cycle")},
                {QStringLiteral("price_cents"), current ? current->priceCents(str(sub, "cycle")) : 0}}},
        {QStringLiteral("proposed"),
            QJsonObject {{QStringLiteral("plan"), plan}, {QStringLiteral("cycle"), cycle},
                {QStringLiteral("price_cents"), q.renewalCents}}},
        {QStringLiteral("credit_cents"), q.creditCents},
        {QStringLiteral("amount_due_now_cents"), q.dueNowCents},
        {QStringLiteral("next_renewal_at"), isoTime(q.periodEnd)},
        {QStringLiteral("next_renewal_cents"), q.renewalCents},
        {QStringLiteral("currency"), plancatalog::currency},
    };
}

ApiResponse BillingApi::preview(const ApiContext &ctx)
{
    QJsonObject body;
    ApiResponse error;
    if (!api::readBody(ctx, &body, &error))
        return error;
    const QJsonObject sub = subscription(ctx.principal.accountId);
    const QString plan = body.value(QStringLiteral("plan")).toString(str(sub, "plan"));
    const QString cycle = body.value(QStringLiteral("cycle")).toString(str(sub, "cycle"));
    Quote q;
    if (auto refused = quoteFor(ctx.principal.accountId, sub, plan, cycle, &q))
        return *refused;
    return ApiResponse::json(quoteJson(sub, plan, cycle, q));
}

ApiResponse BillingApi::change(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const QJsonObject sub = subscription(account);
    QJsonObject body;
    ApiResponse error;
    if (!api::readEdit(ctx, sub, &body, &error))
        return error;
    for (const QString &key : body.keys()) {
        if (key != u"plan" && key != u"cycle" && key != u"cancel_at_period_end")
            return api::invalid(QStringLiteral("Field %1 cannot be changed; send plan, cycle and/or "
                                               "cancel_at_period_end.")
                                    .arg(key));
    }
    if (body.contains(QStringLiteral("cancel_at_period_end"))
        && !body.value(QStringLiteral("cancel_at_period_end")).isBool())
        return api::invalid(QStringLiteral("cancel_at_period_end must be true or false."));
    if (body.isEmpty())
        return api::invalid(QStringLiteral("Nothing to change."));

    const QString plan = body.value(QStringLiteral("plan")).toString(str(sub, "plan"));
    const QString cycle = body.value(QStringLiteral("cycle")).toString(str(sub, "cycle"));
    QJsonObject detail;
    if (plan != str(sub, "plan") || cycle != str(sub, "cycle")) {
        Quote q;
        if (auto refused = quoteFor(account, sub, plan, cycle, &q))
            return *refused;
        m_db.exec(QStringLiteral("UPDATE subscriptions SET plan = ?, cycle = ?, current_period_start = ?,"
                                 " current_period_end = ? WHERE account_id = ?"),
            {plan, cycle, q.periodStart, q.periodEnd, account});
        const Plan &newPlan = *plancatalog::find(plan);
        // Each site gets its own seq: rows sharing one would let a page boundary fall between them.
        QList<qint64> siteIds;
        QSqlQuery *sites = m_db.run(QStringLiteral("SELECT id FROM sites WHERE account_id = ?"), {account});
        while (sites && sites->next())
            siteIds.append(sites->value(0).toLongLong());
        const int peopleLimit = newPlan.peopleTracked + sub.value(QStringLiteral("extra_people")).toInt();
        for (qint64 siteId : siteIds) {
            m_db.exec(QStringLiteral(
                          "UPDATE sites SET people_limit = ?, seq = ?, version = version + 1 WHERE id = ?"),
                {peopleLimit, m_db.nextSeq(), siteId});
            m_changes.touched(account, QStringLiteral("sites"), siteId);
        }
        if (q.dueNowCents > 0)
            issueInvoice(account, newPlan, cycle, q);
        detail = quoteJson(sub, plan, cycle, q);
    }
    const bool wasCanceling = sub.value(QStringLiteral("cancel_at_period_end")).toBool();
    const bool cancel = body.value(QStringLiteral("cancel_at_period_end")).toBool(wasCanceling);
    if (detail.isEmpty() && cancel == wasCanceling)
        return api::item(sub); // nothing changes: no new version, no audit entry
    if (cancel != wasCanceling) {
        m_db.exec(QStringLiteral("UPDATE subscriptions SET cancel_at_period_end = ? WHERE account_id = ?"),
            {cancel ? 1 : 0, account});
        detail.insert(QStringLiteral("cancel_at_period_end"), cancel);
    }
    m_db.exec(QStringLiteral("UPDATE subscriptions SET seq = ?, version = version + 1 WHERE account_id = ?"),
        {m_db.nextSeq(), account});
    QString action = QStringLiteral("subscription.changed");
    if (cancel != wasCanceling)
        action = cancel ? QStringLiteral("subscription.canceled") : QStringLiteral("subscription.resumed");
    m_changes.touched(account, QStringLiteral("subscription"), account);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, action,
        QStringLiteral("subscription"), account, detail);
    return api::item(subscription(account));
}

void BillingApi::issueInvoice(qint64 accountId, const Plan &plan, const QString &cycle, const Quote &q)
{
    QSqlQuery *a = m_db.run(
        QStringLiteral("SELECT name, website, billing_address FROM accounts WHERE id = ?"), {accountId});
    if (!a || !a->next())
        return;
    const QString name = a->value(0).toString(), website = a->value(1).toString(),
                  address = a->value(2).toString();
    a->finish();
    // Invoice numbers run in one sequence across accounts (MG-<year>-<6 digits>), continuing from
    // the highest issued, whatever year it was issued in.
    const QString last
        = m_db.scalar(QStringLiteral("SELECT number FROM invoices ORDER BY id DESC LIMIT 1")).toString();
    const qint64 next = last.section(u'-', -1).toLongLong() + 1;
    const QString number = QStringLiteral("MG-%1-%2")
                               .arg(QDateTime::currentDateTimeUtc().date().year())
                               .arg(next, 6, 10, QLatin1Char('0'));
    m_db.exec(QStringLiteral(
                  "INSERT INTO invoices(account_id, number, customer_name, website, billing_address,"
                  " description, amount_cents, currency, status, issued_at, period_start, period_end, seq)"
                  " VALUES(?, ?, ?, ?, ?, ?, ?, ?, 'paid', ?, ?, ?, ?)"),
        {accountId, number, name, website, address,
            QStringLiteral("Miraget %1 - %2 (prorated change)").arg(plan.name, cycle), q.dueNowCents,
            plancatalog::currency, api::now(), api::now(), q.periodEnd, m_db.nextSeq()});
    m_changes.touched(accountId, QStringLiteral("invoices"),
        m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong());
}

ApiResponse BillingApi::invoicePdf(const ApiContext &ctx)
{
    const QJsonObject invoice = m_changes.readItem(
        *Collection::find(QStringLiteral("invoices")), ctx.principal.accountId, ctx.ids.value(0));
    if (invoice.isEmpty())
        return api::notFound(QStringLiteral("invoice"));
    ApiResponse r = ApiResponse::bytes(invoicepdf::render(invoice), "application/pdf");
    r.withHeader(
        "Content-Disposition", "attachment; filename=\"" + str(invoice, "number").toLatin1() + ".pdf\"");
    return r;
}
