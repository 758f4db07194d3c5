#include "leadlistmodel.h"

#include "storage/leadcsv.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/accountworkspace.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace {
struct Fetched
{
    leadquery::Page page;
    quint64 query = 0;
};

struct Exported
{
    qint64 rows = -1;
    QString error;
};

struct LeadTags
{
    QHash<qint64, QStringList> tags;
    QString error;
};

bool sameKeys(const QList<leadquery::Key> &a, const QList<leadquery::Key> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const leadquery::Key &x, const leadquery::Key &y) { return x.id == y.id && x.value == y.value; });
}

LeadTags tagsOf(SqlDatabase &db, const QList<qint64> &ids)
{
    LeadTags out;
    SqlStatement select(db, QStringLiteral("SELECT tags FROM leads WHERE id = ?"));
    for (const qint64 id : ids) {
        select.reset();
        select.bind(1, id);
        if (select.step() != SqlStatement::Step::Row)
            continue;
        QStringList tags;
        for (const QJsonValue &tag : QJsonDocument::fromJson(select.blob(0)).array())
            tags.append(tag.toString());
        out.tags.insert(id, tags);
    }
    out.error = select.error();
    return out;
}
} // namespace

LeadListModel::LeadListModel(QObject *parent)
    : CacheListModel(parent)
    , m_scanGeneration(std::make_shared<std::atomic<quint64>>(0))
{
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
        {SelectedRole, "selected"}};
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
        return leadquery::temperatureOf(r->score);
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
        return r->conflict ? QStringLiteral("conflict")
            : r->pending   ? QStringLiteral("pending")
                           : QStringLiteral("synced");
    case SelectedRole:
        return m_selected.contains(r->id);
    default:
        return {};
    }
}

