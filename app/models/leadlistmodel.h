#pragma once

#include "cachelistmodel.h"
#include "leadquery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <atomic>
#include <memory>

// The lead list over the cache, windowed: a million leads cost the memory of the few pages on
// screen. rowCount() is the exact number of matches (from one scan over the sorted index on the
// scanning reader); rows are read a page of kPageSize at a time on the interactive reader when the
// view asks for them, by keyset from the page starts that scan found, and at most kCachedPages
// pages are kept. A row not loaded yet answers LoadedRole false and the view draws a placeholder.
// Search, filters and sort are properties; changing one starts over. Live changes refresh the pages
// on screen in place and recount at most every few seconds. Bulk edits go through the outbox.
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
    Q_PROPERTY(bool filtered READ filtered NOTIFY filterChanged)
    Q_PROPERTY(QString sortColumn READ sortColumn WRITE setSortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending WRITE setSortDescending NOTIFY sortChanged)
    Q_PROPERTY(bool counting READ counting NOTIFY countingChanged)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap options READ options NOTIFY optionsChanged)

public:
    static constexpr int kPageSize = 100;
    static constexpr int kCachedPages = 40;
    static constexpr int kMaxBulk = 10000;
    static constexpr int kRecountMinMs = 3000;
    // A burst of changes (live traffic updates leads many times a second) refreshes the list once
    // per kRefreshDelayMs, and only the kLivePages pages used most recently — the ones on screen;
    // the other held pages are dropped and read again if the view comes back to them.
    static constexpr int kRefreshDelayMs = 250;
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
    bool filtered() const { return !m_filter.isEmpty(); }
    QString sortColumn() const { return LeadSort::columnName(m_sort.column); }
    void setSortColumn(const QString &column);
    bool sortDescending() const { return m_sort.descending; }
    void setSortDescending(bool descending);
    // A count is running or due: rowCount() and the page starts may be a few seconds behind.
    bool counting() const { return m_counting || m_countStale; }
    int selectedCount() const { return int(m_selected.size()); }
    QVariantMap options() const { return m_options; }

    // Sorts by `column`, or flips the direction when it already is the sort column.
    Q_INVOKABLE void sortBy(const QString &column);
    Q_INVOKABLE void clearFilters();
    Q_INVOKABLE qint64 idAt(int row) const;
    Q_INVOKABLE bool isLoaded(int row) const;
    Q_INVOKABLE void setSelected(int row, bool selected);
    Q_INVOKABLE void toggleSelected(int row);
    // Selects rows first..last that are loaded (shift-click).
    Q_INVOKABLE void selectRange(int first, int last);
    // Selects every matching lead (up to kMaxBulk).
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE void bulkSetStatus(const QString &status);
    Q_INVOKABLE void bulkAssign(qint64 assigneeId); // 0: unassign
    Q_INVOKABLE void bulkAddTag(const QString &tag);
    Q_INVOKABLE void bulkRemoveTag(const QString &tag);
    // Writes the current view (search, filters, sort) as CSV to a local file.
    Q_INVOKABLE void exportCsv(const QUrl &file);
    Q_INVOKABLE void loadOptions();

    // The filter as saved views keep it (also for QML: LeadFilter as a map).
    Q_INVOKABLE QVariantMap viewState() const;
    Q_INVOKABLE void applyViewState(const QVariantMap &state);

Q_SIGNALS:
    void filterChanged();
    void sortChanged();
    void countingChanged();
    void selectionChanged();
    void optionsChanged();
    void actionFinished(bool ok, const QString &message);
    // The first rows of a new query are in (the benchmark's first-rows mark, and the view's cue).
    void firstRowsLoaded(int rows);

protected:
    void load(AccountWorkspace &workspace, quint64 generation) override;
    void clear() override;
    void attached(AccountWorkspace &workspace) override;

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
    void bulkEdit(const QJsonObject &fields, const QString &description);
    void bulkEditTag(const QString &tag, bool add);
    const leadquery::Row *rowAt(int row) const;

    LeadFilter m_filter;
    LeadSort m_sort;
    qint64 m_count = 0; // rows the view is told about
    bool m_countKnown = false;
    bool m_counting = false;
    bool m_recountAgain = false; // the cache changed while a count was running
    bool m_countStale = false; // the cache changed since the last count finished
    QList<leadquery::Key> m_anchors;
    mutable QHash<int, CachedPage> m_pages; // mutable: data() marks pages used (LRU)
    mutable QSet<int> m_wanted; // asked for by data(), not yet requested
    QSet<int> m_inFlight;
    QSet<int> m_refetch; // in flight from page starts that have moved since: read again when in
    mutable quint64 m_use = 0;
    QSet<qint64> m_selected;
    QVariantMap m_options;
    mutable QTimer m_pageTimer;
    QTimer m_recountTimer;
    QTimer m_refreshTimer;
    QElapsedTimer m_sinceRecount;
    qint64 m_lastScanMs = 0;
    std::shared_ptr<std::atomic<quint64>> m_scanGeneration;
    quint64 m_query = 0; // bumped by every new query; stale pages and scans are dropped
};
