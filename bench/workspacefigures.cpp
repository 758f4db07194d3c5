// The issue #5 figures (docs/benchmarks.md, "Dashboard and lead list"): one miraget-server seeded
// with a million leads and a million page views; the real `miraget` signs in (--login) and fills
// its encrypted cache (--sync-once); then, over that cache,
//  1. the lead list's SQL (leadquery, exactly what LeadListModel runs): anchor scans, keyset pages
//     at random positions and first pages, OFFSET pages for comparison, each on its own read-only
//     connection like the workspace's two readers;
//  2. full-text search with words and prefixes from cached lead names: first page plus count;
//  3. dashboardquery::run over the data's 90 days, cold (a fresh connection) and warm;
//  4. the real GUI (offscreen) from spawn to the model's first rows, and its resident memory;
//  5. live latency: an in-process AccountRuntime restored like the window restores it, while
//     another user changes a lead through REST; time until LeadDetail / its NotesModel show it.
// With --cache and --key-file only steps 1-3 run, against an existing cache (developer loop).
// Needs a Secret Service (./scripts/bench runs it inside a private gnome-keyring session). Prints
// one JSON object for ./scripts/bench; details go to stderr. Reports figures, asserts nothing.
#include "account/accountruntime.h"
#include "api/networkclient.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "auth/sessionloader.h"
#include "auth/signedinaccounts.h"
#include "benchsupport.h"
#include "core/appversion.h"
#include "models/dashboardquery.h"
#include "models/leaddetail.h"
#include "models/leadquery.h"
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/accountsync.h"
#include "sync/liveclient.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

namespace {
using bench::err;

const QString kOwner = QStringLiteral("owner@acme.example");
const QString kSales = QStringLiteral("sales@acme.example");
constexpr int kPage = 100; // LeadListModel::kPageSize

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

std::unique_ptr<SqlDatabase> openReader(const QString &path, const QByteArray &key)
{
    QString error;
    // The workspace's readers open the cache exactly like this (AccountRuntime::open).
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::ReadOnly, &error);
    if (!db)
        err() << "cannot open the cache: " << error << Qt::endl;
    return db;
}

void addStats(QJsonObject &out, const QString &prefix, const bench::Stats &s)
{
    out.insert(prefix + QStringLiteral("_p50_ms"), s.p50);
    out.insert(prefix + QStringLiteral("_p95_ms"), s.p95);
    out.insert(prefix + QStringLiteral("_max_ms"), s.max);
}

QString describe(const bench::Stats &s)
{
    return QStringLiteral("n %1, p50 %2 ms, p95 %3 ms, max %4 ms")
        .arg(s.n)
        .arg(s.p50, 0, 'f', 2)
        .arg(s.p95, 0, 'f', 2)
        .arg(s.max, 0, 'f', 2);
}

// ---- 1. the lead list ---------------------------------------------------------------------------

struct ListCase
{
    QString name;
    LeadFilter filter;
    LeadSort sort;
};

QList<ListCase> listCases()
{
    LeadFilter working;
    working.statuses = {QStringLiteral("new"), QStringLiteral("working")};
    working.scoreMin = 40;
    return {
        {QStringLiteral("status new/working, score >= 40, last visit desc"), working,
            {LeadSort::Column::LastVisit, true}},
        {QStringLiteral("status new/working, score >= 40, name asc"), working,
            {LeadSort::Column::Name, false}},
        {QStringLiteral("everything, last visit desc (the list as it opens)"), LeadFilter(),
            {LeadSort::Column::LastVisit, true}},
        {QStringLiteral("everything, status asc"), LeadFilter(), {LeadSort::Column::Status, false}},
    };
}

QList<qint64> idsOf(const leadquery::Page &page)
{
    QList<qint64> ids;
    for (const leadquery::Row &row : page.rows)
        ids.append(row.id);
    return ids;
}

