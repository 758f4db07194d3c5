// bench_workspace, parts 1 and 2: the lead list's pages and full-text search over a synced cache,
// through leadquery, exactly what LeadListModel runs (docs/benchmarks.md).

#include "workspacefigures.h"

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

namespace workspacefigures {
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

} // namespace workspacefigures