void LeadListModel::attached(AccountWorkspace &workspace)
{
    connect(&workspace, &AccountWorkspace::collectionChanged, this, [this](const QString &collection) {
        if (collection == u"leads" || collection == u"notes" || collection == u"team")
            refreshAfterChange();
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
}

void LeadListModel::load(AccountWorkspace &, quint64 generation)
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
    AccountWorkspace *ws = workspace();
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
    ws->read<Fetched>(
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
    AccountWorkspace *ws = workspace();
    if (!ws)
        return;
    if (!m_counting) {
        m_counting = true;
        Q_EMIT countingChanged();
    }
    const quint64 query = m_query;
    m_scanGeneration->store(query);
    m_sinceRecount.restart();
    ws->scan<leadquery::Anchors>(
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
    if (!workspace())
        return;
    if (!std::exchange(m_countStale, true) && !m_counting)
        Q_EMIT countingChanged();
    // Pages on screen are read again in place (same query, so nothing scrolls away)...
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
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

void LeadListModel::filterEdited(int delayMs)
{
    Q_EMIT filterChanged();
    clearSelection();
    scheduleReload(delayMs);
}

void LeadListModel::setFilter(const LeadFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    filterEdited();
}

void LeadListModel::setSort(const LeadSort &sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    Q_EMIT sortChanged();
    scheduleReload();
}

void LeadListModel::setSearch(const QString &text)
{
    if (text == m_filter.search)
        return;
    m_filter.search = text;
    filterEdited(kReloadDelayMs); // typing: wait for a pause
}

#define MIRAGET_FILTER_SETTER(Setter, Type, member)                                                          \
    void LeadListModel::Setter(Type value)                                                                   \
    {                                                                                                        \
        if (value == m_filter.member)                                                                        \
            return;                                                                                          \
        m_filter.member = value;                                                                             \
        filterEdited();                                                                                      \
    }
MIRAGET_FILTER_SETTER(setStatuses, const QStringList &, statuses)
MIRAGET_FILTER_SETTER(setTemperatures, const QStringList &, temperatures)
MIRAGET_FILTER_SETTER(setCountry, const QString &, country)
MIRAGET_FILTER_SETTER(setIndustry, const QString &, industry)
MIRAGET_FILTER_SETTER(setSize, const QString &, size)
MIRAGET_FILTER_SETTER(setTags, const QStringList &, tags)
MIRAGET_FILTER_SETTER(setAssigneeId, qint64, assigneeId)
MIRAGET_FILTER_SETTER(setSiteId, qint64, siteId)
MIRAGET_FILTER_SETTER(setLastVisitFrom, const QDate &, lastVisitFrom)
MIRAGET_FILTER_SETTER(setLastVisitTo, const QDate &, lastVisitTo)
#undef MIRAGET_FILTER_SETTER

void LeadListModel::setScoreMin(int score)
{
    score = std::clamp(score, 0, 100);
    if (score == m_filter.scoreMin)
        return;
    m_filter.scoreMin = score;
    filterEdited(kReloadDelayMs); // a slider: wait until it rests
}

void LeadListModel::setScoreMax(int score)
{
    score = std::clamp(score, 0, 100);
    if (score == m_filter.scoreMax)
        return;
    m_filter.scoreMax = score;
    filterEdited(kReloadDelayMs);
}

void LeadListModel::setSortColumn(const QString &column)
{
    bool ok = false;
    const LeadSort::Column c = LeadSort::columnFromName(column, &ok);
    if (!ok)
        return;
    setSort({c, m_sort.descending});
}

void LeadListModel::setSortDescending(bool descending)
{
    setSort({m_sort.column, descending});
}

void LeadListModel::sortBy(const QString &column)
{
    bool ok = false;
    const LeadSort::Column c = LeadSort::columnFromName(column, &ok);
    if (!ok)
        return;
    if (c == m_sort.column) {
        setSort({c, !m_sort.descending});
        return;
    }
    // Numbers and dates read best largest or newest first; words from A.
    using C = LeadSort::Column;
    const bool numeric
        = c == C::Score || c == C::LastVisit || c == C::Visits || c == C::PageViews || c == C::Created;
    setSort({c, numeric});
}

void LeadListModel::clearFilters()
{
    setFilter(LeadFilter());
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

void LeadListModel::setSelected(int row, bool selected)
{
    const qint64 id = idAt(row);
    if (id == 0 || m_selected.contains(id) == selected)
        return;
    if (selected)
        m_selected.insert(id);
    else
        m_selected.remove(id);
    Q_EMIT dataChanged(index(row), index(row), {SelectedRole});
    Q_EMIT selectionChanged();
}

void LeadListModel::toggleSelected(int row)
{
    const qint64 id = idAt(row);
    if (id != 0)
        setSelected(row, !m_selected.contains(id));
}

void LeadListModel::selectRange(int first, int last)
{
    if (first > last)
        std::swap(first, last);
    bool changed = false;
    for (int row = std::max(first, 0); row <= last && row < m_count; ++row) {
        const qint64 id = idAt(row);
        if (id != 0 && !m_selected.contains(id)) {
            m_selected.insert(id);
            changed = true;
        }
    }
    if (!changed)
        return;
    Q_EMIT dataChanged(
        index(std::max(first, 0)), index(int(std::min<qint64>(last, m_count - 1))), {SelectedRole});
    Q_EMIT selectionChanged();
}

void LeadListModel::selectAll()
{
    AccountWorkspace *ws = workspace();
    if (!ws)
        return;
    struct Ids
    {
        QList<qint64> ids;
        QString error;
    };
    ws->scan<Ids>(
        this,
        [filter = m_filter, sort = m_sort](SqlDatabase &db) {
            Ids out;
            out.ids = leadquery::ids(db, filter, sort, kMaxBulk + 1, &out.error);
            return out;
        },
        [this, query = m_query](const Ids &result) {
            if (query != m_query)
                return;
            if (!result.error.isEmpty()) {
                Q_EMIT actionFinished(false, result.error);
                return;
            }
            const bool capped = result.ids.size() > kMaxBulk;
            m_selected = QSet<qint64>(
                result.ids.cbegin(), result.ids.cbegin() + std::min<qsizetype>(result.ids.size(), kMaxBulk));
            if (m_count > 0)
                Q_EMIT dataChanged(index(0), index(int(m_count) - 1), {SelectedRole});
            Q_EMIT selectionChanged();
            if (capped)
                Q_EMIT actionFinished(true,
                    tr("Selected the first %1 leads; bulk changes are limited to that many at a time.")
                        .arg(QLocale().toString(kMaxBulk)));
        });
}

void LeadListModel::clearSelection()
{
    if (m_selected.isEmpty())
        return;
    m_selected.clear();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0), index(int(m_count) - 1), {SelectedRole});
    Q_EMIT selectionChanged();
}

void LeadListModel::bulkEdit(const QJsonObject &fields, const QString &description)
{
    AccountWorkspace *ws = workspace();
    if (!ws || m_selected.isEmpty())
        return;
    if (!ws->permissions().editLeads) {
        Q_EMIT actionFinished(false, tr("Your role may not change leads."));
        return;
    }
    int queued = 0;
    for (const qint64 id : std::as_const(m_selected)) {
        ws->outbox().editLead(id, fields);
        ++queued;
    }
    Q_EMIT actionFinished(true, description.arg(QLocale().toString(queued)));
}

void LeadListModel::bulkSetStatus(const QString &status)
{
    bulkEdit({{QStringLiteral("status"), status}}, tr("Status changes queued for %1 leads."));
}

void LeadListModel::bulkAssign(qint64 assigneeId)
{
    bulkEdit({{QStringLiteral("assignee_id"), assigneeId > 0 ? QJsonValue(assigneeId) : QJsonValue()}},
        tr("Assignments queued for %1 leads."));
}

void LeadListModel::bulkAddTag(const QString &tag)
{
    bulkEditTag(tag, true);
}

void LeadListModel::bulkRemoveTag(const QString &tag)
{
    bulkEditTag(tag, false);
}

void LeadListModel::bulkEditTag(const QString &tag, bool add)
{
    const QString clean = tag.trimmed().toLower();
    AccountWorkspace *ws = workspace();
    if (!ws || clean.isEmpty() || m_selected.isEmpty())
        return;
    if (!ws->permissions().editLeads) {
        Q_EMIT actionFinished(false, tr("Your role may not change leads."));
        return;
    }
    // Tags are a whole list on the server: each lead's own list, read from the cache, with this
    // tag added or taken out. Leads that already are as asked are left alone.
    ws->read<LeadTags>(
        this, [ids = m_selected.values()](SqlDatabase &db) { return tagsOf(db, ids); },
        [this, clean, add](const LeadTags &found) {
            AccountWorkspace *current = workspace();
            if (!current)
                return;
            int queued = 0;
            for (auto it = found.tags.cbegin(); it != found.tags.cend(); ++it) {
                if (it->contains(clean) == add)
                    continue;
                QStringList tags = *it;
                if (add)
                    tags.append(clean);
                else
                    tags.removeAll(clean);
                current->outbox().editLead(
                    it.key(), {{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
                ++queued;
            }
            const QString count = QLocale().toString(queued);
            Q_EMIT actionFinished(true,
                add ? tr("Tag “%1” queued for %2 leads.").arg(clean, count)
                    : tr("Tag “%1” removal queued for %2 leads.").arg(clean, count));
        });
}

void LeadListModel::exportCsv(const QUrl &file)
{
    AccountWorkspace *ws = workspace();
    if (!ws)
        return;
    if (!file.isLocalFile()) {
        Q_EMIT actionFinished(false, tr("Choose a file on this computer."));
        return;
    }
    const leadquery::Condition condition = leadquery::where(m_filter);
    const leadcsv::Selection selection {condition.sql, condition.binds, leadquery::orderBy(m_sort)};
    ws->scan<Exported>(
        this,
        [selection, path = file.toLocalFile()](SqlDatabase &db) {
            Exported result;
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly)) {
                result.error = out.errorString();
                return result;
            }
            result.rows = leadcsv::write(db, out, &result.error, selection);
            if (result.rows >= 0 && !out.commit()) {
                result.rows = -1;
                result.error = out.errorString();
            }
            return result;
        },
        [this, path = file.toLocalFile()](const Exported &result) {
            if (result.rows < 0)
                Q_EMIT actionFinished(false, tr("Export failed: %1").arg(result.error));
            else
                Q_EMIT actionFinished(
                    true, tr("Exported %n leads to %1.", nullptr, int(result.rows)).arg(path));
        });
}

void LeadListModel::loadOptions()
{
    AccountWorkspace *ws = workspace();
    if (!ws)
        return;
    ws->scan<leadquery::Options>(
        this, [](SqlDatabase &db) { return leadquery::options(db); },
        [this](const leadquery::Options &o) {
            m_options
                = {{QStringLiteral("countries"), o.countries}, {QStringLiteral("industries"), o.industries},
                    {QStringLiteral("sizes"), o.sizes}, {QStringLiteral("tags"), o.tags}};
            Q_EMIT optionsChanged();
        });
}

QVariantMap LeadListModel::viewState() const
{
    return {{QStringLiteral("filter"), m_filter.toJson().toVariantMap()},
        {QStringLiteral("sort"), sortColumn()}, {QStringLiteral("descending"), m_sort.descending}};
}

void LeadListModel::applyViewState(const QVariantMap &state)
{
    bool ok = false;
    const LeadSort::Column column
        = LeadSort::columnFromName(state.value(QStringLiteral("sort")).toString(), &ok);
    if (ok)
        setSort({column, state.value(QStringLiteral("descending"), true).toBool()});
    setFilter(
        LeadFilter::fromJson(QJsonObject::fromVariantMap(state.value(QStringLiteral("filter")).toMap())));
}
