#include "leadlistmodel.h"

#include "storage/fitgrades.h"

#include "account/accountruntime.h"
#include "core/leadvocabulary.h"
#include "leadbulkedit.h"
#include "leadexport.h"
#include "leadfilteroptions.h"
#include "leadselection.h"
#include "storage/cachereader.h"

namespace {
struct Fetched
{
    leadquery::Page page;
    quint64 query = 0;
};

bool sameKeys(const QList<leadquery::Key> &a, const QList<leadquery::Key> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const leadquery::Key &x, const leadquery::Key &y) { return x.id == y.id && x.value == y.value; });
}

} // namespace

LeadListModel::LeadListModel(QObject *parent)
    : CacheListModel(parent)
    , m_selection(new LeadSelection(*this))
    , m_bulk(new LeadBulkEdit(*this))
    , m_export(new LeadExport(*this))
    , m_options(new LeadFilterOptions(*this))
    , m_scanGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    connect(m_selection, &LeadSelection::rowsChanged, this, [this](int first, int last) {
        if (last >= first && first >= 0)
            Q_EMIT dataChanged(index(first), index(last), {SelectedRole});
    });
    m_pageTimer.setSingleShot(true);
    connect(&m_pageTimer, &QTimer::timeout, this, [this] {
        const QSet<int> wanted = std::exchange(m_wanted, {});
        for (const int page : wanted)
            fetchPage(page);
    });
    m_recountTimer.setSingleShot(true);
    connect(&m_recountTimer, &QTimer::timeout, this, &LeadListModel::recount);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &LeadListModel::refreshPagesOnScreen);
    m_sinceRecount.start();
}

LeadListModel::~LeadListModel()
{
    m_scanGeneration->store(~quint64(0)); // a scan still running stops at its next check
}

QHash<int, QByteArray> LeadListModel::roleNames() const
{
    return {{IdRole, "leadId"}, {LoadedRole, "loaded"}, {NameRole, "name"}, {DomainRole, "domain"},
        {SiteIdRole, "siteId"}, {IndustryRole, "industry"}, {SizeRole, "companySize"},
        {CountryRole, "country"}, {CityRole, "city"}, {ScoreRole, "score"}, {TemperatureRole, "temperature"},
        {StatusRole, "status"}, {AssigneeIdRole, "assigneeId"}, {AssigneeRole, "assignee"},
        {TagsRole, "tags"}, {FirstVisitRole, "firstVisitAt"}, {LastVisitRole, "lastVisitAt"},
        {VisitsRole, "visits"}, {PageViewsRole, "pageViews"}, {CrmStateRole, "crmState"},
        {CrmProviderRole, "crmProvider"}, {CreatedAtRole, "createdAt"}, {SyncStateRole, "syncState"},
        {SelectedRole, "selected"}, {FitRole, "fit"}, {GradeRole, "grade"}, {TargetListsRole, "targetLists"}};
}

int LeadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

const leadquery::Row *LeadListModel::rowAt(int row) const
{
    const auto it = m_pages.find(row / kPageSize);
    if (it == m_pages.end())
        return nullptr;
    it->used = ++m_use;
    const int offset = row % kPageSize;
    return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
}

QVariant LeadListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const leadquery::Row *r = rowAt(index.row());
    if (!r) {
        requestPage(index.row() / kPageSize);
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    switch (role) {
    case IdRole:
        return r->id;
    case LoadedRole:
        return true;
    case Qt::DisplayRole:
    case NameRole:
        return r->name;
    case DomainRole:
        return r->domain;
    case SiteIdRole:
        return r->siteId;
    case IndustryRole:
        return r->industry;
    case SizeRole:
        return r->size;
    case CountryRole:
        return r->country;
    case CityRole:
        return r->city;
    case ScoreRole:
        return r->score;
    case TemperatureRole:
        return Lead::wireName(Lead::temperatureOf(r->score));
    case StatusRole:
        return r->status;
    case AssigneeIdRole:
        return r->assigneeId;
    case AssigneeRole:
        return r->assigneeName;
    case TagsRole:
        return r->tags;
    case FirstVisitRole:
        return r->firstVisitAt;
    case LastVisitRole:
        return r->lastVisitAt;
    case VisitsRole:
        return r->visits;
    case PageViewsRole:
        return r->pageViews;
    case CrmStateRole:
        return r->crmState;
    case CrmProviderRole:
        return r->crmProvider;
    case CreatedAtRole:
        return r->createdAt;
    case SyncStateRole:
        // The enum's value, which QML compares with Lead.Pending and Lead.Conflict.
        return int(r->conflict ? Lead::SyncState::Conflict
                : r->pending   ? Lead::SyncState::Pending
                               : Lead::SyncState::Synced);
    case SelectedRole:
        return m_selection->contains(r->id);
    case FitRole:
        return r->fit ? QVariant(*r->fit) : QVariant();
    case GradeRole:
        return int(IcpProfile::gradeOf(r->fit));
    case TargetListsRole:
        return r->targetLists;
    default:
        return {};
    }
}

