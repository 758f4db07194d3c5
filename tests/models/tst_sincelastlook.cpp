// "Since you last looked" end to end: a real miraget-server, the owner signed in through the real
// flow, a real AccountRuntime over a real SQLCipher cache. After the first sync the digest is empty
// (what a first sync brings is not news); then changes are made on the server — by a teammate
// through the REST API (a lead reassigned to the owner, notes), and in the server's own database
// while it is stopped for what the API cannot do (scores rise by 20 and by 19, a lead crosses to
// hot, a target account comes back, a new lead on a target account visits for the first time, a
// hidden company changes) — and SinceLastLookModel, watched by QAbstractItemModelTester, must list
// exactly what counts, section by section, and nothing of a hidden company or of the owner's own
// assignment. "Mark all seen" empties it; the digest is the same after the server goes away and the
// app starts again (the mark survives), and what changed while the app was closed shows after the
// catch-up sync.
#include "modeltestsupport.h"

#include "account/accountruntime.h"
#include "httpclient.h"
#include "models/sincelastlookmodel.h"
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/outbox.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace modeltest;
using Section = SinceLastLook::Section;

namespace {
constexpr int kLeads = 300;

struct Listed
{
    qint64 leadId = 0;
    QString detail;
    QDateTime time;
};

// The model's entries of `section` (without its "more" row), in order.
QList<Listed> listed(const SinceLastLookModel &model, Section section)
{
    QList<Listed> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(SinceLastLookModel::SectionRole).toInt() != int(section)
            || index.data(SinceLastLookModel::MoreRole).toInt() != 0)
            continue;
        out.append({index.data(SinceLastLookModel::LeadIdRole).toLongLong(),
            index.data(SinceLastLookModel::DetailRole).toString(),
            index.data(SinceLastLookModel::TimeRole).toDateTime()});
    }
    return out;
}

QSet<qint64> leadIds(const QList<Listed> &entries)
{
    QSet<qint64> out;
    for (const Listed &entry : entries)
        out.insert(entry.leadId);
    return out;
}

QString describe(const SinceLastLookModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        lines.append(QStringLiteral("%1 lead %2: %3")
                         .arg(index.data(SinceLastLookModel::SectionRole).toInt())
                         .arg(index.data(SinceLastLookModel::LeadIdRole).toLongLong())
                         .arg(index.data(SinceLastLookModel::DetailRole).toString()));
    }
    return lines.join(u'\n');
}

// A REST client signed in as another demo user.
struct Teammate
{
    std::unique_ptr<HttpClient> http;
    qint64 id = 0;
};

Teammate signIn(const QUrl &server, const QString &email)
{
    Teammate mate;
    OAuthBrowser browser(server);
    const OAuthBrowser::Tokens tokens = browser.signIn(email);
    if (!tokens.ok())
        return mate;
    mate.http = std::make_unique<HttpClient>(server);
    mate.http->setBearer(tokens.access);
    mate.id = mate.http->get(QStringLiteral("/v1/me")).json().value(QStringLiteral("id")).toInteger();
    return mate;
}

bool patchLead(HttpClient &http, qint64 id, const QJsonObject &change)
{
    const QJsonObject lead = http.get(QStringLiteral("/v1/leads/%1").arg(id)).json();
    const HttpClient::Response reply
        = http.patchJson(QStringLiteral("/v1/leads/%1").arg(id), change, HttpClient::ifMatch(lead));
    if (reply.status != 200)
        qWarning() << "PATCH lead" << id << reply.status << reply.body;
    return reply.status == 200;
}

qint64 addNote(HttpClient &http, qint64 leadId, const QString &body)
{
    const HttpClient::Response reply
        = http.postJson(QStringLiteral("/v1/leads/%1/notes").arg(leadId), {{QStringLiteral("body"), body}});
    if (reply.status != 201)
        qWarning() << "POST note" << leadId << reply.status << reply.body;
    return reply.status == 201 ? reply.json().value(QStringLiteral("id")).toInteger() : 0;
}

