#pragma once

#include "visitdimension.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <vector>

class PagePattern;
class SqlDatabase;

// The visits of a stretch of time held in memory column by column, for the analytics the chart
// aggregates cannot answer (issue #16): filters on any dimension, bounce rate and visit length,
// entry and exit pages, goals and funnels. One entry per visit, sorted by start; each dimension is
// a column of small integer codes into its own dictionary, and the pages a visit read are a list
// of codes into one dictionary of addresses. So a filter is an integer compare per visit, and a
// page pattern is matched once per distinct address, never once per page view.
//
// Built by one pass over `visits` and one over `pageviews` (through their time indexes) on a
// reader thread, where it lives (DatabaseContext); kept until the range grows or the cache's visits
// change. A visit's pages count from when it started, whatever hour each was read.
class VisitCube
{
public:
    // Code 0 of every dictionary is "" (direct, unknown).
    struct Dictionary
    {
        Dictionary();
        quint32 code(QByteArrayView utf8); // adds an unseen value
        quint32 find(const QString &value) const; // kMissing when not present
        QString text(quint32 code) const { return QString::fromUtf8(values.at(code)); }
        qsizetype size() const { return values.size(); }
        QHash<QByteArray, quint32> codes;
        QList<QByteArray> values;
    };
    static constexpr quint32 kMissing = 0xffffffffu;

    bool build(SqlDatabase &db, qint64 fromSecs, qint64 toSecs, QString *error);
    // True when built for a span including [fromSecs, toSecs) and generation `generation`.
    bool covers(qint64 fromSecs, qint64 toSecs, quint64 generation) const;
    void setGeneration(quint64 generation) { m_generation = generation; }

    qsizetype visitCount() const { return qsizetype(start.size()); }
    // Visits [first, last) started in [fromSecs, toSecs).
    std::pair<qsizetype, qsizetype> visitsIn(qint64 fromSecs, qint64 toSecs) const;
    const quint32 *pagesBegin(qsizetype visit) const { return pages.data() + pageStart[size_t(visit)]; }
    const quint32 *pagesEnd(qsizetype visit) const { return pages.data() + pageStart[size_t(visit) + 1]; }
    quint32 pageCount(qsizetype visit) const
    {
        return pageStart[size_t(visit) + 1] - pageStart[size_t(visit)];
    }
    // One flag per address: does it match? Computed once per pattern and kept with the cube.
    const std::vector<bool> &matches(const PagePattern &pattern, const QString &key);
    // The dictionary a dimension's codes point into (page dimensions share the addresses').
    const Dictionary &dictionary(analytics::Dimension d) const;
    Dictionary &dictionary(analytics::Dimension d);
    qint64 bytes() const; // memory held, roughly

    std::vector<qint64> start; // seconds since the epoch, ascending
    std::vector<quint32> duration; // seconds
    std::vector<quint32> site;
    std::vector<quint32> lead; // code into leadIds; 0: not identified, or a hidden company
    std::vector<quint32> visitor; // 0..visitorCount-1
    // Codes per visit for every dimension but Page (empty column), entry and exit into `urls`.
    std::array<std::vector<quint32>, analytics::kDimensionCount> column;
    std::vector<quint32> pageStart; // visitCount() + 1 offsets into `pages`
    std::vector<quint32> pages; // address codes, in the order read
    std::vector<qint64> leadIds; // leadIds[0] == 0
    quint32 visitorCount = 0;

private:
    Dictionary m_urls;
    std::array<Dictionary, analytics::kDimensionCount> m_values;
    QHash<QString, std::vector<bool>> m_matches;
    qint64 m_from = 0;
    qint64 m_to = 0;
    quint64 m_generation = 0;
    bool m_built = false;
};
