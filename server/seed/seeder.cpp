#include "seeder.h"

#include "../oauth/secrets.h"
#include "../store/database.h"
#include "seedcatalog.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <vector>

// How the seeder works: everything is generated in memory first (accounts, leads, visits with their
// page counts and times), so that the leads' aggregate columns are final before any lead row is
// written and every row can be inserted once, in the order that makes `seq` follow time. Only the
// per-page details (paths, referrer chain) are drawn while inserting, from a separate generator per
// account, which keeps memory at a few bytes per page view for the million-event load test.
// Randomness comes from QRandomGenerator objects with fixed seeds and integer weights, never from
// the clock, so the same options always give the same database.

using namespace Qt::StringLiterals;
namespace sc = seedcatalog;

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr int kHistoryDays = 90;
constexpr int kMaxPagesPerVisit = 40;
constexpr int kMaxVisitorsPerLead = 4;

const QString &demoPassword()
{
    static const QString password = u"miraget-demo"_s;
    return password;
}

// Picks an index with probability proportional to integer weights (binary search over the running
// sums), so no floating point decides anything.
class Picker
{
public:
    Picker() = default;
    explicit Picker(const std::vector<qint64> &weights)
    {
        m_cumulative.reserve(weights.size());
        qint64 total = 0;
        for (const qint64 w : weights) {
            total += std::max<qint64>(0, w);
            m_cumulative.push_back(total);
        }
    }
    template<typename List, typename WeightOf> static Picker from(const List &items, WeightOf weightOf)
    {
        std::vector<qint64> weights;
        weights.reserve(size_t(items.size()));
        for (const auto &item : items)
            weights.push_back(weightOf(item));
        return Picker(weights);
    }
    qint64 total() const { return m_cumulative.empty() ? 0 : m_cumulative.back(); }
    int pick(QRandomGenerator &rng) const
    {
        const qint64 r = rng.bounded(total());
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
    }

private:
    std::vector<qint64> m_cumulative;
};

int percent(QRandomGenerator &rng)
{
    return rng.bounded(100);
}

// Skewed towards the start of a list: catalogues put the most common entry first. (The two draws
// commute, so the unspecified order in which they are evaluated cannot change the result.)
int skewedIndex(QRandomGenerator &rng, qsizetype size)
{
    return std::min(rng.bounded(int(size)), rng.bounded(int(size)));
}

template<typename T> void shuffle(std::vector<T> &items, QRandomGenerator &rng)
{
    // Our own Fisher-Yates: std::shuffle's algorithm differs between standard libraries.
    for (size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[size_t(rng.bounded(quint64(i)))]);
}

// A bijection on 40 bits, so distinct counters give distinct, random-looking visitor ids.
quint64 mix40(quint64 x)
{
    constexpr quint64 mask = (quint64(1) << 40) - 1;
    x &= mask;
    for (int round = 0; round < 3; ++round) {
        x = (x * 0x9E3779B97Full) & mask; // odd multiplier: invertible modulo 2^40
        x ^= x >> 19;
        x = (x * 0xC2B2AE3Dull) & mask;
        x ^= x >> 23;
    }
    return x;
}

QString visitorIdText(quint64 code)
{
    return u"v_"_s + QString::number(code, 16).rightJustified(10, u'0');
}

// Lowercase ASCII for domain names: German-style transliteration, accents dropped.
QString asciiFold(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case u'ä':
            out += u"ae"_s;
            continue;
        case u'ö':
            out += u"oe"_s;
            continue;
        case u'ü':
            out += u"ue"_s;
            continue;
        case u'ß':
            out += u"ss"_s;
            continue;
        case u'ø':
            out += u'o';
            continue;
        case u'æ':
            out += u"ae"_s;
            continue;
        default:
            break;
        }
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        if (!decomposed.isEmpty() && decomposed[0] >= u'a' && decomposed[0] <= u'z')
            out += decomposed[0];
    }
    return out;
}

struct UserSeed
{
    qint64 id;
    QString email;
    QString name;
    QString role;
    qint64 createdAt;
};

struct SiteSeed
{
    qint64 id;
    QString domain;
    QString trackerStatus;
    qint64 createdAt;
    sc::SiteKind kind;
    int visitWeight; // share of the account's visits; 0 while the tracker is not installed
    qint64 peopleTracked = 0;
    // Per catalogue page, ready to bind.
    std::vector<QVariant> urls;
    std::vector<QVariant> titles;
    Picker landing;
    Picker browse;
};

enum CrmState : quint8
{
    CrmNone,
    CrmSynced,
    CrmError
};

struct LeadSeed
{
    qint64 id = 0;
    QString name;
    QString domain;
    QString tags;
    int industry = 0;
    int size = 0;
    int country = 0;
    int city = 0;
    int weight = 1; // how strongly further visits are drawn to this lead
    int score = 0;
    int status = 0;
    qint64 assigneeId = 0; // 0: unassigned
    CrmState crm = CrmNone;
    qint64 crmSyncedAt = 0;
    qint64 siteId = 0;
    qint64 firstVisitAt = 0;
    qint64 lastVisitAt = 0;
    qint64 createdAt = 0;
    int visits = 0;
    int pageViews = 0;
    int visitorCount = 0;
    std::array<int, kMaxVisitorsPerLead> visitors {};
};

struct VisitorSeed
{
    quint64 code;
    int device;
    int country; // -1: no location consent
    int city;
    quint32 siteMask = 0;
};

struct VisitSeed
{
    qint64 start = 0;
    qint32 firstPage = 0; // offset into AccountSeed::pageTimes
    qint32 lead = -1; // index into AccountSeed::leads
    qint32 visitor = -1;
    quint32 duration = 0;
    quint16 pages = 0;
    quint8 site = 0; // index into AccountSeed::sites
    bool campaign = false;
    quint8 source = 0; // index into organicSources() or campaignSources()
};

struct IntegrationSeed
{
    qint64 id;
    QString provider;
    QString name;
    QString status;
    qint64 lastSyncAt; // 0: NULL
    qint64 imported;
    qint64 exported;
    int errorCount;
    QString lastError; // null: NULL
    qint64 connectedAt;
};

struct SyncRunSeed
{
    qint64 accountId;
    qint64 integrationId;
    QString trigger;
    QString status;
    qint64 startedAt;
    qint64 finishedAt;
    int records;
    int errors;
    QString errorMessage;
};

