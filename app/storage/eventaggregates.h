#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

class SqlDatabase;
class SqlStatement;

// Keeps the chart tables (agg_hourly, agg_visitor_hour, agg_daily_breakdown) in step with the page
// views written in the same transaction. Counts are summed in memory per batch and written as a
// few hundred upserts at flush(), instead of eight table updates for every one of a million events.
// Only page views actually inserted are added (an event seen twice, e.g. live then catch-up, counts
// once); an erased page view is subtracted, and its visitor leaves an hour it no longer appears in.
class EventAggregates
{
public:
    explicit EventAggregates(SqlDatabase &db);
    ~EventAggregates();

    // A page view that was just inserted (the API item).
    void add(const QJsonObject &pageview);
    // Reads the stored page view and subtracts it; call before deleting the row.
    bool remove(qint64 pageviewId, QString *error);
    // Writes the batch; call once the batch's rows are written, inside the same transaction.
    // On failure the batch is discarded, like the transaction it belonged to.
    bool flush(QString *error);
    // Forgets the pending batch: its transaction was rolled back.
    void discard();

    static const QStringList &dimensions();

private:
    struct Facts
    {
        qint64 siteId = 0;
        qint64 viewedAt = 0;
        QString visitorId;
        QStringList values; // in dimensions() order
    };
    void count(const Facts &facts, int delta);

    using HourKey = std::pair<qint64, qint64>; // site, hour
    struct VisitorKey
    {
        qint64 site;
        qint64 hour;
        QString visitor;
        bool operator==(const VisitorKey &) const = default;
        friend size_t qHash(const VisitorKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.site, k.hour, k.visitor);
        }
    };
    struct BreakdownKey
    {
        int dimension;
        qint64 site;
        qint64 day;
        QString value;
        bool operator==(const BreakdownKey &) const = default;
        friend size_t qHash(const BreakdownKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.dimension, k.site, k.day, k.value);
        }
    };

    SqlDatabase &m_db;
    QHash<HourKey, qint64> m_pageviews;
    QSet<VisitorKey> m_visitorsSeen;
    QSet<VisitorKey> m_visitorsMaybeGone;
    QHash<BreakdownKey, qint64> m_breakdown;
};
