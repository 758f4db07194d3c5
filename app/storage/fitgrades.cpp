#include "fitgrades.h"

#include "cachedocuments.h"
#include "sqldatabase.h"
#include "sqlstatement.h"

namespace fitgrades {

bool store(SqlDatabase &db, const IcpProfile &profile, bool *changed, QString *error)
{
    const auto fail = [&](const QString &why) {
        *error = why;
        return false;
    };
    if (!db.exec(QStringLiteral("DELETE FROM icp_weights; DELETE FROM icp_values;")))
        return fail(db.lastError());
    SqlStatement weight(db, QStringLiteral("INSERT INTO icp_weights(dimension, weight) VALUES(?, ?)"));
    SqlStatement value(db, QStringLiteral("INSERT OR IGNORE INTO icp_values(dimension, value) VALUES(?, ?)"));
    for (const IcpProfile::Dimension dimension : IcpProfile::dimensions()) {
        const IcpProfile::Criterion &c = profile.criterion(dimension);
        const QString name = IcpProfile::cacheName(dimension);
        weight.bind(1, name).bind(2, qint64(c.weight));
        if (!weight.execute())
            return fail(weight.error());
        for (const QString &v : c.values) {
            value.bind(1, name).bind(2, v);
            if (!value.execute())
                return fail(value.error());
        }
    }
    // fit_scores is the grade's one definition; rank = (fit + 1) * 2^32 + id stays unique while
    // rows move, since no two rows share an id.
    const qint64 before = db.scalar(QStringLiteral("SELECT total_changes()"));
    if (!db.exec(QStringLiteral(
            "UPDATE fit_classes SET fit = (SELECT fit FROM fit_scores WHERE class_id = fit_classes.id)"
            " WHERE fit IS NOT (SELECT fit FROM fit_scores WHERE class_id = fit_classes.id);")))
        return fail(db.lastError());
    *changed = db.scalar(QStringLiteral("SELECT total_changes()")) != before;
    if (*changed
        && !db.exec(QStringLiteral("UPDATE fit_classes SET rank = (ifnull(fit, -1) + 1) * 4294967296 + id"
                                   " WHERE rank IS NOT (ifnull(fit, -1) + 1) * 4294967296 + id;")))
        return fail(db.lastError());
    return true;
}

IcpProfile read(SqlDatabase &db)
{
    QString ignored;
    return IcpProfile::fromJson(cachedocuments::read(db, kDocument), &ignored).value_or(IcpProfile());
}

} // namespace fitgrades
