#include "accountwriter.h"

#include "../oauth/secrets.h"
#include "demoaccounts.h"

#include <QByteArray>
#include <QChar>
#include <QCryptographicHash>
#include <QDateTime>

#include <future>
#include <vector>

using namespace Qt::StringLiterals;

namespace seeding {

bool writeAccounts(RowInserter &rows, const SeedPlan &plan)
{
    QSqlQuery &q = rows.statement(u"INSERT INTO accounts(id, name, website, billing_address, retention_days,"
                                  " created_at, version, seq) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"_s);
    for (const AccountSeed &a : plan.accounts) {
        if (!rows.insert(q, "accounts",
                {a.id, a.name, a.website, a.billingAddress, a.retentionDays, a.createdAt, rows.seq()}))
            return false;
    }
    return true;
}

bool writeUsers(RowInserter &rows, const SeedPlan &plan)
{
    QSqlQuery &q = rows.statement(u"INSERT INTO users(id, account_id, email, name, role, password_salt, "
                                  u"password_hash, password_iterations,"
                                  " created_at, version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
    // Derived from the email rather than random, so two seeded databases are identical byte for
    // byte (the salt never leaves the server, so this costs no secrecy). The hashes, at full cost,
    // are made side by side, one per core.
    struct Hashed
    {
        QByteArray salt;
        std::future<QByteArray> hash;
    };
    std::vector<Hashed> hashed;
    for (const AccountSeed &a : plan.accounts) {
        for (const UserSeed &u : a.users) {
            QByteArray saltInput = QByteArrayLiteral("miraget-demo-salt:");
            saltInput += u.email.toUtf8();
            const QByteArray salt = QCryptographicHash::hash(saltInput, QCryptographicHash::Sha256).left(16);
            hashed.push_back({salt, std::async(std::launch::async, [salt] {
                                  return secrets::passwordHash(demoPassword(), salt);
                              })});
        }
    }
    std::size_t i = 0;
    for (const AccountSeed &a : plan.accounts) {
        for (const UserSeed &u : a.users) {
            Hashed &h = hashed.at(i++);
            if (!rows.insert(q, "users",
                    {u.id, a.id, u.email, u.name, u.role, h.salt, h.hash.get(), secrets::kPasswordIterations,
                        u.createdAt, rows.seq()}))
                return false;
        }
    }
    return true;
}

bool writeSites(RowInserter &rows, const SeedPlan &plan)
{
    QSqlQuery &q
        = rows.statement(u"INSERT INTO sites(id, account_id, domain, tracker_status, people_tracked,"
                         " people_limit, created_at, version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
    for (const AccountSeed &a : plan.accounts) {
        for (const SiteSeed &s : a.sites) {
            if (!rows.insert(q, "sites",
                    {s.id, a.id, s.domain, s.trackerStatus, s.peopleTracked, a.peopleLimit, s.createdAt,
                        rows.seq()}))
                return false;
        }
    }
    return true;
}

bool writeSubscriptions(RowInserter &rows, const SeedPlan &plan)
{
    QSqlQuery &q
        = rows.statement(u"INSERT INTO subscriptions(account_id, plan, cycle, status, trial_ends_at,"
                         " current_period_start, current_period_end, cancel_at_period_end, extra_people,"
                         " version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 1, ?)"_s);
    for (const AccountSeed &a : plan.accounts) {
        if (!rows.insert(q, "subscriptions",
                {a.id, a.plan, a.cycle, a.subscriptionStatus, nullable(a.trialEndsAt), a.periodStart,
                    a.periodEnd, rows.seq()}))
            return false;
    }
    return true;
}

bool writeInvoices(RowInserter &rows, const SeedPlan &plan)
{
    QSqlQuery &q
        = rows.statement(u"INSERT INTO invoices(id, account_id, number, customer_name, website,"
                         " billing_address, description, amount_cents, currency, status, issued_at,"
                         " period_start, period_end, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'GBP', 'paid',"
                         " ?, ?, ?, ?)"_s);
    qint64 id = 0;
    int number = 100; // one running number across accounts keeps invoice numbers unique
    for (const AccountSeed &a : plan.accounts) {
        for (const InvoiceSeed &inv : a.invoices) {
            const int year = QDateTime::fromSecsSinceEpoch(inv.periodStart, Qt::UTC).date().year();
            if (!rows.insert(q, "invoices",
                    {++id, a.id, u"MG-%1-%2"_s.arg(year).arg(++number, 6, 10, QChar(u'0')), a.name, a.website,
                        a.billingAddress, inv.description, inv.amountCents, inv.periodStart, inv.periodStart,
                        inv.periodEnd, rows.seq()}))
                return false;
        }
    }
    return true;
}

} // namespace seeding
