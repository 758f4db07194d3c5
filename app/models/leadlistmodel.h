#pragma once

#include "cachelistmodel.h"
#include "leadquery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <memory>

class CacheReader;
class LeadBulkEdit;
class LeadExport;
class LeadFilterOptions;
class LeadSelection;

// The lead list over the cache, windowed: a million leads cost the memory of the few pages on
// screen. rowCount() is the exact number of matches (from one scan over the sorted index on the
// scanning reader); rows are read a page of kPageSize at a time on the interactive reader when the
// view asks for them, by keyset from the page starts that scan found, and at most kCachedPages
// pages are kept. A row not loaded yet answers LoadedRole false and the view draws a placeholder.
// Search, filters and sort are properties; changing one starts over. Live changes refresh the pages
// on screen in place and recount at most every few seconds. What acts on the list has a class of
// its own, reached as a property: the selection, bulk edits of it, CSV export and the filter menus'
// choices; this class pages, counts and holds the query.
class LeadListModel : public CacheListModel
{
    Q_OBJECT
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(QStringList statuses READ statuses WRITE setStatuses NOTIFY filterChanged)
    Q_PROPERTY(int scoreMin READ scoreMin WRITE setScoreMin NOTIFY filterChanged)
    Q_PROPERTY(int scoreMax READ scoreMax WRITE setScoreMax NOTIFY filterChanged)
    Q_PROPERTY(QStringList temperatures READ temperatures WRITE setTemperatures NOTIFY filterChanged)
    Q_PROPERTY(QString country READ country WRITE setCountry NOTIFY filterChanged)
    Q_PROPERTY(QString industry READ industry WRITE setIndustry NOTIFY filterChanged)
    Q_PROPERTY(QString size READ size WRITE setSize NOTIFY filterChanged)
    Q_PROPERTY(QStringList tags READ tags WRITE setTags NOTIFY filterChanged)
    Q_PROPERTY(qint64 assigneeId READ assigneeId WRITE setAssigneeId NOTIFY filterChanged)
    Q_PROPERTY(qint64 siteId READ siteId WRITE setSiteId NOTIFY filterChanged)
    Q_PROPERTY(QDate lastVisitFrom READ lastVisitFrom WRITE setLastVisitFrom NOTIFY filterChanged)
    Q_PROPERTY(QDate lastVisitTo READ lastVisitTo WRITE setLastVisitTo NOTIFY filterChanged)
    // IcpProfile.Grade values; empty: every grade.
    Q_PROPERTY(QList<int> grades READ grades WRITE setGrades NOTIFY filterChanged)
    Q_PROPERTY(qint64 targetListId READ targetListId WRITE setTargetListId NOTIFY filterChanged)
    // The "Hidden" view: only the companies hidden from the list (to show them again).
    Q_PROPERTY(bool hiddenOnly READ hiddenOnly WRITE setHiddenOnly NOTIFY filterChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    Q_PROPERTY(QString companiesLabel READ companiesLabel NOTIFY filterChanged)
    Q_PROPERTY(int companiesCount READ companiesCount NOTIFY filterChanged)
    Q_PROPERTY(QString sortColumn READ sortColumn WRITE setSortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending WRITE setSortDescending NOTIFY sortChanged)
    Q_PROPERTY(bool counting READ counting NOTIFY countingChanged)
    // The first sync is still loading the leads in bulk: the list reads them without its indexes
    // (slower over many leads) and search finds nothing until they are built.
    Q_PROPERTY(bool preparing READ preparing NOTIFY preparingChanged)
    Q_MOC_INCLUDE("models/leadbulkedit.h")
    Q_MOC_INCLUDE("models/leadexport.h")
    Q_MOC_INCLUDE("models/leadfilteroptions.h")
    Q_MOC_INCLUDE("models/leadselection.h")
    Q_PROPERTY(LeadSelection *selection READ selection CONSTANT)
    Q_PROPERTY(LeadBulkEdit *bulk READ bulk CONSTANT)
    Q_PROPERTY(LeadExport *exporter READ exporter CONSTANT)
    Q_PROPERTY(LeadFilterOptions *options READ options CONSTANT)

public:
    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 40;
    static constexpr int kRecountMinMs = 3000;
    // A burst of changes (live traffic updates leads many times a second) refreshes the list once
    // per kRefreshDelayMs, and only the kLivePages pages used most recently — the ones on screen;
    // the other held pages are dropped and read again if the view comes back to them.
    static constexpr int kRefreshDelayMs = 250;
    static constexpr int kPreparingRefreshMs = 2000; // while preparing (see refreshAfterChange)
    static constexpr int kLivePages = 4;

    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        LoadedRole,
        NameRole,
        DomainRole,
        SiteIdRole,
        IndustryRole,
        SizeRole,
        CountryRole,
        CityRole,
        ScoreRole,
        TemperatureRole, // hot, warm, cold
        StatusRole,
        AssigneeIdRole,
        AssigneeRole,
        TagsRole,
        FirstVisitRole,
        LastVisitRole,
        VisitsRole,
        PageViewsRole,
        CrmStateRole,
        CrmProviderRole,
        CreatedAtRole,
        SyncStateRole, // synced, pending, conflict
        SelectedRole,
        FitRole, // 0-100, or undefined without a profile
        GradeRole, // IcpProfile.Grade
        TargetListsRole, // the target lists naming the company, comma-separated

    };
    Q_ENUM(Roles)

    explicit LeadListModel(QObject *parent = nullptr);
    ~LeadListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    LeadFilter filter() const { return m_filter; }
    void setFilter(const LeadFilter &filter);
    LeadSort sort() const { return m_sort; }
    void setSort(const LeadSort &sort);

