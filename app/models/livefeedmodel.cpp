#include "livefeedmodel.h"

#include "storage/cachereader.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

namespace {
struct Loaded
{
    QList<LiveFeedModel::Event> events; // newest first
    bool replace = false; // the newest shown is gone (erased): start over
    QString error;
};

QString textOf(const SqlStatement &row, int column)
{
    return row.isNull(column) ? QString() : row.text(column);
}

Loaded loadNewer(SqlDatabase &db, qint64 after)
{
    Loaded loaded;
    if (after > 0) {
        SqlStatement still(db, QStringLiteral("SELECT 1 FROM pageviews WHERE id = ?"));
        still.bind(1, after);
        loaded.replace = still.step() != SqlStatement::Step::Row;
    }
    const qint64 from = loaded.replace ? 0 : after;
    SqlStatement select(db,
        QStringLiteral("SELECT p.id, p.viewed_at, p.url, p.title, p.referrer, p.device_type, p.browser, p.os,"
                       " p.country, p.city, p.lead_id, l.name, p.site_id FROM pageviews p"
                       " LEFT JOIN leads l ON l.id = p.lead_id WHERE p.id > ? ORDER BY p.id DESC LIMIT ?"));
    select.bind(1, from).bind(2, LiveFeedModel::kSize);
    while (select.step() == SqlStatement::Step::Row) {
        LiveFeedModel::Event e;
        e.id = select.integer(0);
        e.viewedAt = QDateTime::fromSecsSinceEpoch(select.integer(1), Qt::UTC);
        e.url = textOf(select, 2);
        e.title = textOf(select, 3);
        e.referrer = textOf(select, 4);
        e.device = textOf(select, 5);
        e.browser = textOf(select, 6);
        e.os = textOf(select, 7);
        e.country = textOf(select, 8);
        e.city = textOf(select, 9);
        e.leadId = select.isNull(10) ? 0 : select.integer(10);
        e.company = textOf(select, 11);
        e.siteId = select.integer(12);
        loaded.events.append(std::move(e));
    }
    loaded.error = select.error();
    return loaded;
}
} // namespace

LiveFeedModel::LiveFeedModel(QObject *parent)
    : CacheListModel(parent)
{
    watch({Collection::Pageviews});
}

int LiveFeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QHash<int, QByteArray> LiveFeedModel::roleNames() const
{
    return {{IdRole, "eventId"}, {ViewedAtRole, "viewedAt"}, {UrlRole, "url"}, {TitleRole, "title"},
        {ReferrerRole, "referrer"}, {DeviceRole, "device"}, {BrowserRole, "browser"}, {OsRole, "os"},
        {CountryRole, "country"}, {CityRole, "city"}, {LeadIdRole, "leadId"}, {CompanyRole, "company"},
        {SiteIdRole, "siteId"}};
}

QVariant LiveFeedModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Event &e = m_events.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case ViewedAtRole:
        return e.viewedAt;
    case Qt::DisplayRole:
    case UrlRole:
        return e.url;
    case TitleRole:
        return e.title;
    case ReferrerRole:
        return e.referrer;
    case DeviceRole:
        return e.device;
    case BrowserRole:
        return e.browser;
    case OsRole:
        return e.os;
    case CountryRole:
        return e.country;
    case CityRole:
        return e.city;
    case LeadIdRole:
        return e.leadId;
    case CompanyRole:
        return e.company;
    case SiteIdRole:
        return e.siteId;
    default:
        return {};
    }
}

void LiveFeedModel::load(CacheReader &cache, quint64 generation)
{
    cache.read<Loaded>(
        this, [after = newestId()](SqlDatabase &db) { return loadNewer(db, after); },
        [this, generation](const Loaded &loaded) {
            if (!current(generation))
                return;
            if (loaded.error.isEmpty())
                merge(loaded.events, loaded.replace);
            finish(generation, loaded.error);
        });
}

void LiveFeedModel::merge(QList<Event> newer, bool replace)
{
    if (replace || m_events.isEmpty()) {
        replaceRows(m_events, std::move(newer));
        return;
    }
    if (newer.isEmpty())
        return;
    const int added = int(std::min<qsizetype>(newer.size(), kSize));
    newer.resize(added);
    // The oldest make room first, so the list never holds more than kSize rows, not even for a view
    // that looks between the two changes.
    const int keep = kSize - added;
    if (m_events.size() > keep) {
        beginRemoveRows({}, keep, int(m_events.size()) - 1);
        m_events.resize(keep);
        endRemoveRows();
    }
    beginInsertRows({}, 0, added - 1);
    m_events = newer + m_events;
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT arrived(added);
}
