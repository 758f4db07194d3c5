// Lead triage end to end (issue #15) against a real miraget-server, real sign-ins, real encrypted
// caches and the real keyring: the seeded profile, hidden companies and target lists arrive and
// every lead's grade is IcpProfile's arithmetic; a profile saved in Settings regrades the list
// (and a stale one is refused, not overwritten); hiding a company works offline and reaches the
// server, and a sales rep's attempt is refused and undone; a CSV import becomes a server-side list
// whose never-visited accounts and lead filter match SQL; a profile change and lead changes during
// a sync end with every grade right.
#include "modeltestsupport.h"

#include "account/accountruntime.h"
#include "core/icpprofile.h"
#include "models/icpeditor.h"
#include "models/leadlistmodel.h"
#include "models/leadtriage.h"
#include "models/targetaccountsmodel.h"
#include "models/targetlistsmodel.h"
#include "serverprocess.h"
#include "storage/fitgrades.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/accountsync.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace modeltest;

namespace {
constexpr int kLeads = 2000;

struct Outcome
{
    bool ok = false;
    QString message;
};

template<typename M> Outcome outcomeOf(M &model, const std::function<void()> &action)
{
    QSignalSpy finished(&model, &M::actionFinished);
    action();
    if (!waitFor([&] { return !finished.isEmpty(); }))
        return {false, QStringLiteral("no actionFinished")};
    return {finished.last().at(0).toBool(), finished.last().at(1).toString()};
}

// Each lead's fit in the cache against IcpProfile::fit() of its firmographics; the differences.
QStringList wrongGrades(SqlDatabase &db)
{
    const IcpProfile profile = fitgrades::read(db);
    QStringList wrong;
    for (const QVariantList &row : rows(db, 6,
             QStringLiteral(
                 "SELECT l.id, l.industry, l.size, l.country, l.tags, c.fit FROM leads l"
                 " LEFT JOIN lead_fit f ON f.lead_id = l.id LEFT JOIN fit_classes c ON c.id = f.class"))) {
        IcpProfile::Company company {row.at(1).toString(), row.at(2).toString(), row.at(3).toString(), {}};
        for (const QJsonValue &tag : QJsonDocument::fromJson(row.at(4).toString().toUtf8()).array())
            company.tags.append(tag.toString());
        const std::optional<int> expected = profile.fit(company);
        const std::optional<int> actual
            = row.at(5).isValid() ? std::optional<int>(row.at(5).toInt()) : std::nullopt;
        if (expected != actual && wrong.size() < 5)
            wrong.append(
                QStringLiteral("lead %1: fit %2, expected %3")
                    .arg(row.at(0).toString(), actual ? QString::number(*actual) : QStringLiteral("none"),
                        expected ? QString::number(*expected) : QStringLiteral("none")));
    }
    return wrong;
}

struct List
{
    LeadListModel model;
    QAbstractItemModelTester tester {&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    explicit List(AccountRuntime &runtime) { model.setRuntime(&runtime); }
    bool settledAt(qint64 count)
    {
        return waitFor([&] { return !model.loading() && !model.counting() && model.rowCount() == count; });
    }
};
} // namespace

class TestTriageFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SignedInAccount> m_owner;
    std::unique_ptr<SignedInAccount> m_sales;
    QTemporaryDir m_files;

    SqlDatabase &db() { return m_owner->db(); }
    qint64 shownCount()
    {
        return scalar(db(),
            QStringLiteral("SELECT count(*) FROM leads WHERE id NOT IN (SELECT lead_id FROM hidden_leads)"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString problem = keychainProblem(); !problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
        QVERIFY(m_files.isValid());
        m_server = std::make_unique<TestServer>(ServerProcess::seed(kLeads, 3000));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_owner = std::make_unique<SignedInAccount>();
        QVERIFY2(m_owner->open(m_server->url(), kOwner, &error), qPrintable(error));
        m_sales = std::make_unique<SignedInAccount>();
        QVERIFY2(m_sales->open(m_server->url(), kSales, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_sales.reset();
        m_owner.reset();
        m_server.reset();
    }

    void theSeededTriageArrivesGraded()
    {
        const auto server = m_owner->http();
        const QJsonObject exclusions
            = QJsonDocument::fromJson(server->get(QStringLiteral("/v1/exclusions")).body).object();
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM exclusions")),
            qint64(exclusions.value(QStringLiteral("items")).toArray().size()));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM target_lists")), 2);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM hidden_leads")),
            scalar(db(),
                QStringLiteral(
                    "SELECT count(*) FROM leads WHERE domain IN (SELECT domain FROM exclusions)")));
        QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM hidden_leads")) >= 4);
        QVERIFY(!fitgrades::read(db()).isEmpty());
        const QStringList wrong = wrongGrades(db());
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        List list(m_owner->runtime());
        QVERIFY(list.settledAt(shownCount()));
        QVERIFY(shownCount() < kLeads);
    }

