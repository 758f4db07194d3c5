// LeadListModel's query: the search, filters and sort QML binds to, and the saved-view state they
// make up. Every change starts the list over (typing and sliders after a pause).
#include "leadlistmodel.h"

#include "core/leadvocabulary.h"
#include "leadselection.h"

void LeadListModel::filterEdited(int delayMs)
{
    Q_EMIT filterChanged();
    m_selection->clear();
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
MIRAGET_FILTER_SETTER(setTargetListId, qint64, targetListId)
MIRAGET_FILTER_SETTER(setHiddenOnly, bool, hidden)
#undef MIRAGET_FILTER_SETTER

QList<int> LeadListModel::grades() const
{
    QList<int> out;
    for (const IcpProfile::Grade grade : m_filter.grades)
        out.append(int(grade));
    return out;
}

void LeadListModel::setGrades(const QList<int> &grades)
{
    QList<IcpProfile::Grade> typed;
    for (const IcpProfile::Grade grade : IcpProfile::grades()) {
        if (grades.contains(int(grade)))
            typed.append(grade); // in one order, so equal choices compare equal
    }
    if (typed == m_filter.grades)
        return;
    m_filter.grades = typed;
    filterEdited();
}

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
    const bool numeric = c == C::Fit || c == C::Score || c == C::LastVisit || c == C::Visits
        || c == C::PageViews || c == C::Created;
    setSort({c, numeric});
}

void LeadListModel::clearFilters()
{
    setFilter(LeadFilter());
}

void LeadListModel::showCompanies(const QList<qint64> &leadIds, const QString &label)
{
    LeadFilter f;
    f.companies = leadIds.isEmpty() ? QList<qint64> {0} : leadIds; // none found: show none (ids start at 1)
    f.companiesLabel = label;
    setFilter(f);
}

void LeadListModel::clearCompanies()
{
    LeadFilter f = m_filter;
    // Fresh values, not clear(): an emptied QList keeps its buffer, and Qt 6.4 then compares it
    // with a default one through memcmp(…, nullptr, 0), which UBSan reports.
    f.companies = QList<qint64>();
    f.companiesLabel = QString();
    setFilter(f);
}

void LeadListModel::showHottest()
{
    LeadFilter hot;
    hot.temperatures = {Lead::wireName(Lead::Temperature::Hot)};
    setFilter(hot);
    setSort({LeadSort::Column::Score, true});
}

void LeadListModel::showHotAndFit()
{
    LeadFilter hotAndFit;
    hotAndFit.temperatures = {Lead::wireName(Lead::Temperature::Hot)};
    hotAndFit.grades = {IcpProfile::Grade::A, IcpProfile::Grade::B};
    setFilter(hotAndFit);
    setSort({LeadSort::Column::Score, true});
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
