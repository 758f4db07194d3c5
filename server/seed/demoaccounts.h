#pragma once

#include "seedplan.h"

#include <QString>

#include <vector>

struct SeedOptions;

// The two demo accounts as fixed data: Acme, a long-standing customer on an annual Elite plan with
// a product site, a blog and a docs site still waiting for its tracker, and Globex, a small team a
// few days into a Premium trial. Everything here is written out by hand (names, roles, dates
// relative to the anchor) because tests, screenshots and docs refer to these people and sites by
// name; only the lead and event volumes come from the options.
namespace seeding {

// Every demo user's password: documented, and printed by `--list-demo-users`.
const QString &demoPassword();

// The accounts with their users, sites and invoices; leads and traffic are left empty.
std::vector<AccountSeed> planAccounts(const SeedOptions &options, qint64 anchor);

} // namespace seeding