    QString search() const { return m_filter.search; }
    void setSearch(const QString &text);
    QStringList statuses() const { return m_filter.statuses; }
    void setStatuses(const QStringList &statuses);
    int scoreMin() const { return m_filter.scoreMin; }
    void setScoreMin(int score);
    int scoreMax() const { return m_filter.scoreMax; }
    void setScoreMax(int score);
    QStringList temperatures() const { return m_filter.temperatures; }
    void setTemperatures(const QStringList &temperatures);
    QString country() const { return m_filter.country; }
    void setCountry(const QString &country);
    QString industry() const { return m_filter.industry; }
    void setIndustry(const QString &industry);
    QString size() const { return m_filter.size; }
    void setSize(const QString &size);
    QStringList tags() const { return m_filter.tags; }
    void setTags(const QStringList &tags);
    qint64 assigneeId() const { return m_filter.assigneeId; }
    void setAssigneeId(qint64 id);
    qint64 siteId() const { return m_filter.siteId; }
    void setSiteId(qint64 id);
    QDate lastVisitFrom() const { return m_filter.lastVisitFrom; }
    void setLastVisitFrom(const QDate &date);
    QDate lastVisitTo() const { return m_filter.lastVisitTo; }
    void setLastVisitTo(const QDate &date);
    QList<int> grades() const;
    void setGrades(const QList<int> &grades);
    qint64 targetListId() const { return m_filter.targetListId; }
    void setTargetListId(qint64 id);
    bool hiddenOnly() const { return m_filter.hidden; }
    void setHiddenOnly(bool hidden);
    bool filtered() const { return !m_filter.isEmpty(); }
    QString sortColumn() const { return LeadSort::columnName(m_sort.column); }
    void setSortColumn(const QString &column);
    bool sortDescending() const { return m_sort.descending; }
    void setSortDescending(bool descending);
    // A count is running or due: rowCount() and the page starts may be a few seconds behind.
    bool counting() const { return m_counting || m_countStale; }
    bool preparing() const { return m_preparing; }
    LeadSelection *selection() const { return m_selection; }
    LeadBulkEdit *bulk() const { return m_bulk; }
    LeadExport *exporter() const { return m_export; }
    LeadFilterOptions *options() const { return m_options; }
    // Bumped by every new query (search, filter, sort): a result for an older one is dropped.
    quint64 queryGeneration() const { return m_query; }

    // Sorts by `column`, or flips the direction when it already is the sort column.
    Q_INVOKABLE void sortBy(const QString &column);
    Q_INVOKABLE void clearFilters();
    // Only these companies (the dashboard's "Companies" buttons), every other filter cleared.
    void showCompanies(const QList<qint64> &leadIds, const QString &label);
    Q_INVOKABLE void clearCompanies();
    QString companiesLabel() const { return m_filter.companiesLabel; }
    int companiesCount() const { return int(m_filter.companies.size()); }
    // Only hot leads, highest score first (what a hot-lead notification opens).
    Q_INVOKABLE void showHottest();
    // Hot leads of companies that fit the profile (grades A and B), highest score first.
    Q_INVOKABLE void showHotAndFit();
    Q_INVOKABLE qint64 idAt(int row) const;
    Q_INVOKABLE bool isLoaded(int row) const;

    // The filter as saved views keep it (also for QML: LeadFilter as a map).
    Q_INVOKABLE QVariantMap viewState() const;
    Q_INVOKABLE void applyViewState(const QVariantMap &state);

Q_SIGNALS:
    void filterChanged();
    void sortChanged();
    void countingChanged();
    void preparingChanged();
    void actionFinished(bool ok, const QString &message);
    // The first rows of a new query are in (the benchmark's first-rows mark, and the view's cue).
    void firstRowsLoaded(int rows);

protected:
    void load(CacheReader &cache, quint64 generation) override;
    void clear() override;
    void attached(AccountRuntime &runtime) override;

private:
    struct CachedPage
    {
        QList<leadquery::Row> rows;
        quint64 used = 0;
    };

    void filterEdited(int delayMs = 0);
    void requestPage(int page) const;
    void fetchPage(int page);
    void storePage(int page, QList<leadquery::Row> rows);
    void recount();
    void refreshAfterChange();
    void refreshPagesOnScreen();
    qint64 recountInterval() const;
    void setCount(qint64 count);
    void setPreparing(bool preparing);
    const leadquery::Row *rowAt(int row) const;

    LeadFilter m_filter;
    LeadSort m_sort;
    qint64 m_count = 0; // rows the view is told about
    bool m_countKnown = false;
    bool m_counting = false;
    bool m_preparing = false;
    bool m_recountAgain = false; // the cache changed while a count was running
    bool m_countStale = false; // the cache changed since the last count finished
    QList<leadquery::Key> m_anchors;
    mutable QHash<int, CachedPage> m_pages; // mutable: data() marks pages used (LRU)
    mutable QSet<int> m_wanted; // asked for by data(), not yet requested
    QSet<int> m_inFlight;
    QSet<int> m_refetch; // in flight from page starts that have moved since: read again when in
    mutable quint64 m_use = 0;
    LeadSelection *m_selection; // these four are children of the list
    LeadBulkEdit *m_bulk;
    LeadExport *m_export;
    LeadFilterOptions *m_options;
    QPointer<AccountRuntime> m_queryRuntime; // the account the current query is of
    mutable QTimer m_pageTimer;
    QTimer m_recountTimer;
    QTimer m_refreshTimer;
    QElapsedTimer m_sinceRecount;
    qint64 m_lastScanMs = 0;
    std::shared_ptr<std::atomic<quint64>> m_scanGeneration;
    quint64 m_query = 0; // bumped by every new query; stale pages and scans are dropped
};
