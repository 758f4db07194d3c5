// LeadListModel over a real synced cache (4,500 leads: 45 pages, more than the model keeps), owner
// signed in. The count equals a count(*) written here for every kind of filter; walking every row
// the way a scrolling view does (data() asks for a row's page, the test waits for it) yields exactly
// the ids of the same ORDER BY in SQL — every id once, none missing, none doubled — for every sort,
// both directions, including sorts that are one big tie (status, country); search finds by a word
// and by a prefix exactly the leads whose name, domain, tags or notes hold such a word; the filter
// menus offer what the cache holds; the CSV export writes the view's ids in the view's order; a view
// state survives JSON and gives another list the same rows; no more than kCachedPages pages are
// held; a row that the stream moves to another page leaves every held page right once the list has
// counted again; a selection's bulk edits (status, tags, assignee) show in the cache, go through the
// outbox to the server, and the list then again equals SQL. QAbstractItemModelTester watches every
// list throughout.
#include "modeltestsupport.h"

#include "account/accountruntime.h"
#include "core/leadvocabulary.h"
#include "models/leadbulkedit.h"
#include "models/leadexport.h"
#include "models/leadfilteroptions.h"
#include "models/leadlistmodel.h"
#include "models/leadselection.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace modeltest;

namespace {
constexpr int kPage = LeadListModel::kPageSize;
// The leads the list shows: all but those of hidden companies (the seed hides four). The truths
// below read from this rather than from the table.
#define SHOWN_LEADS "(SELECT * FROM leads WHERE id NOT IN (SELECT lead_id FROM hidden_leads))"
constexpr int kLeads = 4500;

// A lead list with its tester, counting the count scans that finished (a query is done when its
// scan is and its first page is in).
struct Watched
{
    LeadListModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    int scans = 0;

    explicit Watched(AccountRuntime &workspace)
    {
        QObject::connect(&model, &LeadListModel::countingChanged, &model, [this] {
            if (!model.counting())
                ++scans;
        });
        model.setRuntime(&workspace);
    }

    // Waits for the query started after `before` scans had finished.
    bool settle(int before)
    {
        return waitFor([&] { return scans > before && !model.counting() && !model.loading(); });
    }
    // Runs `change` and waits for the query it starts (none when it changed nothing).
    bool apply(const std::function<void(LeadListModel &)> &change)
    {
        const int before = scans;
        const LeadFilter filter = model.filter();
        const LeadSort sort = model.sort();
        change(model);
        if (model.filter() == filter && model.sort() == sort)
            return true;
        return settle(before);
    }
};

int loadedPages(LeadListModel &m)
{
    int n = 0;
    for (int row = 0; row < m.rowCount(); row += kPage)
        n += m.isLoaded(row);
    return n;
}

// Every row's id in row order, as a view scrolling to the end would load them: data() asks for the
// first row of each page and the walk waits until the page is in. Notes the most pages ever held.
QList<qint64> walk(LeadListModel &m, int *mostPages = nullptr)
{
    QList<qint64> out;
    const int n = m.rowCount();
    for (int first = 0; first < n; first += kPage) {
        const int last = std::min(n, first + kPage) - 1;
        if (!m.isLoaded(first) || !m.isLoaded(last)) {
            m.data(m.index(first), LeadListModel::LoadedRole); // what a delegate coming into view does
            if (!waitFor([&] { return m.isLoaded(first) && m.isLoaded(last); })) {
                qWarning() << "rows" << first << "to" << last << "never loaded";
                return out;
            }
        }
        for (int row = first; row <= last; ++row)
            out.append(m.idAt(row));
        if (mostPages)
            *mostPages = std::max(*mostPages, loadedPages(m));
    }
    return out;
}

// The loaded rows whose lead is not the one `expected` has at that position (without loading any).
QStringList wrongLoadedRows(LeadListModel &m, const QList<qint64> &expected)
{
    QStringList wrong;
    if (m.rowCount() != expected.size())
        wrong.append(QStringLiteral("%1 rows, expected %2").arg(m.rowCount()).arg(expected.size()));
    for (int row = 0; row < m.rowCount() && wrong.size() < 5; ++row) {
        if (m.isLoaded(row) && m.idAt(row) != expected.value(row))
            wrong.append(QStringLiteral("row %1 shows lead %2, expected %3")
                             .arg(row)
                             .arg(m.idAt(row))
                             .arg(expected.value(row)));
    }
    return wrong;
}

// What a row shows, as one line (for comparing with SQL and for readable failures).
QString shown(LeadListModel &m, int row)
{
    const QModelIndex i = m.index(row);
    const auto value = [&](int role) { return m.data(i, role); };
    return QStringList {value(LeadListModel::IdRole).toString(), value(LeadListModel::NameRole).toString(),
        value(LeadListModel::DomainRole).toString(), value(LeadListModel::SiteIdRole).toString(),
        value(LeadListModel::CountryRole).toString(), value(LeadListModel::ScoreRole).toString(),
        value(LeadListModel::TemperatureRole).toString(), value(LeadListModel::StatusRole).toString(),
        value(LeadListModel::AssigneeIdRole).toString(), value(LeadListModel::AssigneeRole).toString(),
        value(LeadListModel::TagsRole).toStringList().join(u';'),
        QString::number(value(LeadListModel::LastVisitRole).toDateTime().toSecsSinceEpoch()),
        Lead::wireName(Lead::SyncState(value(LeadListModel::SyncStateRole).toInt()))}
        .join(u'|');
}

// Runs of letters and digits, lower-cased and without diacritics: the words FTS4's unicode61
// tokenizer indexes.
QStringList words(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toLower());
    }
    QStringList out;
    QString current;
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(std::exchange(current, {}));
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

