#include "seeder.h"

#include "../store/database.h"
#include "accountwriter.h"
#include "activitywriter.h"
#include "analyticswriter.h"
#include "auditlog.h"
#include "auditwriter.h"
#include "demoaccounts.h"
#include "integrationhistory.h"
#include "integrationwriter.h"
#include "leadidentities.h"
#include "leadnotes.h"
#include "leadqualification.h"
#include "leadwriter.h"
#include "rowinserter.h"
#include "seedplan.h"
#include "triagewriter.h"
#include "visitidentification.h"
#include "visitshapes.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

// How the seeder works: everything is generated in memory first (accounts, leads, visits with their
// page counts and times), so that the leads' aggregate columns are final before any lead row is
// written and every row can be inserted once, in the order that makes `seq` follow time. Only the
// per-page details (paths, referrer chain) are drawn while inserting, from a separate generator per
// account, which keeps memory at a few bytes per page view for the million-event load test.
// Randomness comes from QRandomGenerator objects with fixed seeds and integer weights, never from
// the clock, so the same options always give the same database. This file holds the order of the
// steps: each one draws from the generator in turn, so reordering them changes every seeded value.

using namespace Qt::StringLiterals;
using namespace seeding;

namespace {

SeedPlan buildPlan(const SeedOptions &options, qint64 anchor)
{
    SeedPlan plan;
    plan.anchor = anchor;
    plan.accounts = planAccounts(options, anchor);
    LeadIdentityGenerator leadIdentities;
    qint64 nextLeadId = 1;
    qint64 nextIntegrationId = 1;
    for (AccountSeed &account : plan.accounts) {
        QRandomGenerator rng(account.seed);
        leadIdentities.generate(account, nextLeadId, rng);
        nextLeadId += account.leadCount;
        generateVisitShapes(account, anchor, rng);
        identifyVisits(account, rng);
        qualifyLeads(account, anchor, rng);
        planIntegrations(plan, account, &nextIntegrationId, rng);
        planNotes(plan, account, rng);
        planAudit(plan, account);
    }
    // Within each table, insertion (and so seq) order follows time.
    std::stable_sort(plan.syncRuns.begin(), plan.syncRuns.end(),
        [](const SyncRunSeed &a, const SyncRunSeed &b) { return a.startedAt < b.startedAt; });
    std::stable_sort(plan.notes.begin(), plan.notes.end(),
        [](const NoteSeed &a, const NoteSeed &b) { return a.createdAt < b.createdAt; });
    std::stable_sort(plan.audit.begin(), plan.audit.end(),
        [](const AuditSeed &a, const AuditSeed &b) { return a.at < b.at; });
    return plan;
}

// Tables in the order a real history would have filled them, since each row takes the next seq.
bool writePlan(Database &db, const SeedPlan &plan, QString *error)
{
    RowInserter rows(db, error);
    ActivityWriter activity(rows);
    return writeAccounts(rows, plan) && writeUsers(rows, plan) && writeSites(rows, plan)
        && writeSubscriptions(rows, plan) && writeIntegrations(rows, plan) && writeSyncRuns(rows, plan)
        && writeInvoices(rows, plan) && writeLeads(rows, plan) && activity.write(plan)
        && writeNotes(rows, plan) && writeAudit(rows, plan) && writeTriage(rows, plan)
        && writeAnalytics(rows, plan);
}

} // namespace

bool seedDatabase(Database &db, const SeedOptions &options, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!options.anchor.isValid()) {
        *error = u"the seed anchor time is not valid"_s;
        return false;
    }
    if (options.leads < 0 || options.events < 0) {
        *error = u"seed counts must not be negative"_s;
        return false;
    }
    // Fixed ids only make sense in an empty database.
    const QVariant existing = db.scalar(u"SELECT count(*) FROM accounts"_s);
    if (!existing.isValid() || existing.toLongLong() != 0) {
        *error = u"the database is not empty; demo data is only seeded into a new database"_s;
        return false;
    }

    const SeedPlan plan = buildPlan(options, options.anchor.toSecsSinceEpoch());
    Transaction tx(db);
    if (!writePlan(db, plan, error))
        return false;
    if (!tx.commit()) {
        *error = u"cannot commit the demo data: "_s + db.handle().lastError().text();
        return false;
    }
    return true;
}

QList<DemoUser> demoUsers(Database &db)
{
    QList<DemoUser> users;
    QSqlQuery *q
        = db.run(u"SELECT u.email, u.role, a.name FROM users u JOIN accounts a ON a.id = u.account_id"
                 " ORDER BY u.account_id, u.id"_s);
    if (!q)
        return users;
    while (q->next())
        users.append(
            {q->value(0).toString(), demoPassword(), q->value(1).toString(), q->value(2).toString()});
    q->finish();
    return users;
}
