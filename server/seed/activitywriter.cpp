#include "activitywriter.h"

#include "seedcatalog.h"
#include "seedconstants.h"
#include "visitorids.h"

#include <QString>

#include <utility>

using namespace Qt::StringLiterals;
namespace sc = seedcatalog;

namespace seeding {

ActivityWriter::ActivityWriter(RowInserter &rows)
    : m_rows(rows)
    , m_path(kMaxPagesPerVisit)
{
    for (const sc::DeviceProfile &d : sc::deviceProfiles())
        m_devices.push_back({d.deviceType, d.os, d.browser, d.screen});
    for (const sc::TrafficSource &s : sc::organicSources())
        m_organic.push_back({s.referrer, QVariant(), QVariant(), QVariant()});
    for (const sc::TrafficSource &s : sc::campaignSources())
        m_campaigns.push_back({s.referrer, s.utmSource, s.utmMedium, s.utmCampaign});
    for (const sc::Country &c : sc::countries()) {
        m_countryCodes.emplace_back(c.code);
        m_cityNames.emplace_back(c.cities.begin(), c.cities.end());
    }
}

bool ActivityWriter::write(const SeedPlan &plan)
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
    m_rows.statement(visitSql);
    m_rows.statement(pageViewSql);
    QSqlQuery &visitQuery = m_rows.statement(visitSql);
    QSqlQuery &pageViewQuery = m_rows.statement(pageViewSql);

    std::vector<Cursor> cursors;
    for (const AccountSeed &a : plan.accounts) {
        Cursor c {&a, 0, QRandomGenerator(a.seed ^ 0x50414745u), QVariant(a.id), {}};
        for (const SiteSeed &s : a.sites)
            c.siteIds.emplace_back(s.id);
        cursors.push_back(std::move(c));
    }

    while (Cursor *cursor = nextCursor(cursors)) {
        const VisitSeed &visit = cursor->account->visits[cursor->next++];
        if (!writeVisit(visitQuery, pageViewQuery, *cursor, visit))
            return false;
    }
    return true;
}

ActivityWriter::Cursor *ActivityWriter::nextCursor(std::vector<Cursor> &cursors)
{
    Cursor *cursor = nullptr;
    for (Cursor &c : cursors) {
        if (c.next < c.account->visits.size()
            && (!cursor || c.account->visits[c.next].start < cursor->account->visits[cursor->next].start))
            cursor = &c;
    }
    return cursor;
}

void ActivityWriter::drawPath(const SiteSeed &site, const VisitSeed &visit, QRandomGenerator &rng)
{
    m_path[0] = site.landing.pick(rng);
    for (int p = 1; p < visit.pages; ++p) {
        int next = site.browse.pick(rng);
        // Mostly a different page from the one before: reloads happen, but rarely.
        for (int retry = 0; next == m_path[size_t(p - 1)] && retry < 4; ++retry)
            next = site.browse.pick(rng);
        m_path[size_t(p)] = next;
    }
}

bool ActivityWriter::writeVisit(
    QSqlQuery &visitQuery, QSqlQuery &pageViewQuery, Cursor &cursor, const VisitSeed &visit)
{
    const AccountSeed &account = *cursor.account;
    const SiteSeed &site = account.sites[visit.site];
    const VisitorSeed &visitor = account.visitors[size_t(visit.visitor)];
    const Device &device = m_devices[size_t(visitor.device)];
    const Source &source = visit.campaign ? m_campaigns[visit.source] : m_organic[visit.source];
    const QVariant leadId = visit.lead >= 0 ? QVariant(account.leads[size_t(visit.lead)].id) : QVariant();
    const QVariant visitorId(visitorIdText(visitor.code));
    const QVariant &country = visitor.country >= 0 ? m_countryCodes[size_t(visitor.country)] : m_null;
    const QVariant &city
        = visitor.country >= 0 ? m_cityNames[size_t(visitor.country)][size_t(visitor.city)] : m_null;
    const QVariant &siteId = cursor.siteIds[visit.site];

    drawPath(site, visit, cursor.pages);

    visitQuery.bindValue(0, ++m_visitId);
    visitQuery.bindValue(1, cursor.accountId);
    visitQuery.bindValue(2, siteId);
    visitQuery.bindValue(3, leadId);
    visitQuery.bindValue(4, visitorId);
    visitQuery.bindValue(5, visit.start);
    visitQuery.bindValue(6, visit.start + qint64(visit.duration));
    visitQuery.bindValue(7, int(visit.pages));
    visitQuery.bindValue(8, site.urls[size_t(m_path[0])]);
    visitQuery.bindValue(9, source.referrer);
    visitQuery.bindValue(10, source.utmSource);
    visitQuery.bindValue(11, source.utmMedium);
    visitQuery.bindValue(12, source.utmCampaign);
    visitQuery.bindValue(13, device.type);
    visitQuery.bindValue(14, device.os);
    visitQuery.bindValue(15, device.browser);
    visitQuery.bindValue(16, device.screen);
    visitQuery.bindValue(17, country);
    visitQuery.bindValue(18, city);
    visitQuery.bindValue(19, m_rows.seq());
    if (!m_rows.exec(visitQuery, "visits"))
        return false;

    const QVariant visitIdValue(m_visitId);
    qint64 viewedAt = visit.start;
    for (int p = 0; p < visit.pages; ++p) {
        const qint64 seconds = account.pageTimes[size_t(visit.firstPage + p)];
        const QVariant &url = site.urls[size_t(m_path[size_t(p)])];
        pageViewQuery.bindValue(0, ++m_pageViewId);
        pageViewQuery.bindValue(1, cursor.accountId);
        pageViewQuery.bindValue(2, siteId);
        pageViewQuery.bindValue(3, visitIdValue);
        pageViewQuery.bindValue(4, leadId);
        pageViewQuery.bindValue(5, visitorId);
        pageViewQuery.bindValue(6, url);
        pageViewQuery.bindValue(7, site.titles[size_t(m_path[size_t(p)])]);
        // The first page was reached from outside; each later one from the page before it.
        if (p == 0) {
            pageViewQuery.bindValue(8, source.referrer);
            pageViewQuery.bindValue(9, source.utmSource);
            pageViewQuery.bindValue(10, source.utmMedium);
            pageViewQuery.bindValue(11, source.utmCampaign);
        } else {
            pageViewQuery.bindValue(8, site.urls[size_t(m_path[size_t(p - 1)])]);
            pageViewQuery.bindValue(9, m_null);
            pageViewQuery.bindValue(10, m_null);
            pageViewQuery.bindValue(11, m_null);
        }
        pageViewQuery.bindValue(12, seconds);
        pageViewQuery.bindValue(13, device.type);
        pageViewQuery.bindValue(14, device.os);
        pageViewQuery.bindValue(15, device.browser);
        pageViewQuery.bindValue(16, device.screen);
        pageViewQuery.bindValue(17, country);
        pageViewQuery.bindValue(18, city);
        pageViewQuery.bindValue(19, viewedAt);
        pageViewQuery.bindValue(20, m_rows.seq());
        if (!m_rows.exec(pageViewQuery, "pageviews"))
            return false;
        viewedAt += seconds;
    }
    return true;
}

} // namespace seeding