void LeadListModel::attached(AccountRuntime &runtime)
{
    connect(&runtime.cache(), &CacheReader::collectionChanged, this, [this](Collection collection) {
        if (collection == Collection::Leads || collection == Collection::Notes
            || collection == Collection::Team || collection == Collection::Exclusions
            || collection == Collection::TargetLists || collection == Collection::TargetAccounts)
            refreshAfterChange();
    });
    // A new ideal customer profile regrades every lead at once: a list that filters or sorts by
    // grade is a new list then (its pages and count start over), not a few rows changed in place.
    connect(&runtime.cache(), &CacheReader::documentChanged, this, [this](const QString &name) {
        if (name == fitgrades::kDocument
            && (!m_filter.grades.isEmpty() || m_sort.column == LeadSort::Column::Fit))
            scheduleReload(0);
    });
}

void LeadListModel::clear()
{
    ++m_query;
    m_scanGeneration->store(m_query);
    m_pages.clear();
    m_anchors.clear();
    m_inFlight.clear();
    m_refetch.clear();
    m_wanted.clear();
    m_count = 0;
    m_countKnown = false;
    m_recountAgain = false;
    m_countStale = false;
    m_recountTimer.stop();
    m_refreshTimer.stop();
    if (m_counting) {
        m_counting = false;
        Q_EMIT countingChanged();
    }
    // Another account (or none): what was picked, edited or offered in the old one means nothing
    // here. Last, with the count at 0, so clearing the selection touches no rows mid-reset.
    if (runtime() != m_queryRuntime) {
        m_queryRuntime = runtime();
        m_selection->clear();
        m_bulk->abandon();
        m_options->accountChanged();
    }
}

void LeadListModel::load(CacheReader &, quint64 generation)
{
    const qint64 before = m_count;
    beginResetModel();
    clear();
    endResetModel();
    if (before != 0)
        Q_EMIT countChanged();
    const quint64 query = m_query;
    fetchPage(0);
    recount();
    // finish() once the first page is in: the view's "loading" is about what it can see.
    connect(
        this, &LeadListModel::firstRowsLoaded, this,
        [this, generation, query] {
            if (query == m_query)
                finish(generation);
        },
        Qt::SingleShotConnection);
}

void LeadListModel::requestPage(int page) const
{
    if (m_inFlight.contains(page) || m_wanted.contains(page))
        return;
    m_wanted.insert(page);
    if (!m_pageTimer.isActive())
        m_pageTimer.start(0);
}

void LeadListModel::fetchPage(int page)
{
    AccountRuntime *ws = runtime();
    if (!ws || m_inFlight.contains(page))
        return;
    std::optional<leadquery::Key> after;
    qint64 offset = -1;
    if (page > 0 && page < m_anchors.size()) {
        after = m_anchors.at(page);
    } else if (page > 0) {
        const auto previous = m_pages.constFind(page - 1);
        if (previous != m_pages.cend() && previous->rows.size() == kPageSize)
            after = leadquery::Key {previous->rows.constLast().key, previous->rows.constLast().id};
        else
            offset = qint64(page) * kPageSize; // before the anchors are known
    }
    m_inFlight.insert(page);
    ws->cache().read<Fetched>(
        this,
        [filter = m_filter, sort = m_sort, after, offset, query = m_query](SqlDatabase &db) {
            Fetched f;
            f.query = query;
            f.page = offset >= 0 ? leadquery::fetchAt(db, filter, sort, offset, kPageSize)
                                 : leadquery::fetchAfter(db, filter, sort, after, kPageSize);
            return f;
        },
        [this, page](const Fetched &f) {
            if (f.query != m_query)
                return;
            m_inFlight.remove(page);
            if (!f.page.error.isEmpty()) {
                Q_EMIT actionFinished(false, tr("The lead list could not be read: %1").arg(f.page.error));
                if (page == 0)
                    Q_EMIT firstRowsLoaded(0);
                return;
            }
            setPreparing(f.page.preparing);
            storePage(page, f.page.rows);
            if (m_refetch.remove(page))
                fetchPage(page);
        });
}

void LeadListModel::storePage(int page, QList<leadquery::Row> rows)
{
    const qsizetype size = rows.size();
    m_pages.insert(page, {std::move(rows), ++m_use});
    // Forget the least recently shown pages beyond the budget.
    while (m_pages.size() > kCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        if (oldest.key() == page)
            break;
        m_pages.erase(oldest);
    }
    if (page == 0 && !m_countKnown) {
        // The count is not known yet: show what the first page holds, the scan extends it.
        setCount(std::max<qint64>(m_count, size));
    }
    const int first = page * kPageSize;
    const int last = int(std::min<qint64>(m_count, first + size)) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first), index(last));
    if (page == 0)
        Q_EMIT firstRowsLoaded(int(size));
}