    void aSavedProfileRegradesTheList()
    {
        IcpEditor editor;
        editor.setRuntime(&m_owner->runtime());
        QVERIFY(waitFor([&] { return !editor.empty(); }));
        QVERIFY(editor.canEdit());
        for (const IcpProfile::Dimension d : IcpProfile::dimensions())
            editor.setWeight(int(d), 0);
        editor.setWeight(int(IcpProfile::Dimension::Industry), 100);
        const QStringList industries = editor.profile().criterion(IcpProfile::Dimension::Industry).values;
        for (const QString &v : industries)
            editor.removeValue(int(IcpProfile::Dimension::Industry), v);
        editor.addValue(int(IcpProfile::Dimension::Industry), QStringLiteral("Retail"));
        QVERIFY(editor.dirty());
        const Outcome saved = outcomeOf(editor, [&] { editor.save(); });
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const QJsonObject onServer
            = QJsonDocument::fromJson(m_owner->http()->get(QStringLiteral("/v1/icp")).body).object();
        QCOMPARE(
            onServer.value(QStringLiteral("industries")).toObject().value(QStringLiteral("values")).toArray(),
            QJsonArray {QStringLiteral("Retail")});

        const qint64 retail = scalar(db(),
            QStringLiteral("SELECT count(*) FROM leads WHERE industry = 'Retail' AND id NOT IN (SELECT "
                           "lead_id FROM hidden_leads)"));
        QVERIFY(retail > 0);
        List list(m_owner->runtime());
        list.model.setGrades({int(IcpProfile::Grade::A)});
        QVERIFY2(list.settledAt(retail), qPrintable(QString::number(list.model.rowCount())));
        QVERIFY(waitFor([&] { return list.model.isLoaded(0); }));
        QCOMPARE(list.model.data(list.model.index(0), LeadListModel::IndustryRole).toString(),
            QStringLiteral("Retail"));
        QCOMPARE(list.model.data(list.model.index(0), LeadListModel::GradeRole).toInt(),
            int(IcpProfile::Grade::A));
        QVERIFY(wrongGrades(db()).isEmpty());

        // Someone else saves meanwhile: this editor's next save is refused, not written over theirs.
        QJsonObject theirs = onServer;
        theirs.insert(QStringLiteral("countries"),
            QJsonObject {{QStringLiteral("weight"), 10},
                {QStringLiteral("values"), QJsonArray {QStringLiteral("FR")}}});
        const auto admin = m_owner->http();
        const auto put = admin->send("PUT", QUrl(m_server->url().toString() + QStringLiteral("/v1/icp")),
            QJsonDocument(theirs).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"},
                {"If-Match",
                    '"' + QByteArray::number(onServer.value(QStringLiteral("version")).toInteger()) + '"'}});
        QCOMPARE(put.status, 200);
        editor.setWeight(int(IcpProfile::Dimension::Size), 50);
        editor.addValue(int(IcpProfile::Dimension::Size), QStringLiteral("11-50"));
        const Outcome stale = outcomeOf(editor, [&] { editor.save(); });
        QVERIFY(!stale.ok);
        QVERIFY2(stale.message.contains(QStringLiteral("changed the profile")), qPrintable(stale.message));
        QVERIFY(editor.dirty()); // the user's edits are kept to save again
        const QJsonObject after
            = QJsonDocument::fromJson(m_owner->http()->get(QStringLiteral("/v1/icp")).body).object();
        QCOMPARE(
            after.value(QStringLiteral("countries")).toObject().value(QStringLiteral("values")).toArray(),
            QJsonArray {QStringLiteral("FR")});