// Changes the stopped server's own database the way its live traffic does: each changed row gets a
// new seq (above every seq the server has handed out), so the next sync brings it.
class ServerEdit
{
public:
    explicit ServerEdit(const QString &path)
    {
        QString error;
        m_db = SqlDatabase::openUnencrypted(path, &error);
        if (!m_db) {
            qWarning() << "cannot open the server's database:" << error;
            return;
        }
        SqlStatement tables(*m_db,
            QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%seq INTEGER%'"));
        QStringList names;
        while (tables.step() == SqlStatement::Step::Row)
            names.append(tables.text(0));
        for (const QString &table : names)
            m_seq = std::max(m_seq, m_db->scalar(QStringLiteral("SELECT max(seq) FROM \"%1\"").arg(table)));
    }

    bool ok() const { return m_db && m_seq > 0 && m_ok; }

    void run(const QString &sql, const QVariantList &binds)
    {
        if (!m_db)
            return;
        SqlStatement statement(*m_db, sql);
        statement.bindAll(binds);
        if (!statement.execute()) {
            qWarning() << "server edit failed:" << statement.error() << sql;
            m_ok = false;
        }
    }
    qint64 nextSeq() { return ++m_seq; }

    void raiseScore(qint64 leadId, int by, qint64 now)
    {
        run(QStringLiteral("UPDATE leads SET score = min(100, score + ?), updated_at = ?, seq = ?,"
                           " version = version + 1 WHERE id = ?"),
            {by, now, nextSeq(), leadId});
    }
    void assign(qint64 leadId, qint64 assignee, qint64 now)
    {
        run(QStringLiteral("UPDATE leads SET assignee_id = ?, updated_at = ?, seq = ?, version = version + 1"
                           " WHERE id = ?"),
            {assignee, now, nextSeq(), leadId});
    }
    // A visit starting now, counted on the lead like the live traffic does.
    void visit(qint64 leadId, qint64 now)
    {
        run(QStringLiteral(
                "INSERT INTO visits(account_id, site_id, lead_id, visitor_id, started_at, ended_at,"
                " page_views, landing_url, referrer, device_type, os, browser, screen, seq)"
                " SELECT account_id, site_id, id, 'v_digest' || id, ?1, ?1, 1,"
                " 'https://acme-analytics.example/pricing', '', 'desktop', 'Linux', 'Firefox',"
                " '1920x1080', ?2 FROM leads WHERE id = ?3"),
            {now, nextSeq(), leadId});
        run(QStringLiteral("UPDATE leads SET visits = visits + 1, page_views = page_views + 1,"
                           " last_visit_at = ?, updated_at = ?, seq = ?, version = version + 1 WHERE id = ?"),
            {now, now, nextSeq(), leadId});
    }
    // A company identified for the first time: a new lead with its first visit now.
    qint64 newLead(const QString &name, const QString &domain, int score, qint64 now)
    {
        const qint64 id = m_db->scalar(QStringLiteral("SELECT max(id) + 1 FROM leads"));
        run(QStringLiteral(
                "INSERT INTO leads(id, account_id, site_id, name, domain, industry, size, country, city, "
                "score,"
                " status, assignee_id, tags, first_visit_at, last_visit_at, visits, page_views, crm_state,"
                " created_at, updated_at, version, seq) SELECT ?1, account_id, site_id, ?2, ?3, industry, "
                "size,"
                " country, city, ?4, 'new', NULL, '[]', ?5, ?5, 1, 1, 'none', ?5, ?5, 1, ?6 FROM leads"
                " WHERE account_id = 1 ORDER BY id LIMIT 1"),
            {id, name, domain, score, now, nextSeq()});
        return id;
    }

private:
    std::unique_ptr<SqlDatabase> m_db;
    qint64 m_seq = 0;
    bool m_ok = true;
};
} // namespace