void LeadListModel::setPreparing(bool preparing)
{
    if (std::exchange(m_preparing, preparing) != preparing)
        Q_EMIT preparingChanged();
}

void LeadListModel::setCount(qint64 count)
{
    if (count == m_count)
        return;
    if (count > m_count) {
        beginInsertRows({}, int(m_count), int(count) - 1);
        m_count = count;
        endInsertRows();
    } else {
        beginRemoveRows({}, int(count), int(m_count) - 1);
        m_count = count;
        m_pages.removeIf([count](const auto &it) { return qint64(it.key()) * kPageSize >= count; });
        endRemoveRows();
    }
    Q_EMIT countChanged();
}

void LeadListModel::recount()
{
    AccountRuntime *ws = runtime();
    if (!ws)
        return;
    if (!m_counting) {
        m_counting = true;
        Q_EMIT countingChanged();
    }
    const quint64 query = m_query;
    m_scanGeneration->store(query);
    m_sinceRecount.restart();
    ws->cache().scan<leadquery::Anchors>(
        this,
        [filter = m_filter, sort = m_sort, generation = m_scanGeneration, query](SqlDatabase &db) {
            return leadquery::scanAnchors(db, filter, sort, kPageSize, generation.get(), query);
        },
        [this, query](const leadquery::Anchors &anchors) {
            if (query != m_query || anchors.cancelled)
                return;
            m_lastScanMs = m_sinceRecount.elapsed();
            m_counting = false;
            m_countStale = m_recountAgain; // a change during the scan: another count follows
            Q_EMIT countingChanged();
            if (!anchors.error.isEmpty()) {
                Q_EMIT actionFinished(false, tr("The leads could not be counted: %1").arg(anchors.error));
                return;
            }
            setPreparing(anchors.preparing);
            // Rows moved between pages (a change of a sort key): the pages held were read from the
            // old page starts, so they may repeat or miss rows at their edges. Read them again.
            const bool moved = m_countKnown && !sameKeys(m_anchors, anchors.keys);
            m_anchors = anchors.keys;
            m_countKnown = true;
            setCount(anchors.count);
            if (moved)
                refreshPagesOnScreen();
            // A change that came in while counting may not be in this count: count again.
            if (std::exchange(m_recountAgain, false) && !m_recountTimer.isActive())
                m_recountTimer.start(int(std::max<qint64>(recountInterval() - m_sinceRecount.elapsed(), 0)));
        });
}

void LeadListModel::refreshAfterChange()
{
    if (!runtime())
        return;
    if (!std::exchange(m_countStale, true) && !m_counting)
        Q_EMIT countingChanged();
    // Pages on screen are read again in place (same query, so nothing scrolls away)... While the
    // first sync loads the leads in bulk, each read sorts the whole table without an index: then
    // only every few seconds, so the list does not take the writer's CPU page after page.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start(m_preparing ? kPreparingRefreshMs : kRefreshDelayMs);
    // ...and the count and page starts follow, at most every kRecountMinMs.
    if (m_counting) {
        m_recountAgain = true;
        return;
    }
    if (m_recountTimer.isActive())
        return;
    const qint64 wait = recountInterval() - m_sinceRecount.elapsed();
    m_recountTimer.start(int(std::max<qint64>(wait, 0)));
}

qint64 LeadListModel::recountInterval() const
{
    // A count over a million leads takes a while on the scanning reader: under a steady stream of
    // changes it runs at most a tenth of the time.
    return std::max<qint64>(kRecountMinMs, 10 * m_lastScanMs);
}

void LeadListModel::refreshPagesOnScreen()
{
    QList<std::pair<quint64, int>> byUse;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        byUse.append({it->used, it.key()});
    std::sort(byUse.begin(), byUse.end(), std::greater<>());
    for (qsizetype i = 0; i < byUse.size(); ++i) {
        const int page = byUse.at(i).second;
        if (i >= kLivePages) {
            m_pages.remove(page); // off screen: read again when the view comes back
            continue;
        }
        if (m_inFlight.contains(page))
            m_refetch.insert(page);
        else
            fetchPage(page);
    }
}

qint64 LeadListModel::idAt(int row) const
{
    const leadquery::Row *r = row >= 0 && row < m_count ? rowAt(row) : nullptr;
    return r ? r->id : 0;
}

bool LeadListModel::isLoaded(int row) const
{
    return row >= 0 && row < m_count && rowAt(row) != nullptr;
}