        // A sales rep reads the profile but may not save one.
        IcpEditor readOnly;
        readOnly.setRuntime(&m_sales->runtime());
        QVERIFY(!readOnly.canEdit());
        readOnly.setWeight(0, 10);
        const Outcome refused = outcomeOf(readOnly, [&] { readOnly.save(); });
        QVERIFY(!refused.ok);
    }

    void hidingACompanyWorksOfflineAndReachesTheServer()
    {
        const qint64 leadId = scalar(db(),
            QStringLiteral("SELECT id FROM leads WHERE id NOT IN (SELECT lead_id FROM hidden_leads)"
                           " ORDER BY last_visit_at DESC LIMIT 1"));
        const QString domain = text(db(), QStringLiteral("SELECT domain FROM leads WHERE id = ?"), {leadId});
        const qint64 sameDomain
            = scalar(db(), QStringLiteral("SELECT count(*) FROM leads WHERE domain = ?"), {domain});
        const qint64 before = shownCount();
        List list(m_owner->runtime());
        QVERIFY(list.settledAt(before));

        m_server->stop();
        LeadTriage triage;
        triage.setRuntime(&m_owner->runtime());
        triage.setLeadId(leadId);
        QVERIFY(waitFor([&] { return !triage.hidden() && triage.canHide() && triage.fit().isValid(); }));
        const Outcome hidden
            = outcomeOf(triage, [&] { triage.hideCompany(int(Exclusion::Reason::Competitor), {}); });
        QVERIFY2(hidden.ok, qPrintable(hidden.message));
        QVERIFY(list.settledAt(before - sameDomain)); // at once, offline
        QVERIFY(waitFor([&] { return triage.hidden(); }));
        LeadListModel hiddenView;
        hiddenView.setRuntime(&m_owner->runtime());
        hiddenView.setHiddenOnly(true);
        QVERIFY(waitFor(
            [&] { return !hiddenView.loading() && !hiddenView.counting() && hiddenView.rowCount() > 0; }));
        QCOMPARE(
            qint64(hiddenView.rowCount()), scalar(db(), QStringLiteral("SELECT count(*) FROM hidden_leads")));

        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_owner->runtime().outbox().replayNow();
        QVERIFY(m_owner->drained());
        const QByteArray onServer = m_owner->http()->get(QStringLiteral("/v1/exclusions")).body;
        QVERIFY2(onServer.contains(QByteArray('"' + domain.toUtf8() + '"')), onServer.constData());
        QVERIFY(scalar(db(), QStringLiteral("SELECT min(id) FROM exclusions")) > 0); // the local id is gone

        const Outcome shown = outcomeOf(triage, [&] { triage.showCompany(); });
        QVERIFY2(shown.ok, qPrintable(shown.message));
        QVERIFY(list.settledAt(before));
        QVERIFY(m_owner->drained());
        QVERIFY(!m_owner->http()
                     ->get(QStringLiteral("/v1/exclusions"))
                     .body.contains(QByteArray('"' + domain.toUtf8() + '"')));
    }

    void aSalesRepCannotHide()
    {
        SqlDatabase &salesDb = m_sales->db();
        const QString domain = text(salesDb,
            QStringLiteral(
                "SELECT domain FROM leads WHERE id NOT IN (SELECT lead_id FROM hidden_leads) LIMIT 1"));
        LeadTriage triage;
        triage.setRuntime(&m_sales->runtime());
        QVERIFY(!triage.canHide());
        // Past the screen (which offers no button): the server refuses, and the cache is put back.
        bool queued = false;
        m_sales->runtime().outbox().hideCompany(
            domain, Exclusion::Reason::Other, {}, [&](bool ok, const QString &, qint64) { queued = ok; });
        QVERIFY(waitFor([&] { return queued; }));
        QVERIFY(m_sales->drained());
        QVERIFY(waitFor([&] {
            return scalar(
                       salesDb, QStringLiteral("SELECT count(*) FROM exclusions WHERE domain = ?"), {domain})
                == 0;
        }));
        QCOMPARE(scalar(salesDb,
                     QStringLiteral(
                         "SELECT count(*) FROM conflicts WHERE collection = 'exclusions' AND dismissed = 0")),
            1);
        QVERIFY(!m_sales->http()
                     ->get(QStringLiteral("/v1/exclusions"))
                     .body.contains(QByteArray('"' + domain.toUtf8() + '"')));
    }

    void aCsvBecomesATargetList()
    {
        const QStringList visited = [this] {
            QStringList out;
            for (const QVariantList &row : rows(db(), 1,
                     QStringLiteral("SELECT domain FROM leads WHERE id NOT IN"
                                    " (SELECT lead_id FROM hidden_leads) ORDER BY id LIMIT 3")))
                out.append(row.at(0).toString());
            return out;
        }();
        QFile file(m_files.filePath(QStringLiteral("targets.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Company;Website\n");
        for (const QString &domain : visited)
            file.write((QStringLiteral("Visited;https://www.") + domain + QStringLiteral("/\n")).toUtf8());
        file.write("Unvisited One;unvisited-one.example\nUnvisited Two;unvisited-two.example\n"
                   "Bad;not a "
                   "domain\n=HYPERLINK(\"http://evil.example\");evil.example\nAgain;UNVISITED-ONE.example\n");
        file.close();

        TargetListsModel lists;
        QAbstractItemModelTester listsTester(&lists, QAbstractItemModelTester::FailureReportingMode::QtTest);
        lists.setRuntime(&m_owner->runtime());
        QSignalSpy previewed(&lists, &TargetListsModel::previewChanged);
        lists.previewFile(QUrl::fromLocalFile(file.fileName()));
        QVERIFY(waitFor([&] { return !previewed.isEmpty(); }));
        const QVariantMap preview = lists.preview();
        QCOMPARE(preview.value(QStringLiteral("accounts")).toInt(), 6);
        QCOMPARE(preview.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(
            preview.value(QStringLiteral("problemCount")).toInt(), 2); // the bad domain, the formula name
        const Outcome imported
            = outcomeOf(lists, [&] { lists.importPreview(0, QStringLiteral("Imported targets")); });
        QVERIFY2(imported.ok, qPrintable(imported.message));
        QVERIFY(waitFor(
            [&] { return lists.indexOf(QStringLiteral("name"), QStringLiteral("Imported targets")) >= 0; }));
        const qint64 listId
            = lists
                  .get(lists.indexOf(QStringLiteral("name"), QStringLiteral("Imported targets")),
                      QStringLiteral("listId"))
                  .toLongLong();
        QVERIFY(waitFor([&] {
            return scalar(db(), QStringLiteral("SELECT count(*) FROM target_accounts WHERE list_id = ?"),
                       {listId})
                == 6;
        }));
        QCOMPARE(text(db(), QStringLiteral("SELECT name FROM target_accounts WHERE domain = 'evil.example'")),
            QString());

        TargetAccountsModel accounts;
        QAbstractItemModelTester accountsTester(
            &accounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        accounts.setRuntime(&m_owner->runtime());
        accounts.setListId(listId);
        QVERIFY(waitFor([&] { return !accounts.loading() && accounts.rowCount() == 6; }));
        accounts.setNeverVisitedOnly(true);
        QVERIFY(waitFor([&] {
            return !accounts.loading() && accounts.rowCount() == 3;
        })); // two made up, and evil.example
        for (int row = 0; row < accounts.rowCount(); ++row)
            QVERIFY(!visited.contains(accounts.get(row, QStringLiteral("domain")).toString()));

        List list(m_owner->runtime());
        list.model.setTargetListId(listId);
        QVERIFY(list.settledAt(3));
    }

    // The profile and lead firmographics change on the server while the app syncs: when it has
    // caught up, every grade is the final profile's.
    void aRegradeDuringASync()
    {
        const auto admin = m_owner->http();
        const QJsonObject profile
            = QJsonDocument::fromJson(admin->get(QStringLiteral("/v1/icp")).body).object();
        for (const qint64 id : ids(db(), QStringLiteral("SELECT id FROM leads ORDER BY id LIMIT 40"))) {
            const QJsonObject lead
                = QJsonDocument::fromJson(admin->get(QStringLiteral("/v1/leads/%1").arg(id)).body).object();
            const auto r = admin->patchJson(QStringLiteral("/v1/leads/%1").arg(id),
                {{QStringLiteral("tags"), QJsonArray {QStringLiteral("enterprise")}}},
                {{"If-Match",
                    '"' + QByteArray::number(lead.value(QStringLiteral("version")).toInteger()) + '"'}});
            QCOMPARE(r.status, 200);
        }
        m_owner->runtime().sync().engine().syncNow();
        QJsonObject next = profile;
        next.insert(QStringLiteral("tags"),
            QJsonObject {{QStringLiteral("weight"), 60},
                {QStringLiteral("values"), QJsonArray {QStringLiteral("enterprise")}}});
        const auto put = admin->send("PUT", QUrl(m_server->url().toString() + QStringLiteral("/v1/icp")),
            QJsonDocument(next).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"},
                {"If-Match",
                    '"' + QByteArray::number(profile.value(QStringLiteral("version")).toInteger()) + '"'}});
        QCOMPARE(put.status, 200);
        QVERIFY(m_owner->syncOnce());
        QCOMPARE(fitgrades::read(db()).criterion(IcpProfile::Dimension::Tag).weight, 60);
        const QStringList wrong = wrongGrades(db());
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM leads WHERE tags = '[\"enterprise\"]'")),
            40
                + scalar(db(),
                    QStringLiteral("SELECT count(*) FROM leads WHERE tags = '[\"enterprise\"]' AND id > "
                                   "(SELECT max(id) FROM (SELECT id FROM leads ORDER BY id LIMIT 40))")));
    }
};

QTEST_GUILESS_MAIN(TestTriageFlow)
#include "tst_triageflow.moc"