class TestSinceLastLook : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SignedInAccount> m_owner;
    std::unique_ptr<SinceLastLookModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Teammate m_sales;

    // The model has read the cache as it is now (after the writer and the readers are idle). A
    // sync's changes reach it after a second's gathering (kLiveReloadDelayMs), while `loading` is
    // still false: without waiting that out, a check could read the digest from before the sync.
    bool settled(const std::function<bool()> &also = [] { return true; })
    {
        return waitFor([&] { return !m_model->loading() && !m_model->reloadPending() && also(); });
    }

    void attachModel()
    {
        m_tester.reset();
        m_model = std::make_unique<SinceLastLookModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setRuntime(&m_owner->runtime());
    }

    // Stops the server, lets `edit` change its database, starts it again and syncs.
    void editOnServer(const std::function<void(ServerEdit &)> &edit)
    {
        m_server->stop();
        {
            ServerEdit server(m_server->databasePath());
            QVERIFY(server.ok());
            edit(server);
            QVERIFY(server.ok());
        }
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(m_owner->syncOnce());
    }

    // Seconds since the epoch, strictly after the mark (changes in the mark's own second would be
    // neither before nor after it).
    qint64 afterTheMark()
    {
        const qint64 mark = m_model->lastLookAt().toSecsSinceEpoch();
        waitFor([&] { return QDateTime::currentSecsSinceEpoch() > mark; }, 3000);
        return QDateTime::currentSecsSinceEpoch();
    }

    void markAllSeen()
    {
        const QDateTime before = m_model->lastLookAt();
        QTest::qWait(1100); // the mark has a resolution of seconds: this one is later
        m_model->markAllSeen();
        QVERIFY(settled([&] { return m_model->lastLookAt() > before && m_model->total() == 0; }));
    }

    // Picks the leads a test changes: shown (not hidden), not on a target list, not the owner's,
    // with a score in [low, high].
    qint64 pickLead(int low, int high, const QSet<qint64> &taken)
    {
        const QList<qint64> found = ids(m_owner->db(),
            QStringLiteral("SELECT id FROM leads WHERE score BETWEEN ? AND ? AND assignee_id IS NOT ?"
                           " AND id NOT IN (SELECT lead_id FROM hidden_leads)"
                           " AND domain NOT IN (SELECT domain FROM target_accounts) ORDER BY id"),
            {low, high, m_owner->userId()});
        for (const qint64 id : found)
            if (!taken.contains(id))
                return id;
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = keychainProblem();
        if (!problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
        // No live traffic: every change is the test's own. Pages of 100 leads: the first sync loads
        // leads in bulk, as a big account's does.
        qputenv("MIRAGET_SYNC_PAGE_LIMIT", "100");
        m_server = std::make_unique<TestServer>(ServerProcess::seed(kLeads, 3000));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_owner = std::make_unique<SignedInAccount>();
        QVERIFY2(m_owner->open(m_server->url(), kOwner, &error), qPrintable(error));
        m_sales = signIn(m_server->url(), kSales);
        QVERIFY(m_sales.http && m_sales.id > 0);
        attachModel();
    }

    void cleanupTestCase()
    {
        if (m_model)
            m_model->setRuntime(nullptr);
        m_tester.reset();
        m_model.reset();
        m_owner.reset();
        m_server.reset();
        qunsetenv("MIRAGET_SYNC_PAGE_LIMIT");
    }

    // The first sync brought the whole account, and none of it is news: the mark is set when it
    // ends, nothing was kept before it, and the digest is empty.
    void aFirstSyncIsNotNews()
    {
        SqlDatabase &truth = m_owner->db();
        QCOMPARE(scalar(truth, QStringLiteral("SELECT count(*) FROM leads")), qint64(kLeads));
        QCOMPARE(scalar(truth, QStringLiteral("SELECT count(*) FROM bulk_pending")), qint64(0));
        QVERIFY(scalar(truth, QStringLiteral("SELECT count(*) FROM notes")) > 0);
        const qint64 mark = scalar(
            truth, QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'last_look_at'"));
        QVERIFY(mark > 0);
        QCOMPARE(scalar(truth,
                     QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key ="
                                    " 'last_look_lead_id'")),
            scalar(truth, QStringLiteral("SELECT max(id) FROM leads")));
        QCOMPARE(scalar(truth, QStringLiteral("SELECT count(*) FROM lead_seen")), qint64(0));

        QVERIFY(settled([&] { return m_model->marked(); }));
        QVERIFY2(m_model->total() == 0 && m_model->rowCount() == 0, qPrintable(describe(*m_model)));
        QCOMPARE(m_model->lastLookAt().toSecsSinceEpoch(), mark);
        QVERIFY(m_model->error().isEmpty());
        // The first look at an account with nothing new does not take the window away.
        QVERIFY(!m_model->newsAtOpen());
    }

    void everySectionShowsWhatChangedOnTheServer()
    {
        markAllSeen();
        SqlDatabase &truth = m_owner->db();
        const qint64 me = m_owner->userId();
        QSet<qint64> taken;
        const auto take = [&](int low, int high) {
            const qint64 id = pickLead(low, high, taken);
            taken.insert(id);
            return id;
        };
        const qint64 reassigned = take(0, 100); // a teammate assigns it to the owner, then notes it
        const qint64 otherNoted = take(0, 100); // a teammate's note on a lead not the owner's
        const qint64 ownAssignment = take(0, 100); // the owner assigns it to themselves
        const qint64 rises20 = take(0, 49);
        const qint64 rises19 = take(0, 49);
        const qint64 crossesHot = take(60, 69);
        QVERIFY(reassigned && otherNoted && ownAssignment && rises20 && rises19 && crossesHot);
        const qint64 hidden = scalar(truth,
            QStringLiteral("SELECT lead_id FROM hidden_leads h JOIN leads l ON l.id = h.lead_id"
                           " WHERE l.score < 50 ORDER BY lead_id LIMIT 1"));
        // A target account that visited before (its visits all before the mark).
        const qint64 returning = scalar(truth,
            QStringLiteral("SELECT l.id FROM leads l JOIN target_accounts t ON t.domain = l.domain"
                           " WHERE l.id NOT IN (SELECT lead_id FROM hidden_leads) ORDER BY l.id LIMIT 1"));
        QVERIFY(hidden > 0 && returning > 0);
        // A target domain no lead has yet: the company is identified now, on its first visit.
        const QString firstTimer = text(truth,
            QStringLiteral("SELECT domain FROM target_accounts WHERE domain NOT IN (SELECT domain FROM leads)"
                           " ORDER BY domain LIMIT 1"));
        QVERIFY(!firstTimer.isEmpty());
        const QString previousAssignee = text(truth,
            QStringLiteral("SELECT ifnull((SELECT name FROM team WHERE id = l.assignee_id), '') FROM leads l"
                           " WHERE l.id = ?"),
            {reassigned});

        // Through the API, as a teammate and as the owner.
        QVERIFY(afterTheMark() > 0);
        QVERIFY(patchLead(*m_sales.http, reassigned, {{QStringLiteral("assignee_id"), me}}));
        QVERIFY(addNote(*m_sales.http, reassigned, QStringLiteral("Spoke to their CFO: budget in Q3.")) > 0);
        QVERIFY(addNote(*m_sales.http, otherNoted, QStringLiteral("Not the owner's lead.")) > 0);
        QVERIFY(addNote(*m_owner->http(), reassigned, QStringLiteral("My own note.")) > 0);
        bool edited = false;
        m_owner->runtime().outbox().editLead(ownAssignment, {{QStringLiteral("assignee_id"), me}},
            [&](bool ok, const QString &, qint64) { edited = ok; });
        QVERIFY(waitFor([&] { return edited; }));
        QVERIFY(m_owner->drained());

        // What only the server's own traffic does, written while it is stopped.
        qint64 newcomer = 0;
        editOnServer([&](ServerEdit &server) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            server.raiseScore(rises20, 20, now);
            server.raiseScore(rises19, 19, now);
            server.raiseScore(crossesHot,
                70 - int(scalar(truth, QStringLiteral("SELECT score FROM leads WHERE id = ?"), {crossesHot})),
                now);
            server.visit(returning, now);
            newcomer = server.newLead(QStringLiteral("Northwind First-Timer"), firstTimer, 81, now);
            // A hidden company: everything about it changes, none of it shows.
            server.raiseScore(hidden, 40, now);
            server.assign(hidden, me, now);
            server.visit(hidden, now);
        });
        QVERIFY(scalar(truth, QStringLiteral("SELECT count(*) FROM leads WHERE id = ?"), {newcomer}) == 1);
        QVERIFY(settled([&] { return m_model->totals().value(int(Section::TeammateNote)) > 0; }));
        const QString all = describe(*m_model);

        QCOMPARE(leadIds(listed(*m_model, Section::NewHotLead)), (QSet<qint64> {crossesHot, newcomer}));
        QCOMPARE(leadIds(listed(*m_model, Section::TargetAccount)), (QSet<qint64> {returning, newcomer}));
        QCOMPARE(leadIds(listed(*m_model, Section::ScoreRise)), (QSet<qint64> {rises20}));
        QCOMPARE(leadIds(listed(*m_model, Section::AssignedToMe)), (QSet<qint64> {reassigned}));
        const QList<Listed> notes = listed(*m_model, Section::TeammateNote);
        QCOMPARE(leadIds(notes), (QSet<qint64> {reassigned}));
        QCOMPARE(notes.size(), 1); // not the owner's own note
        QCOMPARE(m_model->total(), 2 + 2 + 1 + 1 + 1);
        QVERIFY2(!all.contains(QStringLiteral("lead %1:").arg(hidden)), qPrintable(all));

        // The words.
        for (const Listed &entry : listed(*m_model, Section::TargetAccount)) {
            if (entry.leadId == newcomer)
                QVERIFY2(entry.detail.startsWith(QStringLiteral("First visit")), qPrintable(entry.detail));
            else
                QVERIFY2(entry.detail.startsWith(QStringLiteral("Came back")), qPrintable(entry.detail));
            QVERIFY2(entry.detail.contains(QStringLiteral("targets"))
                    || entry.detail.contains(QStringLiteral("DACH")),
                qPrintable(entry.detail)); // the list it is on
        }
        const QString rise = listed(*m_model, Section::ScoreRise).value(0).detail;
        QVERIFY2(rise.endsWith(QStringLiteral("(+20)")), qPrintable(rise));
        const QString assigned = listed(*m_model, Section::AssignedToMe).value(0).detail;
        QCOMPARE(assigned,
            previousAssignee.isEmpty() ? QStringLiteral("Assigned to you (was unassigned)")
                                       : QStringLiteral("Assigned to you (was %1)").arg(previousAssignee));
        QVERIFY2(notes.value(0).detail.endsWith(QStringLiteral(": Spoke to their CFO: budget in Q3.")),
            qPrintable(notes.value(0).detail));
        for (const Listed &entry : listed(*m_model, Section::NewHotLead)) {
            const QString expected = entry.leadId == newcomer ? QStringLiteral("New lead, score 81")
                                                              : QStringLiteral("→ 70: now hot");
            QVERIFY2(entry.detail.contains(expected), qPrintable(entry.detail));
        }
        // Newest first in every section.
        for (int s = 0; s < SinceLastLook::kSections; ++s) {
            const QList<Listed> entries = listed(*m_model, Section(s));
            for (qsizetype i = 1; i < entries.size(); ++i)
                QVERIFY(entries.at(i - 1).time >= entries.at(i).time);
        }
        // A section the lead list can filter to says how.
        const QVariantMap mine = m_model->moreView(int(Section::AssignedToMe));
        QCOMPARE(
            mine.value(QStringLiteral("filter")).toMap().value(QStringLiteral("assigneeId")).toLongLong(),
            me);
        QVERIFY(m_model->moreView(int(Section::ScoreRise)).isEmpty());
    }

    // More than a section lists: its newest kPerSection, then one row with how many more.
    void aLongSectionEndsWithHowManyMore()
    {
        const int extra = SinceLastLookModel::kPerSection + 3;
        QList<qint64> leads = ids(m_owner->db(),
            QStringLiteral(
                "SELECT id FROM leads WHERE score < 50 AND id NOT IN (SELECT lead_id FROM hidden_leads)"
                " AND id NOT IN (SELECT lead_id FROM lead_seen) ORDER BY id DESC LIMIT ?"),
            {extra});
        QCOMPARE(leads.size(), extra);
        const int before = m_model->totals().value(int(Section::ScoreRise));
        editOnServer([&](ServerEdit &server) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            for (const qint64 id : std::as_const(leads))
                server.raiseScore(id, 25, now);
        });
        const int total = before + extra;
        QVERIFY(settled([&] { return m_model->totals().value(int(Section::ScoreRise)) == total; }));
        QCOMPARE(listed(*m_model, Section::ScoreRise).size(), SinceLastLookModel::kPerSection);
        int more = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row);
            if (index.data(SinceLastLookModel::SectionRole).toInt() == int(Section::ScoreRise))
                more = std::max(more, index.data(SinceLastLookModel::MoreRole).toInt());
        }
        QCOMPARE(more, total - SinceLastLookModel::kPerSection);
    }

    // The cache alone answers: the server goes away and the app starts again, and the digest is the
    // same, from the same mark. Then what changed on the server while the app was closed shows
    // once the server is back and the catch-up sync has run.
    void theDigestSurvivesGoingOfflineAndARestart()
    {
        QVERIFY(m_model->total() > 0);
        const QString before = describe(*m_model);
        const QDateTime mark = m_model->lastLookAt();
        const QList<int> totals = m_model->totals();

        m_server->stop();
        m_model->setRuntime(nullptr);
        QString error;
        QVERIFY2(m_owner->reopen(&error), qPrintable(error));
        attachModel();
        QVERIFY(settled([&] { return m_model->marked(); }));
        QCOMPARE(m_model->lastLookAt(), mark);
        QCOMPARE(m_model->totals(), totals);
        QCOMPARE(describe(*m_model), before);
        // The first look after a start found news: the window opens on it.
        QVERIFY(m_model->newsAtOpen());

        // Closed again; meanwhile a teammate hands the owner another lead.
        m_model->setRuntime(nullptr);
        const qint64 handedOver = pickLead(0, 100, {});
        QVERIFY(handedOver > 0);
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(patchLead(*m_sales.http, handedOver, {{QStringLiteral("assignee_id"), m_owner->userId()}}));
        QVERIFY2(m_owner->reopen(&error), qPrintable(error));
        attachModel();
        QVERIFY(
            settled([&] { return leadIds(listed(*m_model, Section::AssignedToMe)).contains(handedOver); }));
        QCOMPARE(m_model->lastLookAt(), mark);
    }

    void markAllSeenEmptiesIt()
    {
        QVERIFY(m_model->total() > 0);
        QVERIFY(scalar(m_owner->db(), QStringLiteral("SELECT count(*) FROM lead_seen")) > 0);
        const QDateTime before = m_model->lastLookAt();
        markAllSeen();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->lastLookAt() > before);
        QCOMPARE(scalar(m_owner->db(), QStringLiteral("SELECT count(*) FROM lead_seen")), qint64(0));
        // And it stays empty: seen is seen, after another sync too.
        QVERIFY(m_owner->syncOnce());
        QVERIFY(settled());
        QVERIFY2(m_model->total() == 0, qPrintable(describe(*m_model)));
    }
};

QTEST_MAIN(TestSinceLastLook)
#include "tst_sincelastlook.moc"
