#include "retentionpurge.h"

#include "cachedocuments.h"
#include "sqldatabase.h"
#include "sqlstatement.h"
#include "sqltransaction.h"

namespace retentionpurge {

qint64 cutoffFor(qint64 nowUnixSeconds, int days)
{
    return nowUnixSeconds - qint64(days) * 86400;
}

qint64 purgeExpired(SqlDatabase &db, qint64 nowUnixSeconds, QString *error)
{
    const int days
        = cachedocuments::read(db, QStringLiteral("account")).value(QLatin1String("retention_days")).toInt();
    return days > 0 ? purgeOlderThan(db, cutoffFor(nowUnixSeconds, days), error) : 0;
}

const QList<Collection> &purgedCollections()
{
    static const QList<Collection> purged {Collection::Visits, Collection::Pageviews};
    return purged;
}

qint64 purgeOlderThan(SqlDatabase &db, qint64 cutoff, QString *error)
{
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError();
        return -1;
    }
    // Whole hours and days only: a bucket straddling the cutoff keeps its count until it is fully out.
    const qint64 hour = cutoff / 3600;
    const qint64 day = cutoff / 86400;
    const QList<std::pair<QString, qint64>> deletions = {
        {QStringLiteral("DELETE FROM pageviews WHERE viewed_at < ?"), cutoff},
        {QStringLiteral("DELETE FROM visits WHERE started_at < ?"), cutoff},
        {QStringLiteral("DELETE FROM agg_visitor_hour WHERE hour < ?"), hour},
        {QStringLiteral("DELETE FROM agg_hourly WHERE hour < ?"), hour},
        {QStringLiteral("DELETE FROM agg_daily_breakdown WHERE day < ?"), day},
        // What the alert rules noticed goes with the visits it was about (once it was shown).
        {QStringLiteral("DELETE FROM alerts WHERE occurred_at < ? AND delivered_at IS NOT NULL"), cutoff},
    };
    qint64 removed = 0;
    for (int i = 0; i < deletions.size(); ++i) {
        SqlStatement statement(db, deletions[i].first);
        statement.bind(1, deletions[i].second);
        if (!statement.execute()) {
            *error = statement.error();
            return -1;
        }
        if (i < 2)
            removed += statement.changes(); // events; aggregate rows are bookkeeping
    }
    if (!transaction.commit()) {
        *error = db.lastError();
        return -1;
    }
    return removed;
}

} // namespace retentionpurge
