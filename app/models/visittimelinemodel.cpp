#include "visittimelinemodel.h"

#include "storage/cachereader.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QHash>

namespace {
struct Loaded
{
    QList<VisitTimelineModel::Visit> visits;
    QString error;
};

QString textOf(const SqlStatement &row, int column)
{
    return row.isNull(column) ? QString() : row.text(column);
}

QDateTime timeOf(const SqlStatement &row, int column)
{
    return row.isNull(column) ? QDateTime() : QDateTime::fromSecsSinceEpoch(row.integer(column), Qt::UTC);
}

Loaded loadVisits(SqlDatabase &db, qint64 leadId, int limit)
{
    Loaded loaded;
    SqlStatement visits(db,
        QStringLiteral("SELECT id, started_at, ended_at, page_views, landing_url, referrer, utm_source,"
                       " utm_medium, utm_campaign, device_type, browser, os, screen, country, city"
                       " FROM visits WHERE lead_id = ? ORDER BY started_at DESC, id DESC LIMIT ?"));
    visits.bind(1, leadId).bind(2, limit);
    QHash<qint64, qsizetype> byId;
    while (visits.step() == SqlStatement::Step::Row) {
        VisitTimelineModel::Visit v;
        v.id = visits.integer(0);
        v.startedAt = timeOf(visits, 1);
        v.endedAt = timeOf(visits, 2);
        v.pageCount = int(visits.integer(3));
        v.landingUrl = textOf(visits, 4);
        v.referrer = textOf(visits, 5);
        v.utmSource = textOf(visits, 6);
        v.utmMedium = textOf(visits, 7);
        v.utmCampaign = textOf(visits, 8);
        v.device = textOf(visits, 9);
        v.browser = textOf(visits, 10);
        v.os = textOf(visits, 11);
        v.screen = textOf(visits, 12);
        v.country = textOf(visits, 13);
        v.city = textOf(visits, 14);
        byId.insert(v.id, loaded.visits.size());
        loaded.visits.append(std::move(v));
    }
    if (!visits.error().isEmpty()) {
        loaded.error = visits.error();
        return loaded;
    }
    // One query per visit uses the pageviews_visit index and stays small: a visit has a handful
    // of pages, and at most kPage visits are open.
    SqlStatement pages(db,
        QStringLiteral("SELECT url, title, viewed_at, time_on_page_s FROM pageviews WHERE visit_id = ?"
                       " ORDER BY viewed_at, id"));
    for (VisitTimelineModel::Visit &v : loaded.visits) {
        pages.reset();
        pages.bind(1, v.id);
        while (pages.step() == SqlStatement::Step::Row) {
            v.pages.append(QVariantMap {{QStringLiteral("url"), textOf(pages, 0)},
                {QStringLiteral("title"), textOf(pages, 1)}, {QStringLiteral("viewedAt"), timeOf(pages, 2)},
                {QStringLiteral("timeOnPage"), pages.integer(3)}});
        }
    }
    return loaded;
}
} // namespace

VisitTimelineModel::VisitTimelineModel(QObject *parent)
    : CacheListModel(parent)
{
    watch({Collection::Visits, Collection::Pageviews});
}

void VisitTimelineModel::setLeadId(qint64 id)
{
    if (id == m_leadId)
        return;
    m_leadId = id;
    m_limit = kPage;
    Q_EMIT leadIdChanged();
    replaceRows(m_visits, {});
    reload();
}

int VisitTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

QHash<int, QByteArray> VisitTimelineModel::roleNames() const
{
    return {{IdRole, "visitId"}, {StartedAtRole, "startedAt"}, {EndedAtRole, "endedAt"},
        {DurationSecondsRole, "durationSeconds"}, {PageCountRole, "pageCount"},
        {LandingUrlRole, "landingUrl"}, {ReferrerRole, "referrer"}, {UtmSourceRole, "utmSource"},
        {UtmMediumRole, "utmMedium"}, {UtmCampaignRole, "utmCampaign"}, {DeviceRole, "device"},
        {BrowserRole, "browser"}, {OsRole, "os"}, {ScreenRole, "screen"}, {CountryRole, "country"},
        {CityRole, "city"}, {PagesRole, "pages"}};
}

QVariant VisitTimelineModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Visit &v = m_visits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LandingUrlRole:
        return v.landingUrl;
    case IdRole:
        return v.id;
    case StartedAtRole:
        return v.startedAt;
    case EndedAtRole:
        return v.endedAt;
    case DurationSecondsRole:
        return v.endedAt.isValid() ? v.startedAt.secsTo(v.endedAt) : 0;
    case PageCountRole:
        return v.pageCount;
    case ReferrerRole:
        return v.referrer;
    case UtmSourceRole:
        return v.utmSource;
    case UtmMediumRole:
        return v.utmMedium;
    case UtmCampaignRole:
        return v.utmCampaign;
    case DeviceRole:
        return v.device;
    case BrowserRole:
        return v.browser;
    case OsRole:
        return v.os;
    case ScreenRole:
        return v.screen;
    case CountryRole:
        return v.country;
    case CityRole:
        return v.city;
    case PagesRole:
        return v.pages;
    default:
        return {};
    }
}

bool VisitTimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_leadId != 0 && m_visits.size() >= m_limit;
}

void VisitTimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_limit += kPage;
    scheduleReload();
}

void VisitTimelineModel::load(CacheReader &cache, quint64 generation)
{
    if (m_leadId == 0) {
        finish(generation);
        return;
    }
    cache.read<Loaded>(
        this, [lead = m_leadId, limit = m_limit](SqlDatabase &db) { return loadVisits(db, lead, limit); },
        [this, generation](const Loaded &loaded) {
            if (!current(generation))
                return;
            if (loaded.error.isEmpty())
                replaceRows(m_visits, loaded.visits);
            finish(generation, loaded.error);
        });
}