bool leadList(const QString &path, const QByteArray &key, int samples, int firstPages, int offsetSamples,
    QJsonObject &out)
{
    QRandomGenerator random(5);
    QList<double> keyset, first, offsets, scansCold, scansWarm;
    bool match = true;
    qint64 checked = 0;
    for (const ListCase &c : listCases()) {
        // Two connections, like the workspace's scanning and interactive readers; fresh for each
        // case, so the first scan and the first page pay for decrypting their pages.
        auto scanner = openReader(path, key);
        auto reader = openReader(path, key);
        if (!scanner || !reader)
            return false;
        QElapsedTimer timer;
        timer.start();
        const leadquery::Anchors anchors = leadquery::scanAnchors(*scanner, c.filter, c.sort, kPage);
        const double coldScan = msSince(timer);
        if (!anchors.error.isEmpty()) {
            err() << c.name << ": " << anchors.error << Qt::endl;
            return false;
        }
        timer.start();
        const leadquery::Anchors again = leadquery::scanAnchors(*scanner, c.filter, c.sort, kPage);
        const double warmScan = msSince(timer);
        scansCold.append(coldScan);
        scansWarm.append(warmScan);
        match = match && again.count == anchors.count;

        QList<double> caseFirst, caseKeyset, caseOffset;
        for (int i = 0; i < firstPages; ++i) {
            timer.start();
            const leadquery::Page page
                = leadquery::fetchAfter(*reader, c.filter, c.sort, std::nullopt, kPage);
            caseFirst.append(msSince(timer));
            if (!page.error.isEmpty() || page.rows.size() != std::min<qint64>(kPage, anchors.count)) {
                err() << c.name << ": first page has " << page.rows.size() << " rows " << page.error
                      << Qt::endl;
                match = false;
            }
        }
        const qsizetype pages = anchors.keys.size(); // page p starts after keys[p]; p = 0 is the first
        for (int i = 0; i < samples && pages > 1; ++i) {
            const int p = 1 + int(random.bounded(quint32(pages - 1)));
            timer.start();
            const leadquery::Page page
                = leadquery::fetchAfter(*reader, c.filter, c.sort, anchors.keys.at(p), kPage);
            caseKeyset.append(msSince(timer));
            const qint64 expected = std::min<qint64>(kPage, anchors.count - qint64(p) * kPage);
            if (!page.error.isEmpty() || page.rows.size() != expected) {
                if (match)
                    err() << c.name << ": page " << p << " has " << page.rows.size() << " rows, expected "
                          << expected << " " << page.error << Qt::endl;
                match = false;
            }
            if (i < offsetSamples) {
                // What the same page costs by OFFSET (before the anchors are known), and whether
                // both ways give the same rows.
                timer.start();
                const leadquery::Page byOffset
                    = leadquery::fetchAt(*reader, c.filter, c.sort, qint64(p) * kPage, kPage);
                caseOffset.append(msSince(timer));
                if (idsOf(byOffset) != idsOf(page)) {
                    if (match)
                        err() << c.name << ": page " << p << " differs from OFFSET " << qint64(p) * kPage
                              << Qt::endl;
                    match = false;
                }
                ++checked;
            }
        }
        err() << "  " << c.name << ": " << anchors.count << " leads, " << pages << " pages" << Qt::endl
              << "    anchor scan " << coldScan << " ms cold, " << warmScan << " ms warm" << Qt::endl
              << "    first page " << describe(bench::statsOf(caseFirst)) << Qt::endl
              << "    keyset page " << describe(bench::statsOf(caseKeyset)) << Qt::endl
              << "    OFFSET page " << describe(bench::statsOf(caseOffset)) << Qt::endl;
        first += caseFirst;
        keyset += caseKeyset;
        offsets += caseOffset;
    }
    const bench::Stats pagesStats = bench::statsOf(keyset + first);
    addStats(out, QStringLiteral("lead_page"), pagesStats);
    addStats(out, QStringLiteral("lead_random_page"), bench::statsOf(keyset));
    addStats(out, QStringLiteral("lead_first_page"), bench::statsOf(first));
    addStats(out, QStringLiteral("lead_offset_page"), bench::statsOf(offsets));
    out.insert(QStringLiteral("lead_anchor_scan_ms"), bench::statsOf(scansCold).max);
    out.insert(QStringLiteral("lead_anchor_scan_warm_ms"), bench::statsOf(scansWarm).max);
    out.insert(QStringLiteral("lead_pages_match_offset"), match && checked > 0);
    return true;
}

// ---- 2. search ----------------------------------------------------------------------------------

