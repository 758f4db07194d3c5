#pragma once

#include "../http/apiresponse.h"

#include <QJsonObject>

class ChangeLog;
class Database;
class Router;
struct ApiContext;
struct Plan;

// Plans, the account's subscription and usage, a price preview for a plan or cycle change, the
// change itself, cancellation (no renewal at period end) and invoice PDFs. Only owners and billing
// admins reach any of it but the public price list.
class BillingApi
{
public:
    BillingApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

private:
    struct Quote
    {
        qint64 dueNowCents = 0;
        qint64 creditCents = 0;
        qint64 periodStart = 0;
        qint64 periodEnd = 0;
        qint64 renewalCents = 0;
    };

    QJsonObject subscription(qint64 accountId);
    ApiResponse usage(const ApiContext &ctx);
    ApiResponse preview(const ApiContext &ctx);
    ApiResponse change(const ApiContext &ctx);
    ApiResponse invoicePdf(const ApiContext &ctx);
    // Validates a requested plan/cycle against the subscription and the team; fills *quote.
    std::optional<ApiResponse> quoteFor(
        qint64 accountId, const QJsonObject &sub, const QString &plan, const QString &cycle, Quote *quote);
    QJsonObject quoteJson(
        const QJsonObject &sub, const QString &plan, const QString &cycle, const Quote &q) const;
    void issueInvoice(qint64 accountId, const Plan &plan, const QString &cycle, const Quote &q);

    Database &m_db;
    ChangeLog &m_changes;
};
