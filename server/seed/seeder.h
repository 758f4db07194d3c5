#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// The demo data `miraget-server` starts with: two accounts (Acme, the main demo account, and a small
// Globex trial), their teams, sites, subscription, integrations, sync history and invoices, and a
// 90-day history of leads, visits and page views ending at an anchor time. The output is a pure
// function of SeedOptions, so tests, benchmarks and screenshots can rely on exact ids, seq numbers
// and values; the sizes are options so the same generator serves a quick demo and a load test.
struct SeedOptions
{
    int leads = 1000; // leads of the main account (the second account gets about 1%)
    int events = 20000; // page views of the main account (the second account gets 1%)
    QDateTime anchor; // UTC; history ends here
};

struct DemoUser
{
    QString email;
    QString password;
    QString role;
    QString account;
};

// Fills a freshly created (empty) database with deterministic synthetic data: identical options give
// identical rows (ids, seq, every value). Returns false with *error set on failure (and leaves no
// partial data: one transaction).
bool seedDatabase(Database &db, const SeedOptions &options, QString *error);

// The demo users as stored in the database (ordered by account id, then user id), with their demo
// password.
QList<DemoUser> demoUsers(Database &db);
