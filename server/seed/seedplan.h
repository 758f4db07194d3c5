#pragma once

#include "seedrows.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace seeding {

// One demo account with everything that belongs to it: its settings and subscription as plain
// fields, and its users, sites, integrations, invoices, leads, visitors and visits as row lists. The
// planning steps fill it in stages (accounts first, then leads, visits, lead scores, integrations),
// each step reading what the earlier ones decided; the writers only read it. `seed` starts the
// account's own random generator, so one account's volumes never shift another account's draws.
struct AccountSeed
{
    qint64 id;
    QString name;
    QString website;
    QString billingAddress;
    int retentionDays;
    qint64 createdAt;
    QString plan;
    QString cycle;
    QString subscriptionStatus;
    qint64 trialEndsAt; // 0: NULL
    qint64 periodStart;
    qint64 periodEnd;
    int peopleLimit;
    int leadCount;
    int pageViewCount;
    quint32 seed;

    std::vector<UserSeed> users;
    std::vector<SiteSeed> sites;
    std::vector<IntegrationSeed> integrations;
    std::vector<InvoiceSeed> invoices;
    std::vector<LeadSeed> leads;
    std::vector<VisitorSeed> visitors;
    std::vector<VisitSeed> visits; // sorted by start
    std::vector<quint16> pageTimes; // time on page of every page view, grouped per visit

    const UserSeed &owner() const { return users.front(); }
    std::vector<qint64> salesUserIds() const;
};

// The whole demo database as planned in memory: the accounts, and the rows that span accounts in
// one id sequence (sync runs, notes, audit entries; each list in the time order it is written in).
struct SeedPlan
{
    qint64 anchor = 0; // the end of the history, seconds since the epoch
    std::vector<AccountSeed> accounts;
    std::vector<SyncRunSeed> syncRuns;
    std::vector<NoteSeed> notes;
    std::vector<AuditSeed> audit;
};

} // namespace seeding
