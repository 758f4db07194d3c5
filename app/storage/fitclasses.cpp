#include "fitclasses.h"

#include "core/logging.h"
#include "fitgrades.h"
#include "sqldatabase.h"
#include "sqlstatement.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <array>
#include <numeric>
#include <string_view>
#include <vector>

namespace fitclasses {

namespace {

constexpr int kParts = 4; // industry, size, country, tags

// The four columns as one hash key, built into a reused buffer: each part's length first, so no
// byte of the text (tags are JSON) can make two combinations collide.
void makeKey(const SqlStatement &row, int first, QByteArray *key)
{
    key->resize(0); // keeps the capacity: no allocation per lead
    for (int column = first; column < first + kParts; ++column) {
        const QByteArrayView part = row.utf8(column);
        const auto size = quint32(part.size());
        key->append(reinterpret_cast<const char *>(&size), sizeof size);
        key->append(part);
    }
}

struct NewClass
{
    std::array<QByteArray, kParts> parts;

    // SQLite's BINARY order over the columns of UNIQUE(industry, size, country, tags): memcmp,
    // as std::char_traits<char> compares.
    bool operator<(const NewClass &other) const
    {
        for (int i = 0; i < kParts; ++i) {
            const std::string_view a(parts[i].constData(), size_t(parts[i].size()));
            const std::string_view b(other.parts[i].constData(), size_t(other.parts[i].size()));
            if (const int c = a.compare(b); c != 0)
                return c < 0;
        }
        return false;
    }
};

// A lead's class while the pass runs: a known class's id, or -(1 + index) of a new one.
struct LeadClass
{
    qint64 lead;
    qint64 slot;
};

} // namespace

bool rebuildLeadClasses(SqlDatabase &db, QString *error)
{
    const auto fail = [&](const QString &why) {
        *error = why;
        return false;
    };
    QElapsedTimer timer;
    timer.start();
    QHash<QByteArray, qint64> slots;
    QByteArray key;
    qint64 nextId = 1;
    {
        SqlStatement known(db, QStringLiteral("SELECT id, industry, size, country, tags FROM fit_classes"));
        SqlStatement::Step step;
        while ((step = known.step()) == SqlStatement::Step::Row) {
            makeKey(known, 1, &key);
            slots.insert(key, known.integer(0));
            nextId = std::max(nextId, known.integer(0) + 1);
        }
        if (step != SqlStatement::Step::Done)
            return fail(known.error());
    }

    // One read of the leads in id order, every class found in memory.
    std::vector<NewClass> added;
    std::vector<LeadClass> leadClasses;
    {
        SqlStatement leads(db,
            QStringLiteral("SELECT id, ifnull(industry, ''), ifnull(size, ''), ifnull(country, ''),"
                           " ifnull(tags, '[]') FROM leads ORDER BY id"));
        SqlStatement::Step step;
        while ((step = leads.step()) == SqlStatement::Step::Row) {
            makeKey(leads, 1, &key);
            auto found = slots.constFind(key);
            if (found == slots.cend()) {
                NewClass fresh;
                for (int i = 0; i < kParts; ++i)
                    fresh.parts[size_t(i)] = leads.utf8(1 + i).toByteArray();
                added.push_back(std::move(fresh));
                found = slots.insert(key, -qint64(added.size()));
            }
            leadClasses.push_back({leads.integer(0), found.value()});
        }
        if (step != SqlStatement::Step::Done)
            return fail(leads.error());
    }

    // New classes written in the order of their unique index, so both it and the table grow at
    // their ends: inserted at random places, a class cost 16 µs of pages read, decrypted and
    // written again. They are graded here, as fitgrades::store regrades, with the profile the
    // view the triggers grade with reads (the tests hold the two equal).
    std::vector<qint64> idOfAdded(added.size());
    {
        std::vector<size_t> order(added.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return added[a] < added[b]; });
        const IcpProfile profile = fitgrades::spread(db);
        SqlStatement insert(db,
            QStringLiteral("INSERT INTO fit_classes(id, industry, size, country, tags, fit, rank)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, (ifnull(?6, -1) + 1) * 4294967296 + ?1)"));
        for (const size_t index : order) {
            const auto &parts = added[index].parts;
            std::array<QString, kParts> text;
            for (int i = 0; i < kParts; ++i)
                text[size_t(i)] = QString::fromUtf8(parts[size_t(i)]);
            const std::optional<int> fit = profile.fitOfClass(text[0], text[1], text[2], text[3]);
            insert.bind(1, nextId).bind(2, text[0]).bind(3, text[1]).bind(4, text[2]).bind(5, text[3]);
            if (fit)
                insert.bind(6, qint64(*fit));
            else
                insert.bindNull(6);
            if (!insert.execute())
                return fail(insert.error());
            idOfAdded[index] = nextId++;
        }
    }

    // lead_fit refilled in key order, its class index built again from the finished table as the
    // bulk load does for the leads' own indexes (its definition from the schema, so a later
    // migration's wins).
    QString indexSql;
    {
        SqlStatement schema(db,
            QStringLiteral(
                "SELECT sql FROM main.sqlite_master WHERE type = 'index' AND name = 'lead_fit_class'"));
        if (schema.step() == SqlStatement::Step::Row)
            indexSql = schema.text(0);
    }
    if (!indexSql.isEmpty() && !db.exec(QStringLiteral("DROP INDEX main.lead_fit_class")))
        return fail(db.lastError());
    if (!db.exec(QStringLiteral("DELETE FROM lead_fit")))
        return fail(db.lastError());
    SqlStatement insert(db, QStringLiteral("INSERT INTO lead_fit(lead_id, class) VALUES(?, ?)"));
    for (const LeadClass &lead : leadClasses) {
        insert.bind(1, lead.lead).bind(2, lead.slot > 0 ? lead.slot : idOfAdded[size_t(-lead.slot - 1)]);
        if (!insert.execute())
            return fail(insert.error());
    }
    if (!indexSql.isEmpty() && !db.exec(indexSql))
        return fail(db.lastError());
    qCInfo(lcStorage) << "gave" << leadClasses.size() << "leads their fit class," << added.size()
                      << "classes new, in" << timer.elapsed() << "ms";
    return true;
}

} // namespace fitclasses