struct SortCase
{
    const char *name;
    LeadSort sort;
    QString orderBy; // the truth's ORDER BY
};

const QString kStatusRank
    = QStringLiteral("CASE status WHEN 'new' THEN 0 WHEN 'working' THEN 1"
                     " WHEN 'qualified' THEN 2 WHEN 'won' THEN 3 WHEN 'lost' THEN 4 END");
} // namespace

class TestLeadList : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    int m_shown = 0; // leads the list shows: all but those of hidden companies
    std::unique_ptr<SignedInAccount> m_owner;
    QTemporaryDir m_files;

    SqlDatabase &db() { return m_owner->db(); }
    AccountRuntime &ws() { return m_owner->runtime(); }
    QList<qint64> truth(const QString &where, const QString &orderBy = QStringLiteral("id"))
    {
        return ids(
            db(), QStringLiteral("SELECT id FROM " SHOWN_LEADS " WHERE %1 ORDER BY %2").arg(where, orderBy));
    }

    // The ids of leads one of whose words satisfies `matches` for every search word (the last one as
    // a prefix), across name, domain, tags and the lead's notes.
    QList<qint64> searchTruth(const QStringList &terms)
    {
        QHash<qint64, QStringList> text;
        for (const QVariantList &row :
            rows(db(), 4, QStringLiteral("SELECT id, name, domain, tags FROM " SHOWN_LEADS " ORDER BY id")))
            text[row.at(0).toLongLong()]
                = words(row.at(1).toString()) + words(row.at(2).toString()) + words(row.at(3).toString());
        for (const QVariantList &row : rows(db(), 2, QStringLiteral("SELECT lead_id, body FROM notes")))
            text[row.at(0).toLongLong()] += words(row.at(1).toString());
        QList<qint64> out;
        for (auto it = text.cbegin(); it != text.cend(); ++it) {
            bool all = true;
            for (qsizetype t = 0; t < terms.size() && all; ++t) {
                const QString term = words(terms.at(t)).join(QString());
                const bool prefix = t == terms.size() - 1;
                all = std::any_of(it->cbegin(), it->cend(),
                    [&](const QString &word) { return prefix ? word.startsWith(term) : word == term; });
            }
            if (all)
                out.append(it.key());
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    static QList<qint64> sorted(QList<qint64> list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = keychainProblem();
        if (!problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
        QVERIFY(m_files.isValid());
        m_server = std::make_unique<TestServer>(ServerProcess::seed(kLeads, 4000));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_owner = std::make_unique<SignedInAccount>();
        QVERIFY2(m_owner->open(m_server->url(), kOwner, &error), qPrintable(error));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM leads")), kLeads);
        m_shown = int(scalar(db(), QStringLiteral("SELECT count(*) FROM " SHOWN_LEADS)));
        QVERIFY2(m_shown > 0 && m_shown < kLeads, qPrintable(QString::number(m_shown)));
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_server.reset();
    }

    void countEqualsSqlForEveryFilter()
    {
        Watched w(ws());
        QVERIFY(w.settle(0));
        QCOMPARE(w.model.rowCount(), m_shown);
        QCOMPARE(w.model.count(), m_shown);

        const QString country = text(db(),
            QStringLiteral(
                "SELECT country FROM leads GROUP BY country ORDER BY count(*) DESC, country LIMIT 1"));
        const qint64 assignee = scalar(db(),
            QStringLiteral("SELECT assignee_id FROM leads WHERE assignee_id IS NOT NULL GROUP BY assignee_id"
                           " ORDER BY count(*) DESC LIMIT 1"));
        const qint64 site = scalar(db(),
            QStringLiteral(
                "SELECT site_id FROM leads GROUP BY site_id ORDER BY count(*) ASC, site_id LIMIT 1"));
        const QDate newest = QDateTime::fromSecsSinceEpoch(
            scalar(db(), QStringLiteral("SELECT max(last_visit_at) FROM leads")))
                                 .date();
        const QDate from = newest.addDays(-30);
        const QDate to = newest.addDays(-9);
        QVERIFY(!country.isEmpty() && assignee > 0 && site > 0);

        struct Case
        {
            const char *name;
            std::function<void(LeadListModel &)> apply;
            QString where;
            QVariantList binds;
        };
        const QList<Case> cases = {
            {"statuses won, lost",
                [](LeadListModel &m) {
                    m.setStatuses({QStringLiteral("won"), QStringLiteral("lost")});
                },
                QStringLiteral("status IN ('won', 'lost')"), {}},
            {"status new", [](LeadListModel &m) { m.setStatuses({QStringLiteral("new")}); },
                QStringLiteral("status = 'new'"), {}},
            {"score 40..69",
                [](LeadListModel &m) {
                    m.setScoreMin(40);
                    m.setScoreMax(69);
                },
                QStringLiteral("score BETWEEN 40 AND 69"), {}},
            {"score from 85", [](LeadListModel &m) { m.setScoreMin(85); }, QStringLiteral("score >= 85"), {}},
            {"hot", [](LeadListModel &m) { m.setTemperatures({QStringLiteral("hot")}); },
                QStringLiteral("score >= 70"), {}},
            {"warm or cold",
                [](LeadListModel &m) {
                    m.setTemperatures({QStringLiteral("warm"), QStringLiteral("cold")});
                },
                QStringLiteral("score < 70"), {}},
            {"cold", [](LeadListModel &m) { m.setTemperatures({QStringLiteral("cold")}); },
                QStringLiteral("score < 40"), {}},
            {"all temperatures",
                [](LeadListModel &m) {
                    m.setTemperatures(
                        {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold")});
                },
                QStringLiteral("1"), {}},
            {"country", [&](LeadListModel &m) { m.setCountry(country); }, QStringLiteral("country = ?"),
                {country}},
            {"tag enterprise", [](LeadListModel &m) { m.setTags({QStringLiteral("enterprise")}); },
                QStringLiteral("tags LIKE '%\"enterprise\"%'"), {}},
            {"tag with a hyphen", [](LeadListModel &m) { m.setTags({QStringLiteral("target-account")}); },
                QStringLiteral("tags LIKE '%\"target-account\"%'"), {}},
            {"two tags",
                [](LeadListModel &m) {
                    m.setTags({QStringLiteral("enterprise"), QStringLiteral("trial")});
                },
                QStringLiteral("tags LIKE '%\"enterprise\"%' AND tags LIKE '%\"trial\"%'"), {}},
            {"assignee", [&](LeadListModel &m) { m.setAssigneeId(assignee); },
                QStringLiteral("assignee_id = ?"), {assignee}},
            {"unassigned", [](LeadListModel &m) { m.setAssigneeId(0); },
                QStringLiteral("assignee_id IS NULL"), {}},
            {"site", [&](LeadListModel &m) { m.setSiteId(site); }, QStringLiteral("site_id = ?"), {site}},
            {"last visit range",
                [&](LeadListModel &m) {
                    m.setLastVisitFrom(from);
                    m.setLastVisitTo(to);
                },
                QStringLiteral("last_visit_at >= ? AND last_visit_at < ?"),
                {from.startOfDay().toSecsSinceEpoch(), to.addDays(1).startOfDay().toSecsSinceEpoch()}},
            {"last visit from", [&](LeadListModel &m) { m.setLastVisitFrom(to); },
                QStringLiteral("last_visit_at >= ?"), {to.startOfDay().toSecsSinceEpoch()}},
            {"combined",
                [&](LeadListModel &m) {
                    m.setStatuses(
                        {QStringLiteral("working"), QStringLiteral("qualified"), QStringLiteral("new")});
                    m.setScoreMin(30);
                    m.setCountry(country);
                    m.setTemperatures({QStringLiteral("warm")});
                },
                QStringLiteral("status IN ('working', 'qualified', 'new') AND score >= 40 AND score < 70"
                               " AND country = ?"),
                {country}},
        };
        for (const Case &c : cases) {
            QVERIFY2(w.apply([](LeadListModel &m) { m.clearFilters(); }), c.name);
            QCOMPARE(w.model.rowCount(), m_shown);
            QVERIFY2(w.apply(c.apply), c.name);
            QVERIFY2(w.model.filtered() || c.where == u"1", c.name);
            const qint64 expected = scalar(
                db(), QStringLiteral("SELECT count(*) FROM " SHOWN_LEADS " WHERE ") + c.where, c.binds);
            QVERIFY2(expected > 0, c.name); // a filter nothing matches would prove little
            QVERIFY2(w.model.rowCount() == expected,
                qPrintable(QStringLiteral("%1: the list has %2 rows, SQL counts %3")
                               .arg(QLatin1String(c.name))
                               .arg(w.model.rowCount())
                               .arg(expected)));
            QCOMPARE(w.model.count(), int(expected));
            if (expected <= 3 * kPage) {
                // Small enough to walk: the very same leads.
                QCOMPARE(sorted(walk(w.model)),
                    ids(db(),
                        QStringLiteral("SELECT id FROM " SHOWN_LEADS " WHERE %1 ORDER BY id").arg(c.where),
                        c.binds));
            }
        }
    }

    void filterMenusOfferWhatTheCacheHolds()
    {
        Watched w(ws());
        QVERIFY(w.settle(0));
        QSignalSpy options(w.model.options(), &LeadFilterOptions::changed);
        w.model.options()->load();
        QTRY_COMPARE_WITH_TIMEOUT(options.count(), 1, kLong);
        const LeadFilterOptions &o = *w.model.options();
        const auto distinct = [&](const char *column) {
            QStringList values;
            for (const QVariantList &row : rows(db(), 1,
                     QStringLiteral("SELECT DISTINCT %1 FROM leads WHERE %1 <> '' ORDER BY %1")
                         .arg(QLatin1String(column))))
                values.append(row.at(0).toString());
            return values;
        };
        QCOMPARE(o.countries(), distinct("country"));
        QCOMPARE(o.industries(), distinct("industry"));
        QCOMPARE(o.sizes(), distinct("size"));
        // Tags, most used first (ties by name), at most 50.
        QHash<QString, int> used;
        for (const QVariantList &row : rows(db(), 1, QStringLiteral("SELECT tags FROM leads"))) {
            for (const QJsonValue &tag : QJsonDocument::fromJson(row.at(0).toString().toUtf8()).array())
                ++used[tag.toString()];
        }
        QStringList tags = used.keys();
        std::sort(tags.begin(), tags.end(), [&](const QString &a, const QString &b) {
            return used.value(a) != used.value(b) ? used.value(a) > used.value(b) : a < b;
        });
        QCOMPARE(o.tags(), tags.mid(0, 50));
        QVERIFY(!tags.isEmpty());
    }

    void everySortWalksLikeSql()
    {
        Watched w(ws());
        QVERIFY(w.settle(0));
        using C = LeadSort::Column;
        const QList<SortCase> sorts = {
            {"last visit, newest first (default)", {C::LastVisit, true},
                QStringLiteral("last_visit_at DESC, id DESC")},
            {"last visit, oldest first", {C::LastVisit, false}, QStringLiteral("last_visit_at, id")},
            {"name A-Z", {C::Name, false}, QStringLiteral("name COLLATE NOCASE, id")},
            {"name Z-A", {C::Name, true}, QStringLiteral("name COLLATE NOCASE DESC, id DESC")},
            {"score, highest first", {C::Score, true}, QStringLiteral("score DESC, id DESC")},
            {"score, lowest first", {C::Score, false}, QStringLiteral("score, id")},
            {"status, pipeline order", {C::Status, false}, kStatusRank + QStringLiteral(", id")},
            {"status, reversed", {C::Status, true}, kStatusRank + QStringLiteral(" DESC, id DESC")},
            {"country A-Z", {C::Country, false}, QStringLiteral("country, id")},
            {"country Z-A", {C::Country, true}, QStringLiteral("country DESC, id DESC")},
            {"assignee, unassigned first", {C::Assignee, false},
                QStringLiteral("ifnull(assignee_id, 0), id")},
            {"assignee, reversed", {C::Assignee, true},
                QStringLiteral("ifnull(assignee_id, 0) DESC, id DESC")},
            {"crm state", {C::Crm, true}, QStringLiteral("crm_state DESC, id DESC")},
            {"size", {C::Size, false}, QStringLiteral("size, id")},
            {"industry", {C::Industry, true}, QStringLiteral("industry DESC, id DESC")},
            {"domain", {C::Domain, false}, QStringLiteral("domain, id")},
            {"visits", {C::Visits, true}, QStringLiteral("visits DESC, id DESC")},
            {"page views", {C::PageViews, false}, QStringLiteral("page_views, id")},
            {"created", {C::Created, true}, QStringLiteral("created_at DESC, id DESC")},
        };
        for (const SortCase &s : sorts) {
            QVERIFY2(w.apply([&](LeadListModel &m) {
                m.setSortColumn(LeadSort::columnName(s.sort.column));
                m.setSortDescending(s.sort.descending);
            }),
                s.name);
            QCOMPARE(w.model.sort(), s.sort);
            QCOMPARE(w.model.rowCount(), m_shown);
            const QList<qint64> expected = truth(QStringLiteral("1"), s.orderBy);
            const QList<qint64> walked = walk(w.model);
            if (walked != expected)
                qWarning() << "sort" << s.name;
            QCOMPARE(walked, expected);
            QCOMPARE(QSet<qint64>(walked.cbegin(), walked.cend()).size(), qsizetype(m_shown));
        }

        // A sort with a filter, and one that is nearly all ties inside the filter.
        QVERIFY(w.apply([](LeadListModel &m) {
            m.setStatuses({QStringLiteral("working"), QStringLiteral("won")});
            m.setScoreMin(20);
            m.setSortColumn(QStringLiteral("status"));
            m.setSortDescending(false);
        }));
        QCOMPARE(walk(w.model),
            truth(QStringLiteral("status IN ('working', 'won') AND score >= 20"),
                kStatusRank + QStringLiteral(", id")));
        QVERIFY(w.apply([](LeadListModel &m) { m.sortBy(QStringLiteral("status")); })); // flips
        QVERIFY(w.model.sortDescending());
        QCOMPARE(walk(w.model),
            truth(QStringLiteral("status IN ('working', 'won') AND score >= 20"),
                kStatusRank + QStringLiteral(" DESC, id DESC")));

        // What each row shows is the lead's row in the cache (default sort, every row).
        QVERIFY(w.apply([](LeadListModel &m) {
            m.clearFilters();
            m.setSort(LeadSort());
        }));
        const QList<QVariantList> expected = rows(db(), 13,
            QStringLiteral(
                "SELECT l.id, l.name, l.domain, l.site_id, l.country, l.score,"
                " CASE WHEN l.score >= 70 THEN 'hot' WHEN l.score >= 40 THEN 'warm' ELSE 'cold' END,"
                " l.status, ifnull(l.assignee_id, 0), ifnull(t.name, ''), l.tags, l.last_visit_at,"
                " 'synced' FROM " SHOWN_LEADS " l LEFT JOIN team t ON t.id = l.assignee_id"
                " ORDER BY l.last_visit_at DESC, l.id DESC"));
        QCOMPARE(expected.size(), qsizetype(m_shown));
        QCOMPARE(walk(w.model).size(), qsizetype(m_shown));
        for (int row = 0; row < m_shown; row += 37) {
            if (!w.model.isLoaded(row)) {
                w.model.data(w.model.index(row), LeadListModel::IdRole);
                QVERIFY(waitFor([&] { return w.model.isLoaded(row); }));
            }
            QVariantList e = expected.at(row);
            QStringList tags;
            for (const QJsonValue &tag : QJsonDocument::fromJson(e.at(10).toString().toUtf8()).array())
                tags.append(tag.toString());
            e[10] = tags.join(u';');
            QStringList want;
            for (const QVariant &v : std::as_const(e))
                want.append(v.toString());
            QCOMPARE(shown(w.model, row), want.join(u'|'));
        }
    }

    void searchFindsWordsAndPrefixes()
    {
        Watched w(ws());
        QVERIFY(w.settle(0));
        // A word of a lead's name (ASCII, so the truth's folding is plainly the tokenizer's).
        QString word;
        for (const QVariantList &row : rows(db(), 1, QStringLiteral("SELECT name FROM leads ORDER BY id"))) {
            for (const QString &candidate : row.at(0).toString().split(u' ')) {
                const bool ascii = std::all_of(candidate.cbegin(), candidate.cend(),
                    [](QChar c) { return c.unicode() < 128 && c.isLetter(); });
                if (ascii && candidate.size() >= 6) {
                    word = candidate;
                    break;
                }
            }
            if (!word.isEmpty())
                break;
        }
        QVERIFY(!word.isEmpty());
        const QString note = text(db(), QStringLiteral("SELECT body FROM notes ORDER BY id LIMIT 1"));
        const QStringList noteWords = words(note);
        QVERIFY(!noteWords.isEmpty());
        const QString noteWord = *std::max_element(noteWords.cbegin(), noteWords.cend(),
            [](const QString &a, const QString &b) { return a.size() < b.size(); });

        const QList<QStringList> searches = {
            {word}, // a whole word matches as a prefix of itself too (it is the last word)
            {word.left(4)}, // a prefix
            {word.toUpper()}, // case does not matter
            {word.left(3).toLower()}, {word, word.left(2)}, // two words: all must match
            {noteWord}, // a word from a note
            {QStringLiteral("enterprise")}, // a tag
        };
        for (const QStringList &terms : searches) {
            const QString search = terms.join(u' ');
            const QList<qint64> expected = searchTruth(terms);
            QVERIFY2(!expected.isEmpty(), qPrintable(search));
            QVERIFY2(w.apply([&](LeadListModel &m) { m.setSearch(search); }), qPrintable(search));
            QVERIFY2(w.model.rowCount() == expected.size(),
                qPrintable(QStringLiteral("search \"%1\": the list has %2 rows, %3 leads hold such words")
                               .arg(search)
                               .arg(w.model.rowCount())
                               .arg(expected.size())));
            QCOMPARE(sorted(walk(w.model)), expected);
        }
        // A search and a filter together, sorted: the same rows in SQL's order.
        const QList<qint64> matching = searchTruth({word.left(4)});
        QVERIFY(w.apply([&](LeadListModel &m) {
            m.setSearch(word.left(4));
            m.setStatuses({QStringLiteral("new"), QStringLiteral("working")});
            m.setSort({LeadSort::Column::Score, true});
        }));
        QList<qint64> expected;
        for (const qint64 id :
            truth(QStringLiteral("status IN ('new', 'working')"), QStringLiteral("score DESC, id DESC"))) {
            if (matching.contains(id))
                expected.append(id);
        }
        QCOMPARE(walk(w.model), expected);
        // Nothing matches a word nobody has.
        QVERIFY(w.apply([](LeadListModel &m) { m.setSearch(QStringLiteral("zzqxjv")); }));
        QCOMPARE(w.model.rowCount(), 0);
    }

    void atMostCachedPagesAreHeld()
    {
        Watched w(ws());
        QVERIFY(w.settle(0));
        QVERIFY(kLeads / kPage > LeadListModel::kCachedPages);
        int most = 0;
        const QList<qint64> walked = walk(w.model, &most);
        QCOMPARE(walked, truth(QStringLiteral("1"), QStringLiteral("last_visit_at DESC, id DESC")));
        QVERIFY2(most <= LeadListModel::kCachedPages,
            qPrintable(QStringLiteral("%1 pages held at once").arg(most)));
        QVERIFY(most >= LeadListModel::kCachedPages - 1); // the walk did fill the budget
        // The least recently shown went first: near the top is gone, the bottom is there. (Not
        // row 0 itself: the tester, like a view showing the first row, keeps looking at it.)
        QVERIFY(!w.model.isLoaded(kPage));
        QVERIFY(w.model.isLoaded(m_shown - 1));
        QVERIFY(!w.model.data(w.model.index(kPage), LeadListModel::LoadedRole).toBool());
        QVERIFY(!w.model.data(w.model.index(kPage), LeadListModel::IdRole).isValid());
        // Scrolling back up loads it again, the same rows.
        QVERIFY(waitFor([&] { return w.model.isLoaded(kPage) && w.model.isLoaded(2 * kPage - 1); }));
        for (int row = kPage; row < 2 * kPage; ++row)
            QCOMPARE(w.model.idAt(row), walked.at(row));
        QVERIFY(loadedPages(w.model) <= LeadListModel::kCachedPages);
    }

    void exportWritesTheView()
    {
        Watched w(ws());
        QVERIFY(w.settle(0));
        QVERIFY(w.apply([](LeadListModel &m) {
            m.setStatuses({QStringLiteral("working"), QStringLiteral("qualified")});
            m.setScoreMin(25);
            m.setSort({LeadSort::Column::Country, false});
        }));
        const QList<qint64> expected
            = truth(QStringLiteral("status IN ('working', 'qualified') AND score >= 25"),
                QStringLiteral("country, id"));
        QCOMPARE(w.model.rowCount(), expected.size());
        const QString path = m_files.filePath(QStringLiteral("view.csv"));
        QSignalSpy finished(&w.model, &LeadListModel::actionFinished);
        w.model.exporter()->toCsv(QUrl::fromLocalFile(path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLong);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(file.readAll());
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.first().value(0), QStringLiteral("id"));
        QList<qint64> exported;
        for (qsizetype i = 1; i < records.size(); ++i)
            exported.append(records.at(i).value(0).toLongLong());
        QCOMPARE(exported, expected);
        QCOMPARE(exported, walk(w.model));

        // Not a local file: refused, nothing written.
        finished.clear();
        w.model.exporter()->toCsv(QUrl(QStringLiteral("https://example.com/leads.csv")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLong);
        QVERIFY(!finished.first().at(0).toBool());
    }

    void viewStateRoundTripGivesTheSameRows()
    {
        Watched a(ws());
        QVERIFY(a.settle(0));
        const QString country = text(db(),
            QStringLiteral(
                "SELECT country FROM leads GROUP BY country ORDER BY count(*) DESC, country LIMIT 1"));
        QVERIFY(a.apply([&](LeadListModel &m) {
            m.setStatuses({QStringLiteral("new"), QStringLiteral("qualified")});
            m.setScoreMin(10);
            m.setScoreMax(95);
            m.setCountry(country);
            m.setLastVisitFrom(QDate::currentDate().addDays(-80));
            m.setSort({LeadSort::Column::Name, true});
        }));
        const QVariantMap state = a.model.viewState();
        // As a saved view keeps it: JSON text.
        const QByteArray saved
            = QJsonDocument(QJsonObject::fromVariantMap(state)).toJson(QJsonDocument::Compact);
        Watched b(ws());
        QVERIFY(b.settle(0));
        QVERIFY(b.apply([&](LeadListModel &m) {
            m.applyViewState(QJsonDocument::fromJson(saved).object().toVariantMap());
        }));
        QCOMPARE(b.model.filter(), a.model.filter());
        QCOMPARE(b.model.sort(), a.model.sort());
        QCOMPARE(b.model.viewState(), state);
        const QList<qint64> expected = ids(db(),
            QStringLiteral(
                "SELECT id FROM " SHOWN_LEADS
                " WHERE status IN ('new', 'qualified') AND score BETWEEN 10 AND 95"
                " AND country = ? AND last_visit_at >= ? ORDER BY name COLLATE NOCASE DESC, id DESC"),
            {country, QDate::currentDate().addDays(-80).startOfDay().toSecsSinceEpoch()});
        QVERIFY(!expected.isEmpty());
        QCOMPARE(walk(b.model), expected);
        QCOMPARE(walk(a.model), expected);
    }

    void aRowMovedByTheStreamIsFollowed()
    {
        // Sorted by pipeline stage, with most pages in memory: a lead at the very top changes on the
        // server and the stream alone (one change event) moves it to the bottom. Every page already
        // held must follow the new order, not the page starts the list had before.
        Watched w(ws());
        QVERIFY(w.settle(0));
        QVERIFY(w.apply([](LeadListModel &m) { m.setSort({LeadSort::Column::Status, false}); }));
        const QString order = kStatusRank + QStringLiteral(", id");
        QCOMPARE(walk(w.model), truth(QStringLiteral("1"), order));
        QVERIFY(loadedPages(w.model) >= LeadListModel::kCachedPages - 1);
        const qint64 top = w.model.idAt(0);
        QVERIFY(top > 0);
        QCOMPARE(text(db(), QStringLiteral("SELECT status FROM leads WHERE id = ?"), {top}),
            QStringLiteral("new"));
        auto http = m_owner->http();
        const QString path = QStringLiteral("/v1/leads/%1").arg(top);
        QCOMPARE(http->patchJson(path, {{QStringLiteral("status"), QStringLiteral("lost")}},
                         HttpClient::ifMatch(http->get(path).json()))
                     .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(text(db(), QStringLiteral("SELECT status FROM leads WHERE id = ?"), {top}),
            QStringLiteral("lost"), kLong);
        // Without asking for anything new (a view that stays where it is): once the list has
        // recounted, every row it holds is the row SQL has at that position.
        QTRY_COMPARE_WITH_TIMEOUT(
            wrongLoadedRows(w.model, truth(QStringLiteral("1"), order)), QStringList(), kLong);
        // Pages read before the recount may start from the old page starts; once it is done
        // (counting() false again) every page read is right.
        QTRY_VERIFY_WITH_TIMEOUT(!w.model.counting(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(
            wrongLoadedRows(w.model, truth(QStringLiteral("1"), order)), QStringList(), kLong);
        QCOMPARE(walk(w.model), truth(QStringLiteral("1"), order));
    }

    void selectionAndBulkStatusReachTheServer()
    {
        Watched w(ws());
        QVERIFY(w.settle(0));
        QVERIFY(w.apply([](LeadListModel &m) { m.setSort({LeadSort::Column::Status, false}); }));
        const QString order = kStatusRank + QStringLiteral(", id");
        // The first page is in (what a view shows at first); the walk comes at the end.
        QCOMPARE(wrongLoadedRows(w.model, truth(QStringLiteral("1"), order)), QStringList());
        QVERIFY(w.model.isLoaded(0) && w.model.isLoaded(kPage - 1));

        // Rows from the top of a pipeline-ordered list (status new): they will move to the bottom.
        QSignalSpy selection(w.model.selection(), &LeadSelection::changed);
        for (int row = 0; row < 5; ++row)
            w.model.selection()->setSelected(row, true);
        w.model.selection()->selectRange(12, 10); // either direction
        w.model.selection()->toggle(2); // off again
        w.model.selection()->setSelected(3, true); // already: nothing
        QCOMPARE(w.model.selection()->count(), 7);
        QVERIFY(selection.count() >= 7);
        QVERIFY(w.model.data(w.model.index(0), LeadListModel::SelectedRole).toBool());
        QVERIFY(!w.model.data(w.model.index(2), LeadListModel::SelectedRole).toBool());
        QVERIFY(w.model.data(w.model.index(11), LeadListModel::SelectedRole).toBool());
        QList<qint64> chosen;
        for (const int row : {0, 1, 3, 4, 10, 11, 12})
            chosen.append(w.model.idAt(row));
        for (const qint64 id : chosen)
            QCOMPARE(text(db(), QStringLiteral("SELECT status FROM leads WHERE id = ?"), {id}),
                QStringLiteral("new"));
        const QString inChosen = QStringLiteral("id IN (%1)").arg([&] {
            QStringList list;
            for (const qint64 id : chosen)
                list.append(QString::number(id));
            return list.join(u',');
        }());

        QSignalSpy finished(&w.model, &LeadListModel::actionFinished);
        w.model.bulk()->setStatus(QStringLiteral("lost"));
        // Reported once every lead's write is done, not when the edits were merely handed over:
        // by then the cache has all seven (through the outbox), before the server answers.
        QCOMPARE(finished.count(), 0);
        QVERIFY(w.model.bulk()->busy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLong);
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Status changed for 7 leads."));
        QVERIFY(!w.model.bulk()->busy());
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT count(*) FROM leads WHERE status = 'lost' AND ") + inChosen),
            7);
        // ...then the server has it.
        QVERIFY(m_owner->drained());
        auto http = m_owner->http();
        const auto onServer
            = [&](qint64 id) { return http->get(QStringLiteral("/v1/leads/%1").arg(id)).json(); };
        for (const qint64 id : chosen)
            QCOMPARE(onServer(id).value(QStringLiteral("status")).toString(), QStringLiteral("lost"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")), 0);

        // Tags for the same selection: each lead's own tags plus one, then without it again; and an
        // assignee, then nobody. Each in the cache at once and on the server once sent.
        const QString tagged
            = QStringLiteral("SELECT count(*) FROM leads WHERE tags LIKE '%\"bulk-tag\"%' AND ") + inChosen;
        QCOMPARE(w.model.selection()->count(), 7);
        finished.clear();
        w.model.bulk()->addTag(QStringLiteral(" Bulk-Tag "));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLong);
        QVERIFY(finished.first().at(0).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(scalar(db(), tagged), 7, kLong);
        QVERIFY(m_owner->drained());
        for (const qint64 id : chosen) {
            const QJsonArray tags = onServer(id).value(QStringLiteral("tags")).toArray();
            QVERIFY(tags.contains(QStringLiteral("bulk-tag")));
            QCOMPARE(QJsonDocument(tags).toJson(QJsonDocument::Compact),
                text(db(), QStringLiteral("SELECT tags FROM leads WHERE id = ?"), {id}).toUtf8());
        }
        finished.clear();
        w.model.bulk()->removeTag(QStringLiteral("bulk-tag"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(db(), tagged), 0, kLong);
        const qint64 assignee
            = scalar(db(), QStringLiteral("SELECT id FROM team WHERE role = 'sales' ORDER BY id LIMIT 1"));
        w.model.bulk()->assign(assignee);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(db(), QStringLiteral("SELECT count(*) FROM leads WHERE assignee_id = ? AND ") + inChosen,
                {assignee}),
            7, kLong);
        w.model.bulk()->assign(0);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(
                db(), QStringLiteral("SELECT count(*) FROM leads WHERE assignee_id IS NULL AND ") + inChosen),
            7, kLong);
        QVERIFY(m_owner->drained());
        for (const qint64 id : chosen) {
            const QJsonObject lead = onServer(id);
            QVERIFY(!lead.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("bulk-tag")));
            QVERIFY(lead.value(QStringLiteral("assignee_id")).isNull());
            QCOMPARE(lead.value(QStringLiteral("status")).toString(), QStringLiteral("lost"));
        }

        // The moved rows are at the bottom now, and the list follows: first the rows it holds, then,
        // once it has counted again (pages read before that start from the old page starts and are
        // read again then), every row once, in SQL's order.
        QTRY_COMPARE_WITH_TIMEOUT(
            wrongLoadedRows(w.model, truth(QStringLiteral("1"), order)), QStringList(), kLong);
        QTRY_COMPARE_WITH_TIMEOUT(walk(w.model), truth(QStringLiteral("1"), order), kLong);
        for (int row = 0; row < w.model.rowCount(); ++row) {
            if (chosen.contains(w.model.idAt(row)))
                QCOMPARE(w.model.data(w.model.index(row), LeadListModel::SyncStateRole).toInt(),
                    int(Lead::SyncState::Synced));
        }

        // Select all of a filter: exactly the leads it matches; a new filter clears the selection.
        QVERIFY(w.apply([](LeadListModel &m) { m.setStatuses({QStringLiteral("lost")}); }));
        QCOMPARE(w.model.selection()->count(), 0);
        w.model.selection()->selectAll();
        const qint64 lost = scalar(db(), QStringLiteral("SELECT count(*) FROM leads WHERE status = 'lost'"));
        QTRY_COMPARE_WITH_TIMEOUT(qint64(w.model.selection()->count()), lost, kLong);
        QVERIFY(w.model.data(w.model.index(0), LeadListModel::SelectedRole).toBool());
        QVERIFY(w.apply([](LeadListModel &m) { m.setStatuses({QStringLiteral("won")}); }));
        QCOMPARE(w.model.selection()->count(), 0);
        w.model.selection()->clear();
        QCOMPARE(w.model.selection()->count(), 0);

        // The list moving to another account (here: none) takes the selection with the old one, so
        // a bulk edit can never reach the new account's leads with the old one's ids.
        w.model.selection()->selectAll();
        QTRY_VERIFY_WITH_TIMEOUT(w.model.selection()->count() > 0, kLong);
        w.model.setRuntime(nullptr);
        QCOMPARE(w.model.selection()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLeadList)
#include "tst_leadlist.moc"
