#include "visitcube.h"

#include "core/pagepattern.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"

#include <QSet>

#include <algorithm>

using analytics::Dimension;

namespace {
constexpr qint64 kLongestVisit = 86400; // page views of a visit are looked for up to a day after it began

// The visits table's column for each dimension kept per visit (entry and exit come from the pages).
constexpr std::array<std::pair<Dimension, int>, 9> kVisitColumns
    = {{{Dimension::Referrer, 6}, {Dimension::UtmSource, 7}, {Dimension::UtmMedium, 8},
        {Dimension::UtmCampaign, 9}, {Dimension::Country, 10}, {Dimension::Device, 11},
        {Dimension::Browser, 12}, {Dimension::Os, 13}, {Dimension::Screen, 14}}};
// Numbers 0..n-1 for the distinct values, in ascending order of value; `distinct` gets the values.
template<typename T> std::vector<quint32> denseCodes(const std::vector<T> &values, std::vector<T> *distinct)
{
    std::vector<T> sorted(values);
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    std::vector<quint32> codes;
    codes.reserve(values.size());
    for (const T &v : values)
        codes.push_back(quint32(std::lower_bound(sorted.cbegin(), sorted.cend(), v) - sorted.cbegin()));
    if (distinct)
        *distinct = std::move(sorted);
    return codes;
}
} // namespace

VisitCube::Dictionary::Dictionary()
{
    codes.insert(QByteArray(""), 0);
    values.append(QByteArray(""));
}

quint32 VisitCube::Dictionary::code(QByteArrayView utf8)
{
    // fromRawData: the lookup copies nothing; only a new value is stored.
    const auto it = codes.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (it != codes.cend())
        return it.value();
    const QByteArray owned(utf8.data(), utf8.size());
    const quint32 next = quint32(values.size());
    codes.insert(owned, next);
    values.append(owned);
    return next;
}

quint32 VisitCube::Dictionary::find(const QString &value) const
{
    return codes.value(value.toUtf8(), kMissing);
}

const VisitCube::Dictionary &VisitCube::dictionary(Dimension d) const
{
    return analytics::takesPattern(d) ? m_urls : m_values[size_t(d)];
}

VisitCube::Dictionary &VisitCube::dictionary(Dimension d)
{
    return analytics::takesPattern(d) ? m_urls : m_values[size_t(d)];
}

bool VisitCube::covers(qint64 fromSecs, qint64 toSecs, quint64 generation) const
{
    return m_built && generation == m_generation && fromSecs >= m_from && toSecs <= m_to;
}

std::pair<qsizetype, qsizetype> VisitCube::visitsIn(qint64 fromSecs, qint64 toSecs) const
{
    const auto first = std::lower_bound(start.cbegin(), start.cend(), fromSecs);
    const auto last = std::lower_bound(first, start.cend(), toSecs);
    return {first - start.cbegin(), last - start.cbegin()};
}

const std::vector<bool> &VisitCube::matches(const PagePattern &pattern, const QString &key)
{
    auto it = m_matches.find(key);
    if (it == m_matches.end()) {
        std::vector<bool> flags(size_t(m_urls.size()));
        for (qsizetype i = 1; i < m_urls.size(); ++i)
            flags[size_t(i)] = pattern.matches(m_urls.text(quint32(i)));
        it = m_matches.insert(key, std::move(flags));
    }
    return it.value();
}

qint64 VisitCube::bytes() const
{
    qint64 total = qint64(start.size()) * 8
        + qint64(duration.size() + site.size() + lead.size() + visitor.size()) * 4
        + qint64(pageStart.size() + pages.size()) * 4 + qint64(leadIds.size()) * 8;
    for (const auto &c : column)
        total += qint64(c.size()) * 4;
    const auto dictionaryBytes = [](const Dictionary &d) {
        qint64 sum = 0;
        for (const QByteArray &v : d.values)
            sum += 2 * (v.size() + 32) + 16; // the value twice (list and hash) with their headers
        return sum;
    };
    total += dictionaryBytes(m_urls);
    for (const Dictionary &d : m_values)
        total += dictionaryBytes(d);
    return total;
}