struct NoteSeed
{
    qint64 accountId;
    qint64 leadId;
    qint64 authorId;
    QString body;
    qint64 createdAt;
    qint64 updatedAt;
};

struct AuditSeed
{
    qint64 accountId;
    qint64 userId;
    QString actorEmail;
    QString action;
    QString targetType;
    qint64 targetId;
    QJsonObject detail;
    qint64 at;
};

struct InvoiceSeed
{
    qint64 accountId;
    QString description;
    qint64 amountCents;
    qint64 periodStart;
    qint64 periodEnd;
};

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
    std::vector<qint64> salesUserIds() const
    {
        std::vector<qint64> ids;
        for (const UserSeed &u : users) {
            if (u.role == u"sales")
                ids.push_back(u.id);
        }
        return ids;
    }
};

struct Plan
{
    qint64 anchor = 0;
    std::vector<AccountSeed> accounts;
    std::vector<SyncRunSeed> syncRuns;
    std::vector<NoteSeed> notes;
    std::vector<AuditSeed> audit;
};

// ---------------------------------------------------------------------------------------------
// Accounts, teams, sites

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
    site.landing = Picker::from(pages, [](const sc::Page &p) { return qint64(p.landingWeight); });
    // Clicking through reaches every page, the popular ones more often.
    site.browse = Picker::from(pages, [](const sc::Page &p) { return qint64(p.landingWeight) + 2; });
    return site;
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

// ---------------------------------------------------------------------------------------------
// Leads (descriptive columns; activity columns come from the visits)

struct NameParts
{
    std::vector<QString> headsAscii;
    std::vector<QString> tailsAscii;
    std::vector<std::vector<QString>> nounsAscii; // per industry
    Picker industry;
    Picker country;
    Picker size;
    QSet<QString> names;
    QSet<QString> domains;
    QHash<QString, int> nameSuffix;

    NameParts()
    {
        for (const QString &h : sc::nameHeads())
            headsAscii.push_back(asciiFold(h));
        for (const QString &t : sc::nameTails())
            tailsAscii.push_back(asciiFold(t));
        for (const sc::Industry &i : sc::industries()) {
            std::vector<QString> nouns;
            for (const QString &n : i.nouns)
                nouns.push_back(asciiFold(n));
            nounsAscii.push_back(std::move(nouns));
        }
        industry = Picker::from(sc::industries(), [](const sc::Industry &i) { return qint64(i.weight); });
        country = Picker::from(sc::countries(), [](const sc::Country &c) { return qint64(c.weight); });
        size = Picker::from(sc::companySizes(), [](const sc::Weighted &w) { return qint64(w.weight); });
    }
};

QString makeTags(QRandomGenerator &rng)
{
    static const int countWeights[] = {35, 35, 20, 10};
    int r = rng.bounded(100);
    int count = 0;
    while (r >= countWeights[count]) {
        r -= countWeights[count];
        ++count;
    }
    const QStringList &all = sc::leadTags();
    std::vector<int> chosen;
    while (int(chosen.size()) < count) {
        const int t = rng.bounded(int(all.size()));
        if (std::find(chosen.begin(), chosen.end(), t) == chosen.end())
            chosen.push_back(t);
    }
    std::sort(chosen.begin(), chosen.end());
    QString json = u"["_s;
    for (size_t i = 0; i < chosen.size(); ++i) {
        if (i > 0)
            json += u',';
        json += u'"' + all[chosen[i]] + u'"';
    }
    json += u']';
    return json;
}

void generateLeadIdentities(AccountSeed &account, qint64 firstLeadId, NameParts &parts, QRandomGenerator &rng)
{
    const QStringList &heads = sc::nameHeads();
    const QStringList &tails = sc::nameTails();
    const QList<sc::Industry> &industries = sc::industries();
    const QList<sc::Country> &countries = sc::countries();

    account.leads.resize(size_t(account.leadCount));
    for (int i = 0; i < account.leadCount; ++i) {
        LeadSeed &lead = account.leads[size_t(i)];
        lead.id = firstLeadId + i;
        lead.industry = parts.industry.pick(rng);
        lead.country = parts.country.pick(rng);
        lead.size = parts.size.pick(rng);
        const sc::Country &country = countries[lead.country];
        lead.city = skewedIndex(rng, country.cities.size());
        const QStringList &nouns = industries[lead.industry].nouns;

        int head = 0, tail = 0, noun = 0;
        QString name;
        // Random draws until an unused name turns up; past a dozen misses the space is nearly
        // full, and a numbered duplicate is more honest than an endless search.
        for (int attempt = 0; attempt < 12; ++attempt) {
            head = rng.bounded(int(heads.size()));
            tail = rng.bounded(int(tails.size()));
            noun = rng.bounded(int(nouns.size()));
            const int form = country.legalForms.size() > 1 && percent(rng) >= 75
                ? 1 + rng.bounded(int(country.legalForms.size() - 1))
                : 0;
            name = heads[head] + tails[tail] + u' ' + nouns[noun] + u' ' + country.legalForms[form];
            if (!parts.names.contains(name))
                break;
        }
        if (parts.names.contains(name)) {
            int &suffix = parts.nameSuffix[name];
            QString numbered;
            do {
                numbered = name + u' ' + QString::number(++suffix + 1);
            } while (parts.names.contains(numbered));
            name = numbered;
        }
        parts.names.insert(name);
        lead.name = name;

        const QString stem = parts.headsAscii[size_t(head)] + parts.tailsAscii[size_t(tail)];
        const QString &nounAscii = parts.nounsAscii[size_t(lead.industry)][size_t(noun)];
        QString domain = stem + country.tld;
        if (parts.domains.contains(domain))
            domain = stem + nounAscii + country.tld;
        for (int n = 2; parts.domains.contains(domain); ++n)
            domain = stem + nounAscii + QString::number(n) + country.tld;
        parts.domains.insert(domain);
        lead.domain = domain;

        lead.tags = makeTags(rng);
        // Interest is uneven: a few companies come back again and again, most look once.
        const int r = percent(rng);
        lead.weight = r < 6 ? 40 : r < 26 ? 6 : 1;
    }
}

// ---------------------------------------------------------------------------------------------
// Visits

// Hourly slots over the history window, weighted by a working-day rhythm and a gentle growth trend.
struct TimeSlots
{
    qint64 firstSlotStart = 0;
    Picker picker;

