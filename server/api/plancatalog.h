#pragma once

#include <QJsonObject>
#include <QString>

// The price list: Premium and Elite, monthly or annual, plus the extra-people upgrade. Amounts are
// integer minor units (pence) so no price ever goes through floating point.
struct Plan
{
    QString id;
    QString name;
    qint64 monthlyCents;
    qint64 annualCents;
    int peopleTracked;
    int sites;
    int seats;
    int apiRequestsPerMinute;
    int retentionDays;

    qint64 priceCents(const QString &cycle) const { return cycle == u"annual" ? annualCents : monthlyCents; }
    QJsonObject toJson() const;
};

namespace plancatalog {
inline const QString currency = QStringLiteral("GBP");
const QList<Plan> &plans();
const Plan *find(const QString &id);
bool isCycle(const QString &cycle);
qint64 cycleSeconds(const QString &cycle);
QJsonObject upgradeJson();
} // namespace plancatalog