bool VisitCube::build(SqlDatabase &db, qint64 fromSecs, qint64 toSecs, QString *error)
{
    *this = VisitCube();
    SqlStatement visits(db,
        QStringLiteral(
            "SELECT id, ifnull(site_id, 0), ifnull(lead_id, 0), visitor_id, started_at,"
            " ifnull(ended_at, started_at), referrer, utm_source, utm_medium, utm_campaign, country,"
            " device_type, browser, os, screen, landing_url FROM visits"
            " WHERE started_at >= ?1 AND started_at < ?2 ORDER BY started_at, id"));
    if (!visits.isValid()) {
        *error = visits.error();
        return false;
    }
    visits.bind(1, fromSecs).bind(2, toSecs);
    // A hidden company's visits still count as traffic, but it is named nowhere.
    QSet<qint64> hidden;
    SqlStatement hiddenLeads(db, QStringLiteral("SELECT lead_id FROM hidden_leads"));
    while (hiddenLeads.step() == SqlStatement::Step::Row)
        hidden.insert(hiddenLeads.integer(0));
    std::vector<std::pair<qint64, quint32>> byId; // visit id → index, sorted by id below
    std::vector<quint32> landing;
    // Visitors and leads become dense numbers by sorting, not through a hash table: a million
    // visitor ids are a million 64-bit hashes (a collision, about 1 in 10^7 at that size, would
    // merge two visitors), and lead ids are numbers already.
    std::vector<quint64> visitorHashes;
    std::vector<qint64> leadOf;
    SqlStatement::Step step;
    while ((step = visits.step()) == SqlStatement::Step::Row) {
        const quint32 index = quint32(start.size());
        byId.emplace_back(visits.integer(0), index);
        site.push_back(quint32(visits.integer(1)));
        const qint64 leadId = visits.integer(2);
        leadOf.push_back(leadId > 0 && !hidden.contains(leadId) ? leadId : 0);
        const QByteArrayView visitorId = visits.utf8(3);
        visitorHashes.push_back(quint64(qHash(visitorId, size_t(0x9e3779b97f4a7c15ull))));
        const qint64 began = visits.integer(4);
        start.push_back(began);
        duration.push_back(quint32(std::clamp<qint64>(visits.integer(5) - began, 0, kLongestVisit)));
        for (const auto &[dimension, sqlColumn] : kVisitColumns)
            column[size_t(dimension)].push_back(m_values[size_t(dimension)].code(visits.utf8(sqlColumn)));
        landing.push_back(m_urls.code(visits.utf8(15)));
    }
    if (step == SqlStatement::Step::Error) {
        *error = visits.error();
        return false;
    }
    visitor = denseCodes<quint64>(visitorHashes, nullptr);
    visitorCount = visitorHashes.empty() ? 0 : *std::max_element(visitor.cbegin(), visitor.cend()) + 1;
    leadOf.push_back(0); // so code 0 is "no company" even when every visit has one
    lead = denseCodes(leadOf, &leadIds);
    lead.pop_back();
    std::sort(byId.begin(), byId.end());

    // Page views in the order read; a counting sort by visit then lays each visit's pages side by
    // side, still in reading order.
    SqlStatement views(db,
        QStringLiteral("SELECT visit_id, url FROM pageviews WHERE viewed_at >= ?1 AND viewed_at < ?2"
                       " ORDER BY viewed_at, id"));
    if (!views.isValid()) {
        *error = views.error();
        return false;
    }
    views.bind(1, fromSecs).bind(2, toSecs + kLongestVisit);
    std::vector<std::pair<quint32, quint32>> read; // (visit index, address code)
    while ((step = views.step()) == SqlStatement::Step::Row) {
        const qint64 visitId = views.integer(0);
        const auto it = std::lower_bound(byId.cbegin(), byId.cend(), std::pair<qint64, quint32>(visitId, 0));
        if (it == byId.cend() || it->first != visitId)
            continue; // a visit begun outside the span
        read.emplace_back(it->second, m_urls.code(views.utf8(1)));
    }
    if (step == SqlStatement::Step::Error) {
        *error = views.error();
        return false;
    }
    const size_t n = start.size();
    pageStart.assign(n + 1, 0);
    for (const auto &[visit, url] : read)
        ++pageStart[visit + 1];
    for (size_t i = 0; i < n; ++i)
        pageStart[i + 1] += pageStart[i];
    pages.resize(read.size());
    std::vector<quint32> fill(pageStart.cbegin(), pageStart.cend() - 1);
    for (const auto &[visit, url] : read)
        pages[fill[visit]++] = url;

    auto &entry = column[size_t(Dimension::EntryPage)];
    auto &exit = column[size_t(Dimension::ExitPage)];
    entry.resize(n);
    exit.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const bool any = pageStart[i + 1] > pageStart[i];
        entry[i] = any ? pages[pageStart[i]] : landing[i];
        exit[i] = any ? pages[pageStart[i + 1] - 1] : landing[i];
    }
    m_from = fromSecs;
    m_to = toSecs;
    m_built = true;
    return true;
}
