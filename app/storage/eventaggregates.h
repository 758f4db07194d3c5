#pragma once

#include "writehook.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringView>

#include <vector>

class DatabaseContext;
class SqlDatabase;
class SqlStatement;

// Keeps the chart tables (agg_hourly, agg_visitor_hour, agg_visitor_sets and agg_visitor_sketches,
// agg_daily_breakdown) in step with the page views written in the same transaction. Counts are summed in
// memory per batch and written as a few hundred upserts at flush(), instead of eight table updates for every
// one of a million events. Only page views actually inserted are added (an event seen twice, e.g. live then
// catch-up, counts once); an erased page view is subtracted, and its visitor leaves an hour it no longer
// appears in. Registered on the page views as the writer's hook.
class EventAggregates : public WriteHook
{
public:
    explicit EventAggregates(SqlDatabase &db);
    explicit EventAggregates(DatabaseContext &context); // as a DatabaseContext helper
    ~EventAggregates() override;

    // The writer's hook: every page view inserted is added, every one deleted subtracted, and the
    // batch is written with the rows it came from.
    void rowAdded(Collection, const QJsonObject &item) override { add(item); }
    bool beforeDelete(Collection, qint64 id, QString *error) override { return remove(id, error); }
    bool afterRows(Collection, const QJsonArray &, const QList<qint64> &, QString *error) override
    {
        return flush(error);
    }
    bool cleared(Collection, SqlDatabase &db, QString *error) override;

    // A page view that was just inserted (the API item).
    void add(const QJsonObject &pageview);
    // Reads the stored page view and subtracts it; call before deleting the row.
    bool remove(qint64 pageviewId, QString *error);
    // Writes the batch; call once the batch's rows are written, inside the same transaction.
    // On failure the batch is discarded, like the transaction it belonged to.
    bool flush(QString *error);
    // Forgets the pending batch: its transaction was rolled back.
    void discard() override;

    static const QStringList &dimensions();
    // The 64-bit hash agg_visitor_sets keeps of a visitor id (FNV-1a over its UTF-16, then a 64-bit
    // finaliser): stable across runs and versions, so stored sets stay comparable. Two ids share a
    // hash with a chance of about n² / 2^65 among n visitors (10^-8 for a million).
    static quint64 visitorHash(QStringView visitorId);
    // The sorted, distinct hashes of a visitor set blob, and back.
    static QList<quint64> decodeSet(const QByteArray &blob);
    static QByteArray encodeSet(const QList<quint64> &hashes);
    // A HyperLogLog sketch of a visitor set (agg_visitor_sketches), for ranges too large to union
    // the sets themselves: of the 2^kSketchBits registers a hash can fall in (its top bits), those
    // some hash of the set falls in, with the highest rank among them (leading zeros of the other
    // bits, plus one), as sorted 3-byte little-endian entries register << 6 | rank. Sketches merge
    // register by register (maximum); sketchEstimate() gives the distinct count they describe,
    // with a standard error of 1.04 / sqrt(2^kSketchBits) = 0.8 %.
    static constexpr int kSketchBits = 14;
    static QByteArray sketchOf(const QList<quint64> &sortedHashes);
    // Raises `registers` (2^kSketchBits of them) to a sketch's entries.
    static void mergeSketch(const QByteArray &sketch, quint8 *registers);
    static double sketchEstimate(const quint8 *registers);
    // The same estimate from a few sketches' raw entries (3 bytes each, as stored, read into
    // integers): an hour's visitors over several sites in time linear in the entries, not in the
    // 2^kSketchBits registers. `scratch` is 2^kSketchBits zeros, and is left so for the next call.
    static double sparseEstimate(const std::vector<quint32> &entries, std::vector<quint8> &scratch);

private:
    struct Facts
    {
        qint64 siteId = 0;
        qint64 viewedAt = 0;
        QString visitorId;
        QStringList values; // in dimensions() order
    };
    void count(const Facts &facts, int delta);
    // Adds and removes hashes in the sets of the given site hours.
    bool updateSets(const QHash<std::pair<qint64, qint64>, QList<quint64>> &added,
        const QHash<std::pair<qint64, qint64>, QList<quint64>> &removed, QString *error);
    // Builds every set from agg_visitor_hour when the cache predates them (meta 'agg_visitor_sets').
    bool buildSetsIfMarked(QString *error);

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