struct SearchTerm
{
    QString kind;
    QString text;
};

// Words and prefixes of the names of leads picked at random: a whole word, a word and the start
// of the next (typing), a three-letter prefix, and the whole name.
QList<SearchTerm> searchTerms(SqlDatabase &db, int leads)
{
    QList<SearchTerm> terms;
    QRandomGenerator random(11);
    const qint64 maxId = db.scalar(QStringLiteral("SELECT max(id) FROM leads"));
    SqlStatement name(db, QStringLiteral("SELECT name FROM leads WHERE id >= ? ORDER BY id LIMIT 1"));
    for (int i = 0; i < leads && maxId > 0; ++i) {
        name.reset();
        name.bind(1, qint64(1 + random.bounded(quint64(maxId))));
        if (name.step() != SqlStatement::Step::Row)
            continue;
        const QStringList words = name.text(0).split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 2)
            continue;
        terms.append({QStringLiteral("word"), words.at(0)});
        terms.append({QStringLiteral("word + prefix"), words.at(0) + u' ' + words.at(1).left(3)});
        terms.append({QStringLiteral("3-letter prefix"), words.at(random.bounded(2)).left(3)});
        terms.append({QStringLiteral("whole name"), name.text(0)});
    }
    return terms;
}

bool search(const QString &path, const QByteArray &key, int leads, QJsonObject &out)
{
    auto scanner = openReader(path, key);
    auto reader = openReader(path, key);
    if (!scanner || !reader)
        return false;
    const QList<SearchTerm> terms = searchTerms(*reader, leads);
    QList<double> total, firstPage, count;
    QMap<QString, QList<double>> byKind;
    QMap<QString, QList<double>> matchesByKind;
    const LeadSort sort; // the list's default order: last visit, newest first
    for (const SearchTerm &term : terms) {
        LeadFilter filter;
        filter.search = term.text;
        // What the model does for a new search: the first page on the interactive reader, the
        // count and page starts on the scanning reader (in parallel there; here one after the
        // other, and the figure is their sum).
        QElapsedTimer timer;
        timer.start();
        const leadquery::Page page = leadquery::fetchAfter(*reader, filter, sort, std::nullopt, kPage);
        const double pageMs = msSince(timer);
        timer.start();
        const leadquery::Anchors anchors = leadquery::scanAnchors(*scanner, filter, sort, kPage);
        const double countMs = msSince(timer);
        if (!page.error.isEmpty() || !anchors.error.isEmpty() || anchors.count < 1) {
            err() << "search \"" << term.text << "\": " << anchors.count << " matches " << page.error
                  << anchors.error << Qt::endl;
            return false;
        }
        firstPage.append(pageMs);
        count.append(countMs);
        total.append(pageMs + countMs);
        byKind[term.kind].append(pageMs + countMs);
        matchesByKind[term.kind].append(double(anchors.count));
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        err() << "  search, " << it.key() << ": " << describe(bench::statsOf(*it)) << "; matches p50 "
              << bench::statsOf(matchesByKind.value(it.key())).p50 << ", max "
              << bench::statsOf(matchesByKind.value(it.key())).max << Qt::endl;
    addStats(out, QStringLiteral("lead_search"), bench::statsOf(total));
    addStats(out, QStringLiteral("lead_search_first_page"), bench::statsOf(firstPage));
    addStats(out, QStringLiteral("lead_search_count"), bench::statsOf(count));
    out.insert(QStringLiteral("lead_search_terms"), terms.size());
    return true;
}

// ---- 3. the dashboard ---------------------------------------------------------------------------

bool dashboard(const QString &path, const QByteArray &key, QJsonObject &out)
{
    using namespace dashboardquery;
    auto db = openReader(path, key);
    if (!db)
        return false;
    // The data's own 90 days (the seed's history ends at its anchor), so every day has events.
    const qint64 lastHour = db->scalar(QStringLiteral("SELECT max(hour) FROM agg_hourly"));
    const QDateTime to = QDateTime::fromSecsSinceEpoch((lastHour + 1) * 3600, Qt::UTC);
    const QDateTime from = to.addDays(-90);
    const qint64 busiestSite = db->scalar(QStringLiteral(
        "SELECT site_id FROM agg_hourly GROUP BY site_id ORDER BY sum(pageviews) DESC LIMIT 1"));
    QList<Params> combos;
    for (const qint64 site : {qint64(0), busiestSite}) {
        for (const Bucket bucket : {Bucket::Day, Bucket::Hour}) {
            for (const Metric metric : {Metric::Pageviews, Metric::Visitors}) {
                Params p;
                p.from = from;
                p.to = to;
                p.bucket = bucket;
                p.metric = metric;
                p.siteId = site;
                combos.append(p);
            }
        }
    }
    const auto name = [](const Params &p) {
        return QStringLiteral("%1, %2 buckets, %3")
            .arg(p.siteId > 0 ? QStringLiteral("site %1").arg(p.siteId) : QStringLiteral("all sites"),
                p.bucket == Bucket::Hour ? QStringLiteral("hour") : QStringLiteral("day"),
                p.metric == Metric::Visitors ? QStringLiteral("visitors") : QStringLiteral("page views"));
    };
    // Cold: the first run on a connection of its own (its page cache empty, so every page read is
    // decrypted; the file itself is in the OS cache), twice per combination. Warm: five more runs
    // on one connection. One run beforehand, not counted, pays for what a process does once
    // (time zone data, the first statements), which the app has done long before.
    run(*db, combos.constFirst());
    QList<double> cold, warm, visitorErrors;
    bool exact = true;
    bool estimated = false;
    for (const Params &p : std::as_const(combos)) {
        {
            auto other = openReader(path, key);
            if (!other)
                return false;
            QElapsedTimer timer;
            timer.start();
            run(*other, p);
            cold.append(msSince(timer));
        }
        auto fresh = openReader(path, key);
        if (!fresh)
            return false;
        QElapsedTimer timer;
        timer.start();
        const Result first = run(*fresh, p);
        cold.append(msSince(timer));
        if (!first.error.isEmpty()) {
            err() << "dashboard: " << first.error << Qt::endl;
            return false;
        }
        QList<double> runs;
        for (int i = 0; i < 5; ++i) {
            timer.start();
            const Result again = run(*fresh, p);
            runs.append(msSince(timer));
        }
        warm += runs;
        // The KPIs against the raw events, so a faster aggregate cannot be a wrong one: page views,
        // new and hot leads exactly; visitors exactly, or within 2.5 standard errors (2 %) when
        // they are estimated from sketches.
        SqlStatement truth(*db,
            QStringLiteral("SELECT count(*), count(DISTINCT visitor_id) FROM pageviews"
                           " WHERE viewed_at >= ? AND viewed_at < ?%1")
                .arg(p.siteId > 0 ? QStringLiteral(" AND site_id = %1").arg(p.siteId) : QString()));
        truth.bind(1, p.from.toSecsSinceEpoch()).bind(2, p.to.toSecsSinceEpoch());
        SqlStatement leadTruth(*db,
            QStringLiteral("SELECT count(*), ifnull(sum(score >= %1), 0) FROM leads"
                           " WHERE created_at >= ? AND created_at < ?%2")
                .arg(kHotScore)
                .arg(p.siteId > 0 ? QStringLiteral(" AND site_id = %1").arg(p.siteId) : QString()));
        leadTruth.bind(1, p.from.toSecsSinceEpoch()).bind(2, p.to.toSecsSinceEpoch());
        if (truth.step() != SqlStatement::Step::Row || leadTruth.step() != SqlStatement::Step::Row) {
            err() << "dashboard: cannot count the events: " << truth.error() << leadTruth.error() << Qt::endl;
            return false;
        }
        const double visitorsError = double(first.current.visitors - truth.integer(1))
            / double(std::max<qint64>(1, truth.integer(1)));
        visitorErrors.append(std::abs(visitorsError) * 100);
        estimated = estimated || first.current.visitorsEstimated;
        const bool visitorsRight = first.current.visitorsEstimated
            ? std::abs(visitorsError) <= 0.02
            : truth.integer(1) == first.current.visitors;
        if (truth.integer(0) != first.current.pageviews || !visitorsRight
            || leadTruth.integer(0) != first.current.newLeads
            || leadTruth.integer(1) != first.current.hotLeads) {
            err() << "dashboard " << name(p) << ": " << first.current.pageviews << " page views, "
                  << first.current.visitors << " visitors, " << first.current.newLeads << " new leads ("
                  << first.current.hotLeads << " hot); the cache's rows say " << truth.integer(0) << ", "
                  << truth.integer(1) << ", " << leadTruth.integer(0) << " (" << leadTruth.integer(1) << ")"
                  << Qt::endl;
            exact = false;
        }
        err() << "  dashboard, " << name(p) << ": cold " << cold.at(cold.size() - 2) << " and "
              << cold.constLast() << " ms, warm " << describe(bench::statsOf(runs)) << " ("
              << first.current.pageviews << " page views, " << first.current.visitors
              << (first.current.visitorsEstimated ? " visitors (estimated), " : " visitors, ")
              << first.series.size() << " points)" << Qt::endl;
    }
    const bench::Stats coldStats = bench::statsOf(cold);
    const bench::Stats warmStats = bench::statsOf(warm);
    out.insert(QStringLiteral("dashboard_aggregate_ms"), std::max(coldStats.p95, warmStats.p95));
    out.insert(QStringLiteral("dashboard_aggregate_cold_p95_ms"), coldStats.p95);
    out.insert(QStringLiteral("dashboard_aggregate_warm_p95_ms"), warmStats.p95);
    out.insert(QStringLiteral("dashboard_aggregate_warm_p50_ms"), warmStats.p50);
    out.insert(QStringLiteral("dashboard_kpis_match_events"), exact);
    out.insert(QStringLiteral("dashboard_visitors_estimated"), estimated);
    out.insert(QStringLiteral("dashboard_visitors_error_max_pct"), bench::statsOf(visitorErrors).max);
    return true;
}

// ---- 4. the window: first rows and memory -------------------------------------------------------

bool window(const AppProfile &profile, int launches, QJsonObject &out)
{
    // The screen the window opens on (AppSettings, ui/appsettings.cpp): the lead list.
    QSettings(profile.path(QStringLiteral("config")) + QStringLiteral("/ui.ini"), QSettings::IniFormat)
        .setValue(QStringLiteral("lastScreen"), QStringLiteral("leads"));
    QList<double> times, rss;
    for (int i = 0; i < launches; ++i) {
        const WindowLaunch launch = launchWindow(profile, 3000);
        if (!launch.ok) {
            err() << "miraget (window): " << launch.error << ": " << QString::fromUtf8(launch.log.right(3000))
                  << Qt::endl;
            return false;
        }
        err() << "  window " << i + 1 << ": first " << launch.rows << " rows after " << launch.firstRowsMs
              << " ms, VmRSS " << launch.rssMb << " MB three seconds later" << Qt::endl;
        times.append(launch.firstRowsMs);
        rss.append(launch.rssMb);
    }
    out.insert(QStringLiteral("first_rows_ms"), bench::statsOf(times).p50);
    out.insert(QStringLiteral("first_rows_max_ms"), bench::statsOf(times).max);
    out.insert(QStringLiteral("rss_mb_1m_leads"), bench::statsOf(rss).max);
    out.insert(QStringLiteral("window_launches"), launches);
    return true;
}

// ---- 5. live latency ----------------------------------------------------------------------------

bool live(const AppProfile &profile, const QUrl &server, int samples, QJsonObject &out)
{
    // This process restores the profile's account the way the window does (Workspace::restore):
    // tokens from the keychain, server metadata, the cache key, AccountRuntime over the cache.
    profile.adoptInThisProcess();
    NetworkClient network;
    SecretStore secrets;
    SignedInAccounts accounts(profile.name(), secrets);
    const AccountRegistry::Account account = accounts.registry().current();
    std::shared_ptr<Session> session;
    QString error;
    bool loaded = false;
    sessionloader::load(network, secrets, accounts, account, &network, [&](const sessionloader::Loaded &l) {
        if (loaded)
            return;
        loaded = true;
        session = l.session;
        error = l.error;
    });
    if (!QTest::qWaitFor([&] { return loaded; }, 60000) || !session) {
        err() << "cannot restore the session: " << error << Qt::endl;
        return false;
    }
    const QByteArray key = accounts.cache().readKey(account, &error);
    auto workspace = std::make_unique<AccountRuntime>(session, account);
    if (key.isEmpty() || !workspace->open(accounts.cache().databasePath(account), key, &error)) {
        err() << "cannot open the workspace: " << error << Qt::endl;
        return false;
    }
    int runs = 0;
    QObject::connect(&workspace->sync().engine(), &SyncEngine::runFinished, workspace.get(),
        [&runs](const SyncSummary &) { ++runs; });
    workspace->start(3600);
    if (!QTest::qWaitFor(
            [&] {
                return runs > 0 && workspace->sync().engine().state() == SyncEngine::State::Idle
                    && workspace->sync().live().state() == LiveClient::State::Connected;
            },
            300000)) {
        err() << "the workspace did not catch up and connect" << Qt::endl;
        return false;
    }

    // Another user of the account changes one lead; this user has it open.
    OAuthBrowser browser(server);
    const OAuthBrowser::Tokens tokens = browser.signIn(kSales);
    if (!tokens.ok()) {
        err() << "sign-in of " << kSales << " failed" << Qt::endl;
        return false;
    }
    HttpClient http(server);
    http.setBearer(tokens.access);
    const QJsonObject target = http.firstItem(QStringLiteral("leads"));
    const qint64 leadId = target.value(QStringLiteral("id")).toInteger();
    qint64 version = target.value(QStringLiteral("version")).toInteger();
    LeadDetail detail;
    detail.setRuntime(workspace.get());
    detail.setLeadId(leadId);
    NotesModel *notes = detail.notes();
    if (!QTest::qWaitFor([&] { return detail.found() && !detail.loading() && !notes->loading(); }, 30000)) {
        err() << "lead " << leadId << " did not load" << Qt::endl;
        return false;
    }

    QRandomGenerator random(3);
    QList<double> all, noteLatency, statusLatency, answered;
    for (int i = 0; i < samples; ++i) {
        const bool note = i % 2 == 0;
        const QString body
            = QStringLiteral("bench note %1 %2").arg(i).arg(QDateTime::currentMSecsSinceEpoch());
        // Back and forth between two statuses, always to the one the lead does not have.
        const QString status = detail.lead().value(QStringLiteral("status")).toString() == u"working"
            ? QStringLiteral("qualified")
            : QStringLiteral("working");
        const auto shown = [&] {
            return note ? notes->indexOf(QStringLiteral("body"), body) >= 0
                        : detail.lead().value(QStringLiteral("status")).toString() == status;
        };
        double seenMs = -1;
        QElapsedTimer timer;
        const auto check = [&] {
            if (seenMs < 0 && shown())
                seenMs = msSince(timer);
        };
        QMetaObject::Connection onNotes
            = QObject::connect(notes, &QAbstractItemModel::modelReset, notes, check);
        QMetaObject::Connection onRows
            = QObject::connect(notes, &QAbstractItemModel::rowsInserted, notes, check);
        QMetaObject::Connection onLead = QObject::connect(&detail, &LeadDetail::changed, &detail, check);
        timer.start();
        // The request runs a nested event loop: the model may show the change before it returns.
        const HttpClient::Response reply = note
            ? http.postJson(
                QStringLiteral("/v1/leads/%1/notes").arg(leadId), {{QStringLiteral("body"), body}})
            : http.patchJson(QStringLiteral("/v1/leads/%1").arg(leadId), {{QStringLiteral("status"), status}},
                HttpClient::ifMatch(version));
        answered.append(msSince(timer));
        if (reply.status != (note ? 201 : 200)) {
            err() << "change " << i << " answered " << reply.status << ": " << QString::fromUtf8(reply.body)
                  << Qt::endl;
            return false;
        }
        if (!note)
            version = reply.json().value(QStringLiteral("version")).toInteger();
        const bool seen = QTest::qWaitFor([&] { return seenMs >= 0; }, 10000);
        QObject::disconnect(onNotes);
        QObject::disconnect(onRows);
        QObject::disconnect(onLead);
        if (!seen) {
            err() << "change " << i << " never reached the model" << Qt::endl;
            return false;
        }
        all.append(seenMs);
        (note ? noteLatency : statusLatency).append(seenMs);
        pause(200 + int(random.bounded(300))); // not in step with the models' coalescing timers
    }
    err() << "  live, note → NotesModel: " << describe(bench::statsOf(noteLatency)) << Qt::endl
          << "  live, status → LeadDetail.lead: " << describe(bench::statsOf(statusLatency)) << Qt::endl
          << "  REST answer: " << describe(bench::statsOf(answered)) << Qt::endl;
    addStats(out, QStringLiteral("live_latency"), bench::statsOf(all));
    out.insert(QStringLiteral("live_latency_samples"), all.size());
    out.insert(QStringLiteral("live_rest_answer_p50_ms"), bench::statsOf(answered).p50);
    detail.setRuntime(nullptr);
    workspace.reset();
    session.reset();
    return true;
}

struct QueryOptions
{
    int pages = 200;
    int firstPages = 10;
    int searchLeads = 30;
    QStringList only; // "pages", "search", "dashboard"; empty: all
};

bool queries(const QString &path, const QByteArray &key, const QueryOptions &o, QJsonObject &out)
{
    const auto wanted
        = [&o](const char *part) { return o.only.isEmpty() || o.only.contains(QLatin1String(part)); };
    if (wanted("pages")) {
        err() << "bench_workspace: lead list pages..." << Qt::endl;
        if (!leadList(path, key, o.pages, o.firstPages, std::max(1, o.pages / 10), out))
            return false;
    }
    if (wanted("search")) {
        err() << "bench_workspace: search..." << Qt::endl;
        if (!search(path, key, o.searchLeads, out))
            return false;
    }
    if (wanted("dashboard")) {
        err() << "bench_workspace: dashboard..." << Qt::endl;
        if (!dashboard(path, key, out))
            return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the app, so this process finds the profile's files where the app keeps them.
    QCoreApplication::setApplicationName(AppVersion::applicationName());
    QCoreApplication::setOrganizationName(AppVersion::organizationName());
    QCoreApplication::setOrganizationDomain(AppVersion::organizationDomain());
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption leads(QStringLiteral("leads"), QStringLiteral("Seeded leads."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Seeded page views."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption pages(QStringLiteral("pages"),
        QStringLiteral("Random pages per lead list case."), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption firstPages(QStringLiteral("first-pages"),
        QStringLiteral("First pages per lead list case."), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption searches(QStringLiteral("search-leads"),
        QStringLiteral("Leads whose names give search terms (four each)."), QStringLiteral("n"),
        QStringLiteral("30"));
    const QCommandLineOption launches(QStringLiteral("launches"),
        QStringLiteral("Launches of the window for first rows and memory."), QStringLiteral("n"),
        QStringLiteral("3"));
    const QCommandLineOption liveSamples(QStringLiteral("live-samples"),
        QStringLiteral("Changes timed from REST to the model."), QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
        QStringLiteral("Only the query figures, over this existing cache (needs --key-file)."),
        QStringLiteral("file"));
    const QCommandLineOption keyOption(
        QStringLiteral("key-file"), QStringLiteral("The cache's raw key, hex."), QStringLiteral("file"));
    const QCommandLineOption syncLog(QStringLiteral("sync-log"),
        QStringLiteral("Write miraget --sync-once's output (progress, timed log) to this file."),
        QStringLiteral("file"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
        QStringLiteral("With --cache: only these query figures (pages, search, dashboard; comma-separated)."),
        QStringLiteral("parts"));
    const QCommandLineOption keepOption(QStringLiteral("keep-cache"),
        QStringLiteral("Copy the synced cache here and its key (hex) to <file>.key, for --cache."),
        QStringLiteral("file"));
    parser.addOptions({leads, events, pages, firstPages, searches, launches, liveSamples, cacheOption,
        keyOption, onlyOption, keepOption, syncLog});
    parser.process(app);
    QJsonObject out;
    const QueryOptions queryOptions {std::max(1, parser.value(pages).toInt()),
        std::max(1, parser.value(firstPages).toInt()), std::max(1, parser.value(searches).toInt()),
        parser.value(onlyOption).split(u',', Qt::SkipEmptyParts)};

    if (parser.isSet(cacheOption)) {
        QFile keyFile(parser.value(keyOption));
        if (!keyFile.open(QIODevice::ReadOnly)) {
            err() << "--cache needs --key-file" << Qt::endl;
            return 1;
        }
        const QByteArray key = QByteArray::fromHex(keyFile.readAll().trimmed());
        if (!queries(parser.value(cacheOption), key, queryOptions, out))
            return 1;
        QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    ServerProcess server(
        {QStringLiteral("--seed-leads"), parser.value(leads), QStringLiteral("--seed-events"),
            parser.value(events), QStringLiteral("--seed-anchor"), QStringLiteral("2026-11-01T00:00:00Z")});
    if (!server.start(1800000)) {
        err() << "server did not start: " << server.errorText() << Qt::endl;
        return 1;
    }
    out.insert(QStringLiteral("workspace_server_seed_s"), timer.elapsed() / 1000.0);

    err() << "bench_workspace: miraget --login, then --sync-once of the whole data set..." << Qt::endl;
    AppProfile profile(QStringLiteral("bench-workspace"));
    QString error;
    if (!profile.login(server.url(), kOwner, &error)) {
        err() << error << Qt::endl;
        return 1;
    }
    // Per-collection "caught up" lines with a clock, so the log shows where the sync spent its time.
    const AppRun sync = profile.run({QStringLiteral("--sync-once")},
        {{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("miraget.sync.debug=true")},
            {QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("[%{time process}] %{message}")}},
        7200000);
    if (parser.isSet(syncLog)) {
        QFile log(parser.value(syncLog));
        if (log.open(QIODevice::WriteOnly))
            log.write(sync.errText + sync.out);
    }
    const QJsonObject summary = QJsonDocument::fromJson(sync.out).object();
    if (sync.exitCode != 0 || !summary.value(QStringLiteral("ok")).toBool()) {
        err() << "miraget --sync-once failed (exit " << sync.exitCode
              << "): " << QString::fromUtf8(sync.errText) << Qt::endl;
        return 1;
    }
    const QJsonObject collections = summary.value(QStringLiteral("collections")).toObject();
    const auto cached = [&](const char *name) {
        return collections.value(QLatin1String(name))
            .toObject()
            .value(QStringLiteral("upserted"))
            .toInteger();
    };
    out.insert(QStringLiteral("workspace_sync_s"), sync.wallMs / 1000.0);
    out.insert(QStringLiteral("workspace_cached_leads"), cached("leads"));
    out.insert(QStringLiteral("workspace_cached_pageviews"), cached("pageviews"));
    const QString cachePath = profile.cachePath();
    const QByteArray key = profile.cacheKey(&error);
    if (cachePath.isEmpty() || key.isEmpty()) {
        err() << "cannot find the synced cache or its key: " << error << Qt::endl;
        return 1;
    }
    out.insert(QStringLiteral("workspace_cache_file_mb"),
        (QFileInfo(cachePath).size() + QFileInfo(cachePath + QStringLiteral("-wal")).size()) / 1e6);
    err() << "  synced " << cached("leads") << " leads and " << cached("pageviews") << " page views in "
          << sync.wallMs / 1000.0 << " s" << Qt::endl;
    if (parser.isSet(keepOption)) {
        const QString keep = parser.value(keepOption);
        QFile::remove(keep);
        QFile::remove(keep + QStringLiteral("-wal"));
        QFile keyFile(keep + QStringLiteral(".key"));
        if (QFile::exists(cachePath + QStringLiteral("-wal")))
            QFile::copy(cachePath + QStringLiteral("-wal"), keep + QStringLiteral("-wal"));
        if (!QFile::copy(cachePath, keep) || !keyFile.open(QIODevice::WriteOnly)
            || keyFile.write(key.toHex()) <= 0) {
            err() << "cannot keep the cache at " << keep << Qt::endl;
            return 1;
        }
    }

    if (!queries(cachePath, key, queryOptions, out))
        return 1;
    err() << "bench_workspace: the window (offscreen), first rows and memory..." << Qt::endl;
    if (!window(profile, std::max(1, parser.value(launches).toInt()), out))
        return 1;
    err() << "bench_workspace: live latency..." << Qt::endl;
    if (!live(profile, server.url(), std::max(1, parser.value(liveSamples).toInt()), out))
        return 1;
    profile.logout();
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
