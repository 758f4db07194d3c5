#include "livetraffic.h"

#include "../store/changelog.h"
#include "../store/database.h"

#include <QDateTime>

namespace {
constexpr int kTickMs = 100;
constexpr int kMaxActiveVisits = 25;

struct Page
{
    const char *path;
    const char *title;
};
constexpr Page kPages[] = {
    {"/", "Home"},
    {"/pricing", "Pricing"},
    {"/features", "Features"},
    {"/integrations/hubspot", "HubSpot integration"},
    {"/blog/b2b-intent-data", "What B2B intent data tells you"},
    {"/case-studies", "Case studies"},
    {"/demo", "Book a demo"},
    {"/contact", "Contact us"},
};
constexpr const char *kReferrers[] = {"https://www.google.com/", "https://www.linkedin.com/", "",
    "https://www.bing.com/", "https://duckduckgo.com/"};
struct Device
{
    const char *type, *os, *browser, *screen;
};
constexpr Device kDevices[]
    = {{"desktop", "Windows", "Chrome", "1920x1080"}, {"desktop", "macOS", "Safari", "2560x1440"},
        {"desktop", "Linux", "Firefox", "1920x1080"}, {"mobile", "iOS", "Safari", "390x844"},
        {"mobile", "Android", "Chrome", "412x915"}, {"tablet", "iPadOS", "Safari", "820x1180"}};

template<typename T, std::size_t N> const T &pick(QRandomGenerator &r, const T (&items)[N])
{
    return items[r.bounded(int(N))];
}
} // namespace

LiveTraffic::LiveTraffic(Database &db, ChangeLog &changes, double perSecond, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_changes(changes)
    , m_perTick(perSecond * kTickMs / 1000.0)
    , m_random(20261125)
{
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT id FROM leads WHERE account_id = ?"), {kAccountId});
    while (q && q->next())
        m_leadIds.append(q->value(0).toLongLong());
    q = m_db.run(
        QStringLiteral("SELECT id, domain FROM sites WHERE account_id = ? AND tracker_status = 'active'"),
        {kAccountId});
    while (q && q->next())
        m_sites.append({q->value(0).toLongLong(), q->value(1).toString()});
    m_visitorCounter = m_db.scalar(QStringLiteral("SELECT count(*) FROM visits")).toLongLong();
    if (m_sites.isEmpty() || perSecond <= 0)
        return;
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveTraffic::tick);
    m_timer.start();
}

void LiveTraffic::tick()
{
    m_owed += m_perTick;
    if (m_owed < 1)
        return;
    Transaction tx(m_db);
    for (; m_owed >= 1; m_owed -= 1)
        addPageView();
    if (tx.commit())
        m_changes.publish();
    else
        m_changes.discard();
}

LiveTraffic::ActiveVisit LiveTraffic::startVisit(qint64 now)
{
    const auto &[siteId, domain] = m_sites[m_random.bounded(int(m_sites.size()))];
    const Device &device = pick(m_random, kDevices);
    const QString visitor = QStringLiteral("v_live%1").arg(++m_visitorCounter, 8, 16, QLatin1Char('0'));
    QVariant lead;
    if (!m_leadIds.isEmpty() && m_random.bounded(100) < 55)
        lead = m_leadIds[m_random.bounded(int(m_leadIds.size()))];
    const QString referrer = QString::fromLatin1(pick(m_random, kReferrers));
    m_db.exec(
        QStringLiteral("INSERT INTO visits(account_id, site_id, lead_id, visitor_id, started_at, ended_at,"
                       " page_views, landing_url, referrer, device_type, os, browser, screen, seq)"
                       " VALUES(?, ?, ?, ?, ?, ?, 0, '', ?, ?, ?, ?, ?, ?)"),
        {kAccountId, siteId, lead, visitor, now, now, referrer, QString::fromLatin1(device.type),
            QString::fromLatin1(device.os), QString::fromLatin1(device.browser),
            QString::fromLatin1(device.screen), m_db.nextSeq()});
    const qint64 visitId = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    return ActiveVisit {visitId, siteId, domain, visitor, lead, referrer, 1 + m_random.bounded(6), now};
}

void LiveTraffic::addPageView()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_active.size() < kMaxActiveVisits && (m_active.isEmpty() || m_random.bounded(100) < 35))
        m_active.append(startVisit(now));
    const qsizetype index = m_random.bounded(int(m_active.size()));
    ActiveVisit &visit = m_active[index];
    const Page &page = pick(m_random, kPages);
    const QString url = QStringLiteral("https://") + visit.domain + QString::fromLatin1(page.path);

    QSqlQuery *v = m_db.run(
        QStringLiteral("SELECT device_type, os, browser, screen FROM visits WHERE id = ?"), {visit.id});
    QVariantList device;
    if (v && v->next())
        device = {v->value(0), v->value(1), v->value(2), v->value(3)};
    if (v)
        v->finish();
    if (device.size() != 4)
        return;
    m_db.exec(
        QStringLiteral("INSERT INTO pageviews(account_id, site_id, visit_id, lead_id, visitor_id, url, title,"
                       " referrer, time_on_page_s, device_type, os, browser, screen, viewed_at, seq)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {kAccountId, visit.siteId, visit.id, visit.leadId, visit.visitorId, url,
            QString::fromLatin1(page.title), visit.lastUrl, 5 + m_random.bounded(120), device[0], device[1],
            device[2], device[3], now, m_db.nextSeq()});
    const qint64 pageViewId = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    m_db.exec(QStringLiteral("UPDATE visits SET page_views = page_views + 1, ended_at = ?,"
                             " landing_url = CASE WHEN landing_url = '' THEN ? ELSE landing_url END, seq = ?"
                             " WHERE id = ?"),
        {now, url, m_db.nextSeq(), visit.id});
    m_changes.touched(kAccountId, QStringLiteral("pageviews"), pageViewId);
    m_changes.touched(kAccountId, QStringLiteral("visits"), visit.id);
    if (visit.leadId.isValid()) {
        // Pricing and demo pages are buying signals: they raise the score faster.
        const int bump
            = (page.path == QByteArrayView("/pricing") || page.path == QByteArrayView("/demo")) ? 3 : 1;
        // The visit is counted with its first page view, in the update that takes the lead's new seq.
        // last_visit_at is the start of the lead's latest visit, as the seeded history defines it.
        m_db.exec(QStringLiteral("UPDATE leads SET visits = visits + ?, page_views = page_views + 1,"
                                 " last_visit_at = max(last_visit_at, ?), score = min(100, score + ?),"
                                 " updated_at = ?, seq = ?, version = version + 1 WHERE id = ?"),
            {visit.countedOnLead ? 0 : 1, visit.startedAt, bump, now, m_db.nextSeq(), visit.leadId});
        visit.countedOnLead = true;
        m_changes.touched(kAccountId, QStringLiteral("leads"), visit.leadId.toLongLong());
    }
    visit.lastUrl = url;
    if (--visit.pagesLeft <= 0)
        m_active.removeAt(index);
}
