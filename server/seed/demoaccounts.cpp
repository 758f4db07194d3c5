#include "demoaccounts.h"

#include "seedcatalog.h"
#include "seeder.h"

#include <QList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;
namespace sc = seedcatalog;

namespace seeding {

namespace {

// The role is the login without a trailing number ("sales2" is a second sales user).
void addUsers(AccountSeed &account, qint64 *nextUserId, const QString &emailDomain,
    const QList<std::pair<QString, QString>> &roleAndName, const QList<qint64> &createdAt)
{
    for (qsizetype i = 0; i < roleAndName.size(); ++i) {
        const QString &login = roleAndName[i].first;
        QString role = login;
        while (!role.isEmpty() && role.back().isDigit())
            role.chop(1);
        account.users.push_back(
            {(*nextUserId)++, login + u'@' + emailDomain, roleAndName[i].second, role, createdAt[i]});
    }
}

SiteSeed makeSite(qint64 id, const QString &domain, const QString &status, qint64 createdAt,
    sc::SiteKind kind, int visitWeight)
{
    SiteSeed site {id, domain, status, createdAt, kind, visitWeight, 0, {}, {}, {}, {}};
    const QList<sc::Page> &pages = sc::sitePages(kind);
    for (const sc::Page &page : pages) {
        site.urls.emplace_back(u"https://"_s + domain + page.path);
        site.titles.emplace_back(page.title);
    }
    site.landing = WeightedPicker::from(pages, [](const sc::Page &p) { return qint64(p.landingWeight); });
    // Clicking through reaches every page, the popular ones more often.
    site.browse = WeightedPicker::from(pages, [](const sc::Page &p) { return qint64(p.landingWeight) + 2; });
    return site;
}

} // namespace

const QString &demoPassword()
{
    static const QString password = u"miraget-demo"_s;
    return password;
}

std::vector<AccountSeed> planAccounts(const SeedOptions &options, qint64 anchor)
{
    std::vector<AccountSeed> accounts(2);
    qint64 nextUserId = 1;

    AccountSeed &acme = accounts[0];
    acme.id = 1;
    acme.name = u"Acme Analytics Ltd"_s;
    acme.website = u"acme-analytics.example"_s;
    acme.billingAddress = u"1 Demo Street, London EC1V 2NX, United Kingdom"_s;
    acme.retentionDays = 395;
    acme.plan = u"elite"_s;
    acme.cycle = u"annual"_s;
    acme.subscriptionStatus = u"active"_s;
    acme.trialEndsAt = 0;
    acme.periodStart = anchor - 100 * kDay;
    acme.periodEnd = anchor + 265 * kDay;
    // A customer since before the previous annual period, so both invoices belong to it.
    acme.createdAt = acme.periodStart - 365 * kDay - 5 * kDay;
    acme.peopleLimit = 50000;
    acme.leadCount = options.leads;
    acme.pageViewCount = options.events;
    acme.seed = 0x41434D45; // "ACME"
    {
        const qint64 c = acme.createdAt;
        addUsers(acme, &nextUserId, u"acme.example"_s,
            {{u"owner"_s, u"Amelia Hart"_s}, {u"admin"_s, u"Daniel Okafor"_s},
                {u"billing"_s, u"Priya Shah"_s}, {u"sales"_s, u"Lucas Meyer"_s},
                {u"viewer"_s, u"Nina Park"_s}, {u"sales2"_s, u"Sofia Rossi"_s},
                {u"sales3"_s, u"Tom Becker"_s}},
            {c, c + kDay, c + 2 * kDay, c + 3 * kDay, c + 10 * kDay, c + 120 * kDay, anchor - 60 * kDay});
    }
    acme.sites.push_back(makeSite(
        1, u"acme-analytics.example"_s, u"active"_s, acme.createdAt + kHour, sc::SiteKind::Product, 76));
    acme.sites.push_back(makeSite(2, u"blog.acme-analytics.example"_s, u"active"_s,
        acme.createdAt + 30 * kDay, sc::SiteKind::Blog, 24));
    acme.sites.push_back(makeSite(
        3, u"docs.acme-analytics.example"_s, u"not_installed"_s, anchor - 20 * kDay, sc::SiteKind::Docs, 0));
    acme.invoices.push_back(
        {acme.id, u"Miraget Elite — annual"_s, 299000, acme.periodStart - 365 * kDay, acme.periodStart});
    acme.invoices.push_back({acme.id, u"Miraget Elite — annual"_s, 299000, acme.periodStart, acme.periodEnd});

    AccountSeed &globex = accounts[1];
    globex.id = 2;
    globex.name = u"Globex Trading GmbH"_s;
    globex.website = u"globex.example"_s;
    globex.billingAddress = u"Hafenstraße 7, 20457 Hamburg, Germany"_s;
    globex.retentionDays = 90;
    globex.plan = u"premium"_s;
    globex.cycle = u"monthly"_s;
    globex.subscriptionStatus = u"trialing"_s;
    globex.trialEndsAt = anchor + 9 * kDay;
    globex.periodStart = anchor - 5 * kDay;
    globex.periodEnd = anchor + 9 * kDay;
    globex.createdAt = globex.periodStart; // signed up when the trial started
    globex.peopleLimit = 5000;
    globex.leadCount = std::min(options.leads, std::max(10, options.leads / 100));
    globex.pageViewCount = options.events / 100;
    globex.seed = 0x474C4258; // "GLBX"
    {
        const qint64 c = globex.createdAt;
        addUsers(globex, &nextUserId, u"globex.example"_s,
            {{u"owner"_s, u"Jonas Müller"_s}, {u"admin"_s, u"Katrin Weber"_s},
                {u"billing"_s, u"Felix Braun"_s}, {u"sales"_s, u"Lea Schneider"_s},
                {u"viewer"_s, u"Moritz Hoffmann"_s}},
            {c, c + kHour, c + 2 * kHour, c + 3 * kHour, c + kDay});
    }
    globex.sites.push_back(makeSite(
        4, u"globex.example"_s, u"active"_s, globex.createdAt + 30 * kMinute, sc::SiteKind::Corporate, 100));
    // No invoice: nothing is billed during the trial.
    return accounts;
}

} // namespace seeding
