#include "triagewriter.h"

#include "seedcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;
namespace sc = seedcatalog;

namespace seeding {

namespace {

struct Member
{
    QString domain;
    QString name;
};

struct ListSeed
{
    qint64 accountId;
    QString name;
    QString description;
    qint64 createdBy;
    qint64 createdAt;
    std::vector<Member> members;
};

struct ExclusionSeed
{
    qint64 accountId;
    QString domain;
    QString reason;
    QString note;
    qint64 createdBy;
    qint64 createdAt;
};

qint64 adminOf(const AccountSeed &account)
{
    for (const UserSeed &u : account.users) {
        if (u.role == u"admin")
            return u.id;
    }
    return account.owner().id;
}

// Up to `limit` of the account's leads in id order that `fits` accepts and no earlier pick took.
// It stops at the limit, so even a million leads cost a handful of comparisons in practice.
std::vector<const LeadSeed *> pick(const AccountSeed &account, size_t limit,
    const std::function<bool(const LeadSeed &)> &fits, QSet<qint64> *taken)
{
    std::vector<const LeadSeed *> picked;
    for (const LeadSeed &lead : account.leads) {
        if (picked.size() >= limit)
            break;
        if (!taken->contains(lead.id) && fits(lead)) {
            taken->insert(lead.id);
            picked.push_back(&lead);
        }
    }
    return picked;
}

int indexOf(const QStringList &names, const QString &name)
{
    return int(names.indexOf(name));
}

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

void planAcme(const AccountSeed &acme, qint64 anchor, std::vector<ListSeed> *lists,
    std::vector<ExclusionSeed> *exclusions)
{
    QStringList industries, countries;
    for (const sc::Industry &i : sc::industries())
        industries << i.name;
    for (const sc::Country &c : sc::countries())
        countries << c.code;
    const int software = indexOf(industries, u"Software"_s);
    const int finance = indexOf(industries, u"Financial services"_s);
    const int de = indexOf(countries, u"DE"_s), ch = indexOf(countries, u"CH"_s);
    const int size201 = 3; // companySizes(): "1-10", "11-50", "51-200", then "201-500" and up
    const qint64 admin = adminOf(acme);

    QSet<qint64> taken;
    ListSeed enterprise {acme.id, u"Enterprise targets"_s,
        u"Software and financial services companies with more than 200 employees."_s, admin,
        anchor - 21 * kDay, {}};
    const auto big = pick(
        acme, 15,
        [&](const LeadSeed &l) {
            return (l.industry == software || l.industry == finance) && l.size >= size201;
        },
        &taken);
    for (const LeadSeed *l : big)
        enterprise.members.push_back({l->domain, l->name});
    enterprise.members.insert(enterprise.members.end(),
        {{u"northwind-bank.example"_s, u"Northwind Bank plc"_s},
            {u"contoso-software.example"_s, u"Contoso Software Ltd"_s},
            {u"fabrikam-finance.example"_s, u"Fabrikam Finance AG"_s},
            {u"tailspin-systems.example"_s, u"Tailspin Systems Inc."_s},
            {u"woodgrove-capital.example"_s, u"Woodgrove Capital LLC"_s}});

    ListSeed dach {acme.id, u"DACH expansion"_s, u"Germany and Switzerland, for next year's expansion."_s,
        admin, anchor - 7 * kDay, {}};
    const auto german = pick(
        acme, 9, [&](const LeadSeed &l) { return l.country == de || l.country == ch; }, &taken);
    for (const LeadSeed *l : german)
        dach.members.push_back({l->domain, l->name});
    dach.members.insert(dach.members.end(),
        {{u"alpenblick-software.example"_s, u"Alpenblick Software GmbH"_s},
            {u"rheinufer-finanz.example"_s, u"Rheinufer Finanz AG"_s},
            {u"seeblick-systems.example"_s, u"Seeblick Systems AG"_s}});
    lists->push_back(std::move(enterprise));
    lists->push_back(std::move(dach));

    // Leads on neither list, so a demo shows hidden companies apart from the targeted ones.
    const auto hidden = pick(
        acme, 4, [](const LeadSeed &) { return true; }, &taken);
    static const QString reasons[] = {u"customer"_s, u"competitor"_s, u"partner"_s, u"isp"_s};
    static const QString notes[]
        = {u"Existing customer; handled by account management."_s, u"Competitor; keep out of outreach."_s,
            u"Reseller partner."_s, u"Shared ISP address range, not a company."_s};
    qint64 at = anchor - 30 * kDay;
    for (size_t i = 0; i < hidden.size(); ++i, at += kDay)
        exclusions->push_back({acme.id, hidden[i]->domain, reasons[i], notes[i], admin, at});
    exclusions->push_back({acme.id, u"isp-transit.example"_s, u"isp"_s,
        u"Transit provider; its visitors are not one company."_s, admin, anchor - 26 * kDay});
    exclusions->push_back({acme.id, u"oldcustomer.example"_s, u"customer"_s,
        u"Former customer; do not contact."_s, admin, anchor - 25 * kDay});
}

void planGlobex(
    const AccountSeed &globex, std::vector<ListSeed> *lists, std::vector<ExclusionSeed> *exclusions)
{
    const qint64 admin = adminOf(globex);
    exclusions->push_back({globex.id, u"hanseatic-rival.example"_s, u"competitor"_s,
        u"Direct competitor in Hamburg."_s, admin, globex.createdAt + kDay});
    lists->push_back({globex.id, u"Globex targets"_s, u""_s, admin, globex.createdAt + 2 * kDay,
        {{u"nordhafen-logistik.example"_s, u"Nordhafen Logistik GmbH"_s},
            {u"elbtal-maschinenbau.example"_s, u"Elbtal Maschinenbau AG"_s},
            {u"kontorhaus-handel.example"_s, u"Kontorhaus Handel KG"_s}}});
}

} // namespace

bool writeTriage(RowInserter &rows, const SeedPlan &plan)
{
    std::vector<ListSeed> lists;
    std::vector<ExclusionSeed> exclusions;
    for (const AccountSeed &account : plan.accounts) {
        if (account.id == 1)
            planAcme(account, plan.anchor, &lists, &exclusions);
        else
            planGlobex(account, &lists, &exclusions);
    }

    // Only Acme has saved a profile; Globex reads the empty one.
    const AccountSeed &acme = plan.accounts.front();
    QSqlQuery &icp = rows.statement(
        u"INSERT INTO icp_profiles(account_id, industries_weight, industries, sizes_weight, sizes,"
        " countries_weight, countries, tags_weight, tags, updated_at, updated_by, version, seq)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
    if (!rows.insert(icp, "icp_profiles",
            {acme.id, 40, jsonList({u"Software"_s, u"Financial services"_s}), 30,
                jsonList({u"51-200"_s, u"201-500"_s, u"501-1000"_s, u"1001-5000"_s}), 20,
                jsonList({u"GB"_s, u"DE"_s, u"US"_s, u"NL"_s}), 10, jsonList({u"enterprise"_s}),
                plan.anchor - 14 * kDay, adminOf(acme), rows.seq()}))
        return false;

    QSqlQuery &exclusion = rows.statement(u"INSERT INTO exclusions(id, account_id, domain, reason, note,"
                                          " created_by, created_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    qint64 id = 0;
    for (const ExclusionSeed &e : exclusions) {
        if (!rows.insert(exclusion, "exclusions",
                {++id, e.accountId, e.domain, e.reason, e.note, e.createdBy, e.createdAt, rows.seq()}))
            return false;
    }

    // The members were added an hour after their list was made, which is its last change.
    QSqlQuery &list = rows.statement(u"INSERT INTO target_lists(id, account_id, name, name_key, description,"
                                     " created_by, created_at, updated_at, version, seq)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
    id = 0;
    for (const ListSeed &l : lists) {
        if (!rows.insert(list, "target_lists",
                {++id, l.accountId, l.name, l.name.toCaseFolded(), l.description, l.createdBy, l.createdAt,
                    l.createdAt + kHour, rows.seq()}))
            return false;
    }
    QSqlQuery &member = rows.statement(u"INSERT INTO target_accounts(id, account_id, list_id, domain, name,"
                                       " created_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    qint64 listId = 0;
    id = 0;
    for (const ListSeed &l : lists) {
        ++listId;
        for (const Member &m : l.members) {
            if (!rows.insert(member, "target_accounts",
                    {++id, l.accountId, listId, m.domain, m.name, l.createdAt + kHour, rows.seq()}))
                return false;
        }
    }
    return true;
}

} // namespace seeding
