#include "analyticswriter.h"

#include "seedconstants.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seeding {

namespace {

struct Definition
{
    qint64 accountId;
    QString name;
    QString patterns; // a goal's pattern, or a funnel's steps as JSON
};

QString steps(std::initializer_list<std::pair<QString, QString>> patternsAndLabels)
{
    QJsonArray out;
    for (const auto &[pattern, label] : patternsAndLabels)
        out.append(QJsonObject {{u"pattern"_s, pattern}, {u"label"_s, label}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QJsonObject filter(const QString &dimension, const QString &op, const QString &value)
{
    return {{u"dimension"_s, dimension}, {u"operator"_s, op}, {u"value"_s, value}};
}

QString dayOf(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).date().toString(Qt::ISODate);
}

qint64 managerOf(const AccountSeed &account)
{
    for (const UserSeed &u : account.users) {
        if (u.role == u"admin")
            return u.id;
    }
    return account.owner().id;
}

} // namespace

bool writeAnalytics(RowInserter &rows, const SeedPlan &plan)
{
    const AccountSeed &acme = plan.accounts.front();
    const AccountSeed *globex = plan.accounts.size() > 1 ? &plan.accounts[1] : nullptr;
    const qint64 at = plan.anchor - 40 * kDay;
    const qint64 acmeManager = managerOf(acme);

    // Globex is younger than Acme's history: its rows date from its first days.
    const qint64 globexAt = globex ? std::max(at, globex->createdAt + kHour) : 0;
    std::vector<Definition> goals = {{acme.id, u"Visited pricing"_s, u"/pricing"_s},
        {acme.id, u"Booked a demo"_s, u"/demo"_s}, {acme.id, u"Started a trial"_s, u"/signup"_s}};
    if (globex)
        goals.push_back({globex->id, u"Contacted sales"_s, u"/contact"_s});
    QSqlQuery &goal
        = rows.statement(u"INSERT INTO goals(id, account_id, name, name_key, pattern, created_by,"
                         " created_at, updated_at, version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
    qint64 id = 0;
    for (const Definition &g : goals) {
        const bool isAcme = g.accountId == acme.id;
        const qint64 by = isAcme ? acmeManager : managerOf(*globex);
        const qint64 when = isAcme ? at : globexAt;
        if (!rows.insert(goal, "goals",
                {++id, g.accountId, g.name, g.name.toCaseFolded(), g.patterns, by, when, when, rows.seq()}))
            return false;
    }

    const std::vector<Definition> funnels = {
        {acme.id, u"Features to demo"_s,
            steps({{u"/features"_s, u"Features"_s}, {u"/pricing"_s, u"Pricing"_s}, {u"/demo"_s, u"Demo"_s}})},
        {acme.id, u"Pricing to trial"_s, steps({{u"/pricing"_s, u"Pricing"_s}, {u"/signup"_s, u"Trial"_s}})}};
    QSqlQuery &funnel
        = rows.statement(u"INSERT INTO funnels(id, account_id, name, name_key, steps, created_by,"
                         " created_at, updated_at, version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
    id = 0;
    for (const Definition &f : funnels) {
        if (!rows.insert(funnel, "funnels",
                {++id, f.accountId, f.name, f.name.toCaseFolded(), f.patterns, acmeManager, at, at,
                    rows.seq()}))
            return false;
    }

    // Days the demo's traffic is shaped around: the campaign the segments are about, and two more.
    struct Note
    {
        qint64 accountId;
        QVariant siteId;
        qint64 day;
        QString text;
        qint64 by;
    };
    std::vector<Note> notes = {{acme.id, acme.sites.front().id, plan.anchor - 30 * kDay,
                                   u"LinkedIn ABM campaign started"_s, acmeManager},
        {acme.id, QVariant(QMetaType::fromType<qint64>()), plan.anchor - 55 * kDay,
            u"New pricing page live"_s, acme.owner().id},
        {acme.id, QVariant(QMetaType::fromType<qint64>()), plan.anchor - 10 * kDay,
            u"Webinar: visitor identification without cookies"_s, acmeManager}};
    if (globex)
        notes.push_back({globex->id, QVariant(QMetaType::fromType<qint64>()),
            std::max(plan.anchor - 2 * kDay, globexAt), u"Trade fair in Hamburg"_s, globex->owner().id});
    QSqlQuery &annotation
        = rows.statement(u"INSERT INTO annotations(id, account_id, site_id, day, text, created_by,"
                         " created_at, updated_at, version, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s);
    id = 0;
    for (const Note &n : notes) {
        if (!rows.insert(annotation, "annotations",
                {++id, n.accountId, n.siteId, dayOf(n.day), n.text, n.by, n.day, n.day, rows.seq()}))
            return false;
    }

    // The owner's own segments: what the manager asks about.
    const QJsonArray segments {
        QJsonObject {{u"name"_s, u"LinkedIn campaign"_s},
            {u"filters"_s, QJsonArray {filter(u"utm_source"_s, u"is"_s, u"linkedin"_s)}}},
        QJsonObject {{u"name"_s, u"LinkedIn readers of pricing"_s},
            {u"filters"_s,
                QJsonArray {filter(u"utm_source"_s, u"is"_s, u"linkedin"_s),
                    filter(u"page"_s, u"is"_s, u"/pricing"_s)}}},
        QJsonObject {{u"name"_s, u"Desktop outside Germany"_s},
            {u"filters"_s,
                QJsonArray {filter(u"device_type"_s, u"is"_s, u"desktop"_s),
                    filter(u"country"_s, u"is_not"_s, u"DE"_s)}}}};
    QSqlQuery &set
        = rows.statement(u"INSERT INTO segment_sets(user_id, account_id, segments, updated_at, version,"
                         " seq) VALUES (?, ?, ?, ?, 1, ?)"_s);
    return rows.insert(set, "segment_sets",
        {acme.owner().id, acme.id, QString::fromUtf8(QJsonDocument(segments).toJson(QJsonDocument::Compact)),
            plan.anchor - 7 * kDay, rows.seq()});
}

} // namespace seeding
