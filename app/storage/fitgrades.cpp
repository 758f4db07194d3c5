#include "fitgrades.h"

#include "cachedocuments.h"
#include "core/logging.h"
#include "sqldatabase.h"
#include "sqlstatement.h"

#include <QElapsedTimer>
#include <QScopeGuard>

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
    // Every class graded again in C++ (IcpProfile::fitOfClass, which the tests hold equal to the
    // view fit_scores that the triggers grade new classes with): tags make a million leads a few
    // hundred thousand classes, and the view's subqueries for each of them took seconds. Only the
    // classes whose fit moved are written. rank = (fit + 1) * 2^32 + id stays unique while rows
    // move, since no two rows share an id.
    QElapsedTimer timer;
    timer.start();
    // The classes' pages are read and rewritten at random places: a page cache that holds them
    // (about 20 MB for a million leads' classes) for this transaction, then the usual one again.
    const qint64 cacheSize = db.scalar(QStringLiteral("PRAGMA cache_size"));
    db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const auto restore
        = qScopeGuard([&] { db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize)); });
    SqlStatement classes(
        db, QStringLiteral("SELECT id, industry, size, country, tags, fit FROM fit_classes"));
    qint64 seen = 0;
    SqlStatement update(db,
        QStringLiteral("UPDATE fit_classes SET fit = ?2, rank = (ifnull(?2, -1) + 1) * 4294967296 + id"
                       " WHERE id = ?1"));
    QList<std::pair<qint64, std::optional<int>>> moved;
    SqlStatement::Step step;
    while ((step = classes.step()) == SqlStatement::Step::Row) {
        ++seen;
        const std::optional<int> now
            = profile.fitOfClass(classes.text(1), classes.text(2), classes.text(3), classes.text(4));
        const std::optional<int> was
            = classes.isNull(5) ? std::nullopt : std::optional<int>(int(classes.integer(5)));
        if (now != was)
            moved.append({classes.integer(0), now});
    }
    if (step != SqlStatement::Step::Done)
        return fail(classes.error());
    classes.reset();
    for (const auto &[id, fit] : std::as_const(moved)) {
        update.bind(1, id);
        if (fit)
            update.bind(2, qint64(*fit));
        else
            update.bindNull(2);
        if (!update.execute())
            return fail(update.error());
    }
    *changed = !moved.isEmpty();
    qCInfo(lcStorage) << "regraded" << moved.size() << "of" << seen << "fit classes in" << timer.elapsed()
                      << "ms";
    return true;
}

IcpProfile read(SqlDatabase &db)
{
    QString ignored;
    return IcpProfile::fromJson(cachedocuments::read(db, kDocument), &ignored).value_or(IcpProfile());
}

IcpProfile spread(SqlDatabase &db)
{
    IcpProfile profile;
    SqlStatement weight(db, QStringLiteral("SELECT weight FROM icp_weights WHERE dimension = ?"));
    SqlStatement values(
        db, QStringLiteral("SELECT value FROM icp_values WHERE dimension = ? ORDER BY value"));
    for (const IcpProfile::Dimension dimension : IcpProfile::dimensions()) {
        IcpProfile::Criterion criterion;
        const QString name = IcpProfile::cacheName(dimension);
        weight.bind(1, name);
        if (weight.step() == SqlStatement::Step::Row)
            criterion.weight = int(weight.integer(0));
        weight.reset();
        values.bind(1, name);
        while (values.step() == SqlStatement::Step::Row)
            criterion.values.append(values.text(0));
        values.reset();
        profile.setCriterion(dimension, criterion);
    }
    return profile;
}

} // namespace fitgrades
