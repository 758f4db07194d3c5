#include "plancatalog.h"

#include <QJsonArray>

QJsonObject Plan::toJson() const
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("currency"), plancatalog::currency},
        {QStringLiteral("monthly_cents"), monthlyCents},
        {QStringLiteral("annual_cents"), annualCents},
        {QStringLiteral("limits"),
            QJsonObject {{QStringLiteral("people_tracked"), peopleTracked}, {QStringLiteral("sites"), sites},
                {QStringLiteral("seats"), seats},
                {QStringLiteral("api_requests_per_minute"), apiRequestsPerMinute},
                {QStringLiteral("retention_days"), retentionDays}}},
    };
}

namespace plancatalog {

const QList<Plan> &plans()
{
    static const QList<Plan> list = {
        {QStringLiteral("premium"), QStringLiteral("Premium"), 9900, 99000, 5000, 3, 10, 120, 90},
        {QStringLiteral("elite"), QStringLiteral("Elite"), 29900, 299000, 50000, 20, 50, 600, 395},
    };
    return list;
}

const Plan *find(const QString &id)
{
    for (const Plan &p : plans()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

bool isCycle(const QString &cycle)
{
    return cycle == u"monthly" || cycle == u"annual";
}

qint64 cycleSeconds(const QString &cycle)
{
    return cycle == u"annual" ? 365 * 86400 : 30 * 86400;
}

QJsonObject upgradeJson()
{
    return QJsonObject {{QStringLiteral("id"), QStringLiteral("extra_people")},
        {QStringLiteral("name"), QStringLiteral("5,000 more people tracked")},
        {QStringLiteral("people"), 5000}, {QStringLiteral("currency"), currency},
        {QStringLiteral("monthly_cents"), 2900}, {QStringLiteral("annual_cents"), 29000}};
}

} // namespace plancatalog