    TimeSlots(qint64 windowStart, qint64 anchor)
    {
        static const int hourWeight[24]
            = {2, 1, 1, 1, 1, 2, 4, 8, 14, 18, 20, 20, 17, 19, 20, 18, 15, 11, 8, 6, 5, 4, 3, 2};
        static const int weekdayWeight[7] = {10, 11, 11, 10, 9, 4, 3}; // Monday first
        const qint64 slots = std::max<qint64>(1, (anchor - windowStart) / kHour);
        firstSlotStart = anchor - slots * kHour;
        std::vector<qint64> weights;
        weights.reserve(size_t(slots));
        for (qint64 k = 0; k < slots; ++k) {
            const qint64 t = firstSlotStart + k * kHour;
            const qint64 days = t >= 0 ? t / kDay : (t - kDay + 1) / kDay;
            const int hour = int((t - days * kDay) / kHour);
            const int weekday = int(((days % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
            const qint64 trend = 100 + k * 50 / slots;
            weights.push_back(qint64(hourWeight[hour]) * weekdayWeight[weekday] * trend);
        }
        picker = Picker(weights);
    }
    qint64 draw(QRandomGenerator &rng) const
    {
        // Two statements: the order in which operands of + are evaluated is unspecified.
        const qint64 slotStart = firstSlotStart + picker.pick(rng) * kHour;
        return slotStart + rng.bounded(int(kHour));
    }
};

// Lays out the page counts, times and traffic sources of the account's visits.
void generateVisitShapes(AccountSeed &account, qint64 anchor, QRandomGenerator &rng)
{
    const qint64 pageViews = account.pageViewCount;
    if (pageViews <= 0)
        return;
    const qint64 leads = qint64(account.leads.size());
    // Normally about four pages per visit; when leads are many compared to events, more and
    // shorter visits so that (at 60% identified) every lead can still get one.
    const qint64 natural = std::max<qint64>(1, pageViews / 4);
    const qint64 forCoverage = (leads * 5 + 2) / 3;
    const qint64 visitCount = std::max(natural, std::min(pageViews, forCoverage));

    account.visits.resize(size_t(visitCount));
    const double extraMean = double(pageViews - visitCount) / double(visitCount);
    const double carryOn = extraMean / (1.0 + extraMean); // geometric: P(one more page)
    qint64 total = 0;
    for (VisitSeed &v : account.visits) {
        int pages = 1;
        while (pages < kMaxPagesPerVisit && rng.generateDouble() < carryOn)
            ++pages;
        v.pages = quint16(pages);
        total += pages;
    }
    // Nudge random visits until the page views add up exactly.
    while (total != pageViews) {
        VisitSeed &v = account.visits[size_t(rng.bounded(quint64(visitCount)))];
        if (total > pageViews && v.pages > 1) {
            --v.pages;
            --total;
        } else if (total < pageViews && v.pages < kMaxPagesPerVisit) {
            ++v.pages;
            ++total;
        }
    }

    // No visits before the account's first tracker existed (Globex signed up days ago).
    qint64 firstTracker = anchor;
    for (const SiteSeed &s : account.sites) {
        if (s.visitWeight > 0)
            firstTracker = std::min(firstTracker, s.createdAt);
    }
    const qint64 windowStart = std::max(anchor - kHistoryDays * kDay, firstTracker);
    const Picker sitePicker
        = Picker::from(account.sites, [](const SiteSeed &s) { return qint64(s.visitWeight); });
    const TimeSlots slots(windowStart, anchor);
    const Picker organic
        = Picker::from(sc::organicSources(), [](const sc::TrafficSource &s) { return qint64(s.weight); });
    const Picker campaigns
        = Picker::from(sc::campaignSources(), [](const sc::TrafficSource &s) { return qint64(s.weight); });

    account.pageTimes.resize(size_t(pageViews));
    qint32 offset = 0;
    for (VisitSeed &v : account.visits) {
        v.firstPage = offset;
        quint32 duration = 0;
        for (int p = 0; p < v.pages; ++p) {
            // 5..300 s, mostly short: a cubed uniform keeps the long reads rare.
            const double u = rng.generateDouble();
            const quint16 seconds = quint16(5 + int(295.0 * u * u * u));
            account.pageTimes[size_t(offset++)] = seconds;
            duration += seconds;
        }
        v.duration = duration;
        // Nothing may end after the anchor: late visits are pulled back to finish by then.
        v.start = std::min(slots.draw(rng), anchor - qint64(duration));
        v.site = quint8(sitePicker.pick(rng));
        v.campaign = percent(rng) < 30;
        v.source = quint8(v.campaign ? campaigns.pick(rng) : organic.pick(rng));
    }
    std::sort(account.visits.begin(), account.visits.end(), [](const VisitSeed &a, const VisitSeed &b) {
        return a.start != b.start ? a.start < b.start : a.firstPage < b.firstPage;
    });
}

// Decides which visits are identified to which lead, and who the visitors are.
void identifyVisits(AccountSeed &account, QRandomGenerator &rng)
{
    const qint64 visitCount = qint64(account.visits.size());
    const qint64 leadCount = qint64(account.leads.size());
    // With no leads at all there is nobody to identify.
    const qint64 identified
        = leadCount == 0 ? 0 : std::min(visitCount, std::max(visitCount * 3 / 5, leadCount));

    // Which visits are identified: a random subset of exactly `identified` of them.
    std::vector<quint8> isIdentified(size_t(visitCount), 0);
    {
        std::vector<qint32> order(static_cast<size_t>(visitCount));
        for (qint64 i = 0; i < visitCount; ++i)
            order[size_t(i)] = qint32(i);
        for (qint64 i = 0; i < identified; ++i) {
            const qint64 j = i + qint64(rng.bounded(quint64(visitCount - i)));
            std::swap(order[size_t(i)], order[size_t(j)]);
            isIdentified[size_t(order[size_t(i)])] = 1;
        }
    }
    // To whom, in a random order: every lead once when there are enough identified visits, the
    // rest drawn by the leads' weights.
    std::vector<qint32> owners;
    owners.reserve(size_t(identified));
    for (qint64 i = 0; i < leadCount; ++i)
        owners.push_back(qint32(i));
    shuffle(owners, rng);
    if (qint64(owners.size()) > identified)
        owners.resize(size_t(identified));
    const Picker byWeight = Picker::from(account.leads, [](const LeadSeed &l) { return qint64(l.weight); });
    while (qint64(owners.size()) < identified)
        owners.push_back(byWeight.pick(rng));
    shuffle(owners, rng);

    const Picker devices
        = Picker::from(sc::deviceProfiles(), [](const sc::DeviceProfile &d) { return qint64(d.weight); });
    const Picker countries
        = Picker::from(sc::countries(), [](const sc::Country &c) { return qint64(c.weight); });
    const quint64 codeBase = quint64(account.id) << 32;
    auto newVisitor = [&](int country, int city) {
        VisitorSeed visitor {mix40(codeBase + account.visitors.size()), devices.pick(rng), -1, -1, 0};
        if (percent(rng) < 35) { // consented to location
            visitor.country = country;
            visitor.city = city;
            if (country < 0) {
                visitor.country = countries.pick(rng);
                visitor.city = skewedIndex(rng, sc::countries()[visitor.country].cities.size());
            }
        }
        account.visitors.push_back(visitor);
        return qint32(account.visitors.size() - 1);
    };

    std::vector<qint32> anonymous;
    size_t nextOwner = 0;
    for (VisitSeed &v : account.visits) {
        const SiteSeed &site = account.sites[v.site];
        if (isIdentified[size_t(&v - account.visits.data())]) {
            v.lead = owners[nextOwner++];
            LeadSeed &lead = account.leads[size_t(v.lead)];
            // Colleagues at the same company: a lead is seen through up to four visitors.
            if (lead.visitorCount == 0 || (lead.visitorCount < kMaxVisitorsPerLead && percent(rng) < 20))
                lead.visitors[size_t(lead.visitorCount++)] = newVisitor(lead.country, lead.city);
            v.visitor = lead.visitors[size_t(rng.bounded(lead.visitorCount))];
            if (lead.visits == 0) {
                lead.firstVisitAt = v.start;
                lead.siteId = site.id;
            }
            lead.lastVisitAt = v.start; // visits are in time order
            ++lead.visits;
            lead.pageViews += v.pages;
        } else if (!anonymous.empty() && percent(rng) < 30) {
            v.visitor = anonymous[size_t(rng.bounded(quint64(anonymous.size())))];
        } else {
            v.visitor = newVisitor(-1, -1);
            anonymous.push_back(v.visitor);
        }
        account.visitors[size_t(v.visitor)].siteMask |= 1u << v.site;
    }
    for (size_t s = 0; s < account.sites.size(); ++s) {
        qint64 people = 0;
        for (const VisitorSeed &visitor : account.visitors)
            people += (visitor.siteMask >> s) & 1u;
        account.sites[s].peopleTracked = people;
    }
}

// Score, status, owner and CRM state, once the activity is known.
void finishLeads(AccountSeed &account, qint64 anchor, QRandomGenerator &rng)
{
    const qint64 leadCount = qint64(account.leads.size());
    const std::vector<qint64> sales = account.salesUserIds();
    const qint64 windowStart = std::max(anchor - kHistoryDays * kDay, account.sites.front().createdAt);

    // Rank by activity (pages, visits, recency), ties broken at random; the rank sets the score so
    // that about 10% are hot (>= 70), 35% warm and the rest cold whatever the volumes.
    struct Rank
    {
        qint64 activity;
        quint32 tie;
        qint32 lead;
    };
    std::vector<Rank> ranks;
    ranks.reserve(size_t(leadCount));
    for (qint64 i = 0; i < leadCount; ++i) {
        const LeadSeed &lead = account.leads[size_t(i)];
        qint64 activity = 0;
        if (lead.visits > 0) {
            const qint64 daysAgo = (anchor - lead.lastVisitAt) / kDay;
            activity = qint64(lead.pageViews) * 10 + qint64(lead.visits) * 25
                + std::max<qint64>(0, 30 - daysAgo) * 4;
        }
        ranks.push_back({activity, rng.generate(), qint32(i)});
    }
    std::sort(ranks.begin(), ranks.end(), [](const Rank &a, const Rank &b) {
        return a.activity != b.activity ? a.activity < b.activity
            : a.tie != b.tie            ? a.tie < b.tie
                                        : a.lead < b.lead;
    });
    for (qint64 r = 0; r < leadCount; ++r) {
        const double p = double(r) / double(leadCount);
        int score;
        if (p >= 0.9)
            score = 70 + int((p - 0.9) / 0.1 * 31.0);
        else if (p >= 0.55)
            score = 40 + int((p - 0.55) / 0.35 * 30.0);
        else
            score = int(p / 0.55 * 40.0);
        account.leads[size_t(ranks[size_t(r)].lead)].score = std::clamp(score, 0, 100);
    }

    // new, working, qualified, won, lost: hotter leads have moved further along.
    static const std::vector<qint64> coldStatus = {62, 14, 4, 2, 18};
    static const std::vector<qint64> warmStatus = {42, 26, 14, 8, 10};
    static const std::vector<qint64> hotStatus = {22, 30, 26, 16, 6};
    const Picker cold(coldStatus), warm(warmStatus), hot(hotStatus);

    const qint64 hubspotLastSync = anchor - 10 * kMinute;
    for (LeadSeed &lead : account.leads) {
        if (lead.visits == 0) {
            // Known only from an import: no visit yet.
            lead.createdAt = windowStart + rng.bounded(std::max<qint64>(1, anchor - kHour - windowStart));
            lead.firstVisitAt = lead.lastVisitAt = lead.createdAt;
            lead.siteId = account.sites.front().id;
        } else {
            lead.createdAt = lead.firstVisitAt;
        }
        lead.status = (lead.score >= 70 ? hot : lead.score >= 40 ? warm : cold).pick(rng);
        if (!sales.empty() && percent(rng) < 60)
            lead.assigneeId = sales[size_t(rng.bounded(quint64(sales.size())))];
        const int crm = percent(rng);
        if (crm < 70) {
            lead.crm = CrmNone;
        } else if (crm < 95) {
            // Pushed to HubSpot by one of the scheduled syncs after the last activity.
            lead.crmSyncedAt
                = std::min(hubspotLastSync, lead.lastVisitAt + kHour + rng.bounded(int(6 * kHour)));
            lead.crm = lead.crmSyncedAt >= lead.createdAt ? CrmSynced : CrmNone;
        } else {
            lead.crm = CrmError;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Integrations, sync history, notes, audit

void planIntegrations(Plan &plan, AccountSeed &account, qint64 *nextIntegrationId, QRandomGenerator &rng)
{
    const qint64 anchor = plan.anchor;
    qint64 synced = 0, crmErrors = 0, identified = 0;
    for (const LeadSeed &lead : account.leads) {
        synced += lead.crm == CrmSynced;
        crmErrors += lead.crm == CrmError;
        identified += lead.visits > 0;
    }
    const bool established = anchor - account.createdAt > 30 * kDay;
    const qint64 step = established ? kDay : kHour;
    const QString salesforceError = u"Salesforce refresh token expired: reconnect the integration"_s;

    const qint64 hubspotId = (*nextIntegrationId)++;
    const qint64 salesforceId = (*nextIntegrationId)++;
    account.integrations.push_back({hubspotId, u"hubspot"_s, u"HubSpot"_s, u"connected"_s,
        anchor - 10 * kMinute, synced / 5 + 12, synced, 0, QString(), account.createdAt + 2 * step});
    account.integrations.push_back({salesforceId, u"salesforce"_s, u"Salesforce"_s, u"error"_s,
        anchor - 3 * kDay, 37, crmErrors * 3 + 12, 3, salesforceError, account.createdAt + 3 * step});
    account.integrations.push_back({(*nextIntegrationId)++, u"pipedrive"_s, u"Pipedrive"_s, u"disconnected"_s,
        0, 0, 0, 0, QString(), 0});
    account.integrations.push_back({(*nextIntegrationId)++, u"webhook"_s, u"Webhook"_s, u"connected"_s,
        anchor - 3 * kMinute, 0, identified, 0, QString(), account.createdAt + 5 * step});

    // HubSpot: a run every four hours, the latest finishing ten minutes before the anchor.
    const qint64 hubspotConnected = account.integrations[0].connectedAt;
    for (int k = 19; k >= 0; --k) {
        const qint64 finished = anchor - 10 * kMinute - k * 4 * kHour;
        const qint64 started = finished - 30 - rng.bounded(90);
        const bool manual = percent(rng) < 15;
        if (started < hubspotConnected)
            continue;
        if (k == 5 || k == 13) {
            plan.syncRuns.push_back({account.id, hubspotId, u"schedule"_s, u"failed"_s, started, finished, 0,
                1, sc::hubspotSyncErrors()[k == 5 ? 0 : 1]});
        } else {
            plan.syncRuns.push_back({account.id, hubspotId, manual ? u"manual"_s : u"schedule"_s,
                u"succeeded"_s, started, finished, 3 + rng.bounded(60), 0, QString()});
        }
    }
    // Salesforce: fine until three days ago, then the refresh token expired.
    const qint64 lastGood = account.integrations[1].lastSyncAt;
    for (const qint64 finished : {lastGood - kDay, lastGood}) {
        plan.syncRuns.push_back({account.id, salesforceId, u"schedule"_s, u"succeeded"_s,
            finished - 40 - rng.bounded(60), finished, 2 + rng.bounded(20), 0, QString()});
    }
    for (const qint64 started : {anchor - 48 * kHour, anchor - 24 * kHour, anchor - 4 * kHour}) {
        const bool retry = started == anchor - 4 * kHour; // someone pressed "sync now"
        plan.syncRuns.push_back({account.id, salesforceId, retry ? u"manual"_s : u"schedule"_s, u"failed"_s,
            started, started + 2, 0, 1, salesforceError});
    }
}

void planNotes(Plan &plan, const AccountSeed &account, QRandomGenerator &rng)
{
    std::vector<const UserSeed *> sales;
    for (const UserSeed &u : account.users) {
        if (u.role == u"sales")
            sales.push_back(&u);
    }
    if (sales.empty() || account.leads.empty())
        return;
    const QStringList &templates = sc::noteTemplates();
    const QList<sc::Country> &countries = sc::countries();
    const qint64 anchor = plan.anchor;
    std::vector<size_t> chosen;
    for (size_t i = 0; i < account.leads.size(); ++i) {
        if (percent(rng) < 5)
            chosen.push_back(i);
    }
    // Even a small account shows a few notes.
    for (size_t i = 0; chosen.size() < std::min<size_t>(3, account.leads.size()); ++i) {
        if (std::find(chosen.begin(), chosen.end(), i) == chosen.end())
            chosen.push_back(i);
    }
    for (const size_t i : chosen) {
        const LeadSeed &lead = account.leads[i];
        const int count = percent(rng) < 70 ? 1 : 2;
        for (int n = 0; n < count; ++n) {
            const qint64 room = std::max<qint64>(1, anchor - kMinute - lead.createdAt);
            const qint64 created = lead.createdAt + rng.bounded(room);
            // Written by the lead's owner, or a colleague, who had joined by then.
            std::vector<qint64> authors;
            for (const UserSeed *u : sales) {
                if (u->createdAt <= created)
                    authors.push_back(u->id);
            }
            qint64 author = sales.front()->id;
            if (std::find(authors.begin(), authors.end(), lead.assigneeId) != authors.end())
                author = lead.assigneeId;
            else if (!authors.empty())
                author = authors[size_t(rng.bounded(quint64(authors.size())))];
            const qint64 updated
                = percent(rng) < 20 ? created + rng.bounded(std::max<qint64>(1, anchor - created)) : created;
            QString body = templates[rng.bounded(int(templates.size()))];
            if (body.contains(u"%1"))
                body = body.arg(countries[lead.country].cities[lead.city]);
            plan.notes.push_back({account.id, lead.id, author, body, created, updated});
        }
    }
}

void planAudit(Plan &plan, const AccountSeed &account)
{
    const UserSeed &owner = account.owner();
    auto add = [&](qint64 at, const QString &action, const QString &targetType, qint64 targetId,
                   const QJsonObject &detail) {
        plan.audit.push_back({account.id, owner.id, owner.email, action, targetType, targetId, detail, at});
    };
    add(account.createdAt, u"account.created"_s, u"account"_s, account.id,
        {{u"name"_s, account.name}, {u"plan"_s, account.plan}});
    for (const UserSeed &user : account.users) {
        if (user.id != owner.id) {
            add(user.createdAt, u"user.invited"_s, u"user"_s, user.id,
                {{u"email"_s, user.email}, {u"role"_s, user.role}});
        }
    }
    for (const IntegrationSeed &integration : account.integrations) {
        if (integration.connectedAt > 0) {
            add(integration.connectedAt, u"integration.connected"_s, u"integration"_s, integration.id,
                {{u"provider"_s, integration.provider}});
        }
    }
}

Plan buildPlan(const SeedOptions &options, qint64 anchor)
{
    Plan plan;
    plan.anchor = anchor;
    plan.accounts = planAccounts(options, anchor);
    NameParts parts;
    qint64 nextLeadId = 1;
    qint64 nextIntegrationId = 1;
    for (AccountSeed &account : plan.accounts) {
        QRandomGenerator rng(account.seed);
        generateLeadIdentities(account, nextLeadId, parts, rng);
        nextLeadId += account.leadCount;
        generateVisitShapes(account, anchor, rng);
        identifyVisits(account, rng);
        finishLeads(account, anchor, rng);
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

// ---------------------------------------------------------------------------------------------
// Inserting

QVariant nullable(qint64 value)
{
    return value ? QVariant(value) : QVariant();
}

QVariant nullable(const QString &value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}

class Writer
{
public:
    Writer(Database &db, QString *error)
        : m_db(db)
        , m_error(error)
    { }

    bool write(const Plan &plan)
    {
        return writeAccounts(plan) && writeUsers(plan) && writeSites(plan) && writeSubscriptions(plan)
            && writeIntegrations(plan) && writeSyncRuns(plan) && writeInvoices(plan) && writeLeads(plan)
            && writeActivity(plan) && writeNotes(plan) && writeAudit(plan);
    }

private:
    // A prepare failure is logged by Database and surfaces as the first exec() error.
    QSqlQuery &statement(const QString &sql) { return m_db.prepared(sql); }

    bool exec(QSqlQuery &query, const char *table)
    {
        if (query.exec())
            return true;
        *m_error = u"cannot seed %1: %2"_s.arg(QLatin1StringView(table), query.lastError().text());
        return false;
    }

    qint64 seq() { return m_db.nextSeq(); }

    bool writeAccounts(const Plan &plan)
    {
        QSqlQuery &q = statement(u"INSERT INTO accounts(id, name, website, billing_address, retention_days,"
                                 " created_at, version, seq) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"_s);
        for (const AccountSeed &a : plan.accounts) {
            q.bindValue(0, a.id);
            q.bindValue(1, a.name);
            q.bindValue(2, a.website);
            q.bindValue(3, a.billingAddress);
            q.bindValue(4, a.retentionDays);
            q.bindValue(5, a.createdAt);
            q.bindValue(6, seq());
            if (!exec(q, "accounts"))
                return false;
        }
        return true;
    }

    bool writeUsers(const Plan &plan)
    {
        QSqlQuery &q
            = statement(u"INSERT INTO users(id, account_id, email, name, role, password_salt, password_hash,"
                        " created_at, version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
        for (const AccountSeed &a : plan.accounts) {
            for (const UserSeed &u : a.users) {
                // Derived from the email rather than random, so two seeded databases are identical
                // byte for byte (the salt never leaves the server, so this costs no secrecy).
                QByteArray saltInput = QByteArrayLiteral("miraget-demo-salt:");
                saltInput += u.email.toUtf8();
                const QByteArray salt
                    = QCryptographicHash::hash(saltInput, QCryptographicHash::Sha256).left(16);
                q.bindValue(0, u.id);
                q.bindValue(1, a.id);
                q.bindValue(2, u.email);
                q.bindValue(3, u.name);
                q.bindValue(4, u.role);
                q.bindValue(5, salt);
                q.bindValue(6, secrets::passwordHash(demoPassword(), salt));
                q.bindValue(7, u.createdAt);
                q.bindValue(8, seq());
                if (!exec(q, "users"))
                    return false;
            }
        }
        return true;
    }

    bool writeSites(const Plan &plan)
    {
        QSqlQuery &q
            = statement(u"INSERT INTO sites(id, account_id, domain, tracker_status, people_tracked,"
                        " people_limit, created_at, version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
        for (const AccountSeed &a : plan.accounts) {
            for (const SiteSeed &s : a.sites) {
                q.bindValue(0, s.id);
                q.bindValue(1, a.id);
                q.bindValue(2, s.domain);
                q.bindValue(3, s.trackerStatus);
                q.bindValue(4, s.peopleTracked);
                q.bindValue(5, a.peopleLimit);
                q.bindValue(6, s.createdAt);
                q.bindValue(7, seq());
                if (!exec(q, "sites"))
                    return false;
            }
        }
        return true;
    }

    bool writeSubscriptions(const Plan &plan)
    {
        QSqlQuery &q
            = statement(u"INSERT INTO subscriptions(account_id, plan, cycle, status, trial_ends_at,"
                        " current_period_start, current_period_end, cancel_at_period_end, extra_people,"
                        " version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 1, ?)"_s);
        for (const AccountSeed &a : plan.accounts) {
            q.bindValue(0, a.id);
            q.bindValue(1, a.plan);
            q.bindValue(2, a.cycle);
            q.bindValue(3, a.subscriptionStatus);
            q.bindValue(4, nullable(a.trialEndsAt));
            q.bindValue(5, a.periodStart);
            q.bindValue(6, a.periodEnd);
            q.bindValue(7, seq());
            if (!exec(q, "subscriptions"))
                return false;
        }
        return true;
    }

    bool writeIntegrations(const Plan &plan)
    {
        QSqlQuery &q
            = statement(u"INSERT INTO integrations(id, account_id, provider, name, status, last_sync_at,"
                        " records_imported, records_exported, error_count, last_error, version, seq)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
        for (const AccountSeed &a : plan.accounts) {
            for (const IntegrationSeed &i : a.integrations) {
                q.bindValue(0, i.id);
                q.bindValue(1, a.id);
                q.bindValue(2, i.provider);
                q.bindValue(3, i.name);
                q.bindValue(4, i.status);
                q.bindValue(5, nullable(i.lastSyncAt));
                q.bindValue(6, i.imported);
                q.bindValue(7, i.exported);
                q.bindValue(8, i.errorCount);
                q.bindValue(9, nullable(i.lastError));
                q.bindValue(10, seq());
                if (!exec(q, "integrations"))
                    return false;
            }
        }
        return true;
    }

    bool writeSyncRuns(const Plan &plan)
    {
        QSqlQuery &q = statement(u"INSERT INTO sync_runs(id, account_id, integration_id, trigger, status,"
                                 " started_at, finished_at, records, errors, error_message, seq)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        qint64 id = 0;
        for (const SyncRunSeed &r : plan.syncRuns) {
            q.bindValue(0, ++id);
            q.bindValue(1, r.accountId);
            q.bindValue(2, r.integrationId);
            q.bindValue(3, r.trigger);
            q.bindValue(4, r.status);
            q.bindValue(5, r.startedAt);
            q.bindValue(6, nullable(r.finishedAt));
            q.bindValue(7, r.records);
            q.bindValue(8, r.errors);
            q.bindValue(9, nullable(r.errorMessage));
            q.bindValue(10, seq());
            if (!exec(q, "sync_runs"))
                return false;
        }
        return true;
    }

    bool writeInvoices(const Plan &plan)
    {
        QSqlQuery &q
            = statement(u"INSERT INTO invoices(id, account_id, number, customer_name, website,"
                        " billing_address, description, amount_cents, currency, status, issued_at,"
                        " period_start, period_end, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'GBP', 'paid',"
                        " ?, ?, ?, ?)"_s);
        qint64 id = 0;
        int number = 100; // one running number across accounts keeps invoice numbers unique
        for (const AccountSeed &a : plan.accounts) {
            for (const InvoiceSeed &inv : a.invoices) {
                const int year = QDateTime::fromSecsSinceEpoch(inv.periodStart, Qt::UTC).date().year();
                q.bindValue(0, ++id);
                q.bindValue(1, a.id);
                q.bindValue(2, u"MG-%1-%2"_s.arg(year).arg(++number, 6, 10, QChar(u'0')));
                q.bindValue(3, a.name);
                q.bindValue(4, a.website);
                q.bindValue(5, a.billingAddress);
                q.bindValue(6, inv.description);
                q.bindValue(7, inv.amountCents);
                q.bindValue(8, inv.periodStart);
                q.bindValue(9, inv.periodStart);
                q.bindValue(10, inv.periodEnd);
                q.bindValue(11, seq());
                if (!exec(q, "invoices"))
                    return false;
            }
        }
        return true;
    }

    bool writeLeads(const Plan &plan)
    {
        QSqlQuery &q
            = statement(u"INSERT INTO leads(id, account_id, site_id, name, domain, industry, size, country,"
                        " city, score, status, assignee_id, tags, first_visit_at, last_visit_at, visits,"
                        " page_views, crm_state, crm_provider, crm_id, crm_synced_at, created_at,"
                        " updated_at, version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        " ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
        static const QString statuses[] = {u"new"_s, u"working"_s, u"qualified"_s, u"won"_s, u"lost"_s};
        const QString crmStates[] = {u"none"_s, u"synced"_s, u"error"_s};
        const QVariant hubspot(u"hubspot"_s), salesforce(u"salesforce"_s);
        const QList<sc::Industry> &industries = sc::industries();
        const QList<sc::Weighted> &sizes = sc::companySizes();
        const QList<sc::Country> &countries = sc::countries();
        for (const AccountSeed &a : plan.accounts) {
            for (const LeadSeed &l : a.leads) {
                const sc::Country &country = countries[l.country];
                q.bindValue(0, l.id);
                q.bindValue(1, a.id);
                q.bindValue(2, l.siteId);
                q.bindValue(3, l.name);
                q.bindValue(4, l.domain);
                q.bindValue(5, industries[l.industry].name);
                q.bindValue(6, sizes[l.size].value);
                q.bindValue(7, country.code);
                q.bindValue(8, country.cities[l.city]);
                q.bindValue(9, l.score);
                q.bindValue(10, statuses[l.status]);
                q.bindValue(11, nullable(l.assigneeId));
                q.bindValue(12, l.tags);
                q.bindValue(13, l.firstVisitAt);
                q.bindValue(14, l.lastVisitAt);
                q.bindValue(15, l.visits);
                q.bindValue(16, l.pageViews);
                q.bindValue(17, crmStates[l.crm]);
                q.bindValue(18, l.crm == CrmSynced ? hubspot : l.crm == CrmError ? salesforce : QVariant());
                // A stable HubSpot-looking id: multiplying by a prime coprime to 9e9 cannot collide.
                q.bindValue(19,
                    l.crm == CrmSynced ? QVariant(
                        u"hs-"_s + QString::number(1000000000 + (l.id * 2654435761LL) % 9000000000LL))
                                       : QVariant());
                q.bindValue(20, l.crm == CrmSynced ? QVariant(l.crmSyncedAt) : QVariant());
                q.bindValue(21, l.createdAt);
                q.bindValue(22, l.lastVisitAt);
                q.bindValue(23, seq());
                if (!exec(q, "leads"))
                    return false;
            }
        }
        return true;
    }

    // Visits of both accounts merged in time order, each followed by its page views.
    bool writeActivity(const Plan &plan)
    {
        const QString visitSql
            = u"INSERT INTO visits(id, account_id, site_id, lead_id, visitor_id, started_at,"
              " ended_at, page_views, landing_url, referrer, utm_source, utm_medium, utm_campaign,"
              " device_type, os, browser, screen, country, city, seq)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        const QString pageViewSql
            = u"INSERT INTO pageviews(id, account_id, site_id, visit_id, lead_id, visitor_id, url,"
              " title, referrer, utm_source, utm_medium, utm_campaign, time_on_page_s,"
              " device_type, os, browser, screen, country, city, viewed_at, seq)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        // Both are cached before either reference is taken: caching the second could rehash the
        // cache and leave the first reference dangling.
        statement(visitSql);
        statement(pageViewSql);
        QSqlQuery &vq = statement(visitSql);
        QSqlQuery &pq = statement(pageViewSql);

        // Every repeated text value is built once as a QVariant and only shared per row.
        struct Device
        {
            QVariant type, os, browser, screen;
        };
        std::vector<Device> devices;
        for (const sc::DeviceProfile &d : sc::deviceProfiles())
            devices.push_back({d.deviceType, d.os, d.browser, d.screen});
        struct Source
        {
            QVariant referrer, utmSource, utmMedium, utmCampaign;
        };
        std::vector<Source> organic, campaigns;
        for (const sc::TrafficSource &s : sc::organicSources())
            organic.push_back({s.referrer, QVariant(), QVariant(), QVariant()});
        for (const sc::TrafficSource &s : sc::campaignSources())
            campaigns.push_back({s.referrer, s.utmSource, s.utmMedium, s.utmCampaign});
        std::vector<QVariant> countryCodes;
        std::vector<std::vector<QVariant>> cityNames;
        for (const sc::Country &c : sc::countries()) {
            countryCodes.emplace_back(c.code);
            cityNames.emplace_back(c.cities.begin(), c.cities.end());
        }
        const QVariant null;

        struct Cursor
        {
            const AccountSeed *account;
            size_t next = 0;
            QRandomGenerator pages; // page paths, drawn in this account's own visit order
            QVariant accountId;
            std::vector<QVariant> siteIds;
        };
        std::vector<Cursor> cursors;
        for (const AccountSeed &a : plan.accounts) {
            Cursor c {&a, 0, QRandomGenerator(a.seed ^ 0x50414745u), QVariant(a.id), {}};
            for (const SiteSeed &s : a.sites)
                c.siteIds.emplace_back(s.id);
            cursors.push_back(std::move(c));
        }

        qint64 visitId = 0, pageViewId = 0;
        std::vector<int> path(kMaxPagesPerVisit);
        for (;;) {
            Cursor *cursor = nullptr;
            for (Cursor &c : cursors) {
                if (c.next < c.account->visits.size()
                    && (!cursor
                        || c.account->visits[c.next].start < cursor->account->visits[cursor->next].start))
                    cursor = &c;
            }
            if (!cursor)
                break;
            const AccountSeed &account = *cursor->account;
            const VisitSeed &v = account.visits[cursor->next++];
            const SiteSeed &site = account.sites[v.site];
            const VisitorSeed &visitor = account.visitors[size_t(v.visitor)];
            const Device &device = devices[size_t(visitor.device)];
            const Source &source = v.campaign ? campaigns[v.source] : organic[v.source];
            const QVariant leadId = v.lead >= 0 ? QVariant(account.leads[size_t(v.lead)].id) : QVariant();
            const QVariant visitorId(visitorIdText(visitor.code));
            const QVariant &country = visitor.country >= 0 ? countryCodes[size_t(visitor.country)] : null;
            const QVariant &city
                = visitor.country >= 0 ? cityNames[size_t(visitor.country)][size_t(visitor.city)] : null;
            const QVariant &siteId = cursor->siteIds[v.site];

            path[0] = site.landing.pick(cursor->pages);
            for (int p = 1; p < v.pages; ++p) {
                int next = site.browse.pick(cursor->pages);
                for (int retry = 0; next == path[size_t(p - 1)] && retry < 4; ++retry)
                    next = site.browse.pick(cursor->pages);
                path[size_t(p)] = next;
            }

            vq.bindValue(0, ++visitId);
            vq.bindValue(1, cursor->accountId);
            vq.bindValue(2, siteId);
            vq.bindValue(3, leadId);
            vq.bindValue(4, visitorId);
            vq.bindValue(5, v.start);
            vq.bindValue(6, v.start + qint64(v.duration));
            vq.bindValue(7, int(v.pages));
            vq.bindValue(8, site.urls[size_t(path[0])]);
            vq.bindValue(9, source.referrer);
            vq.bindValue(10, source.utmSource);
            vq.bindValue(11, source.utmMedium);
            vq.bindValue(12, source.utmCampaign);
            vq.bindValue(13, device.type);
            vq.bindValue(14, device.os);
            vq.bindValue(15, device.browser);
            vq.bindValue(16, device.screen);
            vq.bindValue(17, country);
            vq.bindValue(18, city);
            vq.bindValue(19, seq());
            if (!exec(vq, "visits"))
                return false;

            const QVariant visitIdValue(visitId);
            qint64 viewedAt = v.start;
            for (int p = 0; p < v.pages; ++p) {
                const qint64 seconds = account.pageTimes[size_t(v.firstPage + p)];
                const QVariant &url = site.urls[size_t(path[size_t(p)])];
                pq.bindValue(0, ++pageViewId);
                pq.bindValue(1, cursor->accountId);
                pq.bindValue(2, siteId);
                pq.bindValue(3, visitIdValue);
                pq.bindValue(4, leadId);
                pq.bindValue(5, visitorId);
                pq.bindValue(6, url);
                pq.bindValue(7, site.titles[size_t(path[size_t(p)])]);
                if (p == 0) {
                    pq.bindValue(8, source.referrer);
                    pq.bindValue(9, source.utmSource);
                    pq.bindValue(10, source.utmMedium);
                    pq.bindValue(11, source.utmCampaign);
                } else {
                    pq.bindValue(8, site.urls[size_t(path[size_t(p - 1)])]);
                    pq.bindValue(9, null);
                    pq.bindValue(10, null);
                    pq.bindValue(11, null);
                }
                pq.bindValue(12, seconds);
                pq.bindValue(13, device.type);
                pq.bindValue(14, device.os);
                pq.bindValue(15, device.browser);
                pq.bindValue(16, device.screen);
                pq.bindValue(17, country);
                pq.bindValue(18, city);
                pq.bindValue(19, viewedAt);
                pq.bindValue(20, seq());
                if (!exec(pq, "pageviews"))
                    return false;
                viewedAt += seconds;
            }
        }
        return true;
    }

    bool writeNotes(const Plan &plan)
    {
        QSqlQuery &q
            = statement(u"INSERT INTO notes(id, account_id, lead_id, author_id, body, created_at, updated_at,"
                        " version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
        qint64 id = 0;
        for (const NoteSeed &n : plan.notes) {
            q.bindValue(0, ++id);
            q.bindValue(1, n.accountId);
            q.bindValue(2, n.leadId);
            q.bindValue(3, n.authorId);
            q.bindValue(4, n.body);
            q.bindValue(5, n.createdAt);
            q.bindValue(6, n.updatedAt);
            q.bindValue(7, seq());
            if (!exec(q, "notes"))
                return false;
        }
        return true;
    }

    bool writeAudit(const Plan &plan)
    {
        QSqlQuery &q
            = statement(u"INSERT INTO audit(id, account_id, user_id, actor_email, action, target_type,"
                        " target_id, detail, at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        qint64 id = 0;
        for (const AuditSeed &e : plan.audit) {
            q.bindValue(0, ++id);
            q.bindValue(1, e.accountId);
            q.bindValue(2, e.userId);
            q.bindValue(3, e.actorEmail);
            q.bindValue(4, e.action);
            q.bindValue(5, e.targetType);
            q.bindValue(6, e.targetId);
            q.bindValue(7, QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)));
            q.bindValue(8, e.at);
            q.bindValue(9, seq());
            if (!exec(q, "audit"))
                return false;
        }
        return true;
    }

    Database &m_db;
    QString *m_error;
};

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

    const Plan plan = buildPlan(options, options.anchor.toSecsSinceEpoch());
    Transaction tx(db);
    Writer writer(db, error);
    if (!writer.write(plan))
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
