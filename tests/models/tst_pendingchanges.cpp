// PendingChangesModel over a real cache and outbox. With the server stopped, edits made through the
// screens (a lead's status, a new note) are listed as pending, in the order they will be sent, with
// their lead and what they send; once the server is back on the same port and data, they drain and
// the list empties. A conflict (the server changed the same field first) is listed with both values
// and dismissing it removes it. The list always equals the cache's outbox and open conflicts.
#include "modeltestsupport.h"

#include "account/accountruntime.h"
#include "core/leadvocabulary.h"
#include "models/leaddetail.h"
#include "models/pendingchangesmodel.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"
#include "sync/accountsync.h"
#include "sync/liveclient.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace modeltest;

namespace {
const QStringList kRoles {QStringLiteral("type"), QStringLiteral("changeId"), QStringLiteral("kind"),
    QStringLiteral("targetId"), QStringLiteral("field"), QStringLiteral("mine"), QStringLiteral("theirs"),
    QStringLiteral("failed"), QStringLiteral("message"), QStringLiteral("leadId"),
    QStringLiteral("leadName")};

QList<QStringList> shown(const PendingChangesModel &model)
{
    QList<QStringList> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (const QString &role : kRoles) {
            const QVariant v = model.get(row, role);
            cells.append(v.typeId() == QMetaType::Bool ? QString::number(v.toBool() ? 1 : 0) : v.toString());
        }
        out.append(cells);
    }
    return out;
}

QString otherStatus(const QString &status, int step = 1)
{
    static const QStringList all {QStringLiteral("new"), QStringLiteral("working"),
        QStringLiteral("qualified"), QStringLiteral("won"), QStringLiteral("lost")};
    return all.at((all.indexOf(status) + step) % all.size());
}
} // namespace

class TestPendingChanges : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SignedInAccount> m_owner;

    SqlDatabase &db() { return m_owner->db(); }

    // Queued ops in replay order, then open conflicts, as the cache has them.
    QList<QStringList> truth()
    {
        QList<QStringList> out;
        for (const QVariantList &row : rows(db(), 9,
                 QStringLiteral(
                     "SELECT o.id, o.kind, o.target_id, o.payload, o.state = 'failed', o.last_error,"
                     " CASE WHEN o.kind = 'lead_patch' THEN o.target_id"
                     "      WHEN o.kind = 'note_create' THEN o.parent_id"
                     "      ELSE (SELECT lead_id FROM notes WHERE id = o.target_id) END, NULL, NULL"
                     " FROM outbox o ORDER BY o.id"))) {
            const qint64 lead = row.at(6).toLongLong();
            out.append({QString::number(int(Lead::SyncState::Pending)), row.at(0).toString(),
                row.at(1).toString(), row.at(2).toString(), QString(), row.at(3).toString(), QString(),
                row.at(4).toString(), row.at(5).toString(), QString::number(lead),
                text(db(), QStringLiteral("SELECT name FROM leads WHERE id = ?"), {lead})});
        }
        for (const QVariantList &row :
            rows(db(), 6,
                QStringLiteral(
                    "SELECT id, collection, target_id, field, mine, theirs FROM conflicts WHERE dismissed = 0"
                    " ORDER BY id"))) {
            const qint64 lead = row.at(1).toString() == u"leads"
                ? row.at(2).toLongLong()
                : scalar(db(), QStringLiteral("SELECT lead_id FROM notes WHERE id = ?"), {row.at(2)});
            out.append({QString::number(int(Lead::SyncState::Conflict)), row.at(0).toString(),
                row.at(1).toString(), row.at(2).toString(), row.at(3).toString(), row.at(4).toString(),
                row.at(5).toString(), QStringLiteral("0"),
                text(db(), QStringLiteral("SELECT reason FROM conflicts WHERE id = ?"), {row.at(0)}),
                QString::number(lead),
                text(db(), QStringLiteral("SELECT name FROM leads WHERE id = ?"), {lead})});
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIRAGET_REQUIRE_KEYCHAIN();
        QString error;
        QVERIFY2((m_server = startServer(ServerProcess::seed(100, 500), &error)), qPrintable(error));
        QVERIFY2((m_owner = signIn(*m_server, kOwner, &error)), qPrintable(error));
    }

    void init()
    {
        // A test that failed while the server was away does not take the next ones with it.
        QString error;
        if (m_server && !m_server->isRunning())
            QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_server.reset();
    }

    void offlineEditsArePendingThenDrain()
    {
        PendingChangesModel pending;
        QAbstractItemModelTester tester(&pending, QAbstractItemModelTester::FailureReportingMode::QtTest);
        pending.setRuntime(&m_owner->runtime());
        QTRY_VERIFY_WITH_TIMEOUT(!pending.loading(), kLong);
        QCOMPARE(pending.rowCount(), 0);
        QCOMPARE(pending.pendingCount(), 0);

        const QList<qint64> leads = ids(db(), QStringLiteral("SELECT id FROM leads ORDER BY id LIMIT 2"));
        LeadDetail first;
        first.setRuntime(&m_owner->runtime());
        first.setLeadId(leads.at(0));
        LeadDetail second;
        second.setRuntime(&m_owner->runtime());
        second.setLeadId(leads.at(1));
        QTRY_VERIFY_WITH_TIMEOUT(first.found() && second.found(), kLong);
        const QString status = otherStatus(first.lead().value(QStringLiteral("status")).toString());

        m_server->stop();
        first.setStatus(status);
        second.addNote(QStringLiteral("Left a voicemail; try again on Thursday"));
        QTRY_COMPARE_WITH_TIMEOUT(pending.pendingCount(), 2, kLong);
        // Both are tried and fail (the server is gone); what they wait with is shown.
        QTRY_VERIFY_WITH_TIMEOUT(
            !text(db(), QStringLiteral("SELECT last_error FROM outbox ORDER BY id LIMIT 1")).isEmpty(),
            kLong);
        QTRY_COMPARE_WITH_TIMEOUT(shown(pending), truth(), kLong);
        QCOMPARE(pending.rowCount(), 2);
        QCOMPARE(pending.conflictCount(), 0);
        QCOMPARE(pending.get(0, QStringLiteral("kind")).toString(), QStringLiteral("lead_patch"));
        QCOMPARE(pending.get(0, QStringLiteral("leadId")).toLongLong(), leads.at(0));
        QCOMPARE(QJsonDocument::fromJson(pending.get(0, QStringLiteral("mine")).toString().toUtf8())
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
            status);
        // Worded by the model, as the pending-changes popup shows them.
        QCOMPARE(pending.data(pending.index(0), PendingChangesModel::ChangeRole).toString(),
            QStringLiteral("status → %1").arg(Lead::label(*Lead::statusFromWire(status))));
        QCOMPARE(pending.data(pending.index(1), PendingChangesModel::ChangeRole).toString(),
            QStringLiteral("New note: “Left a voicemail; try again on Thursday”"));
        QCOMPARE(pending.get(1, QStringLiteral("kind")).toString(), QStringLiteral("note_create"));
        QCOMPARE(pending.get(1, QStringLiteral("leadId")).toLongLong(), leads.at(1));
        QCOMPARE(pending.get(1, QStringLiteral("leadName")).toString(),
            text(db(), QStringLiteral("SELECT name FROM leads WHERE id = ?"), {leads.at(1)}));
        QVERIFY(!pending.get(0, QStringLiteral("message")).toString().isEmpty());
        pending.retryNow(); // still offline: nothing changes but the attempt count
        QTRY_COMPARE_WITH_TIMEOUT(shown(pending), truth(), kLong);
        QCOMPARE(pending.pendingCount(), 2);

        // The server comes back on the same port and data: the queue drains and the list empties.
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(m_owner->drained());
        QTRY_COMPARE_WITH_TIMEOUT(pending.rowCount(), 0, kLong);
        QCOMPARE(pending.pendingCount(), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        auto http = m_owner->http();
        QCOMPARE(http->get(QStringLiteral("/v1/leads/%1").arg(leads.at(0)))
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
            status);
    }

    void conflictIsListedAndDismissed()
    {
        PendingChangesModel pending;
        QAbstractItemModelTester tester(&pending, QAbstractItemModelTester::FailureReportingMode::QtTest);
        pending.setRuntime(&m_owner->runtime());
        QTRY_COMPARE_WITH_TIMEOUT(shown(pending), truth(), kLong);
        const qint64 lead = scalar(db(), QStringLiteral("SELECT id FROM leads ORDER BY id DESC LIMIT 1"));
        LeadDetail detail;
        detail.setRuntime(&m_owner->runtime());
        detail.setLeadId(lead);
        QTRY_VERIFY_WITH_TIMEOUT(detail.found(), kLong);
        const QString seen = detail.lead().value(QStringLiteral("status")).toString();

        // The server changes first; this app, not listening, changes the same field from the old value.
        // No sync run may be under way either (the previous test's reconnect starts a catch-up),
        // or it could fetch the server's change before the edit and leave nothing to conflict.
        m_owner->runtime().sync().live().stop();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_owner->runtime().sync().engine().state() == SyncEngine::State::Idle, kLong);
        auto http = m_owner->http();
        const QString path = QStringLiteral("/v1/leads/%1").arg(lead);
        QCOMPARE(http->patchJson(path, {{QStringLiteral("status"), otherStatus(seen, 1)}},
                         HttpClient::ifMatch(http->get(path).json()))
                     .status,
            200);
        detail.setStatus(otherStatus(seen, 3));
        QVERIFY(m_owner->drained());
        QTRY_COMPARE_WITH_TIMEOUT(pending.conflictCount(), 1, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(shown(pending), truth(), kLong);
        QCOMPARE(pending.rowCount(), 1);
        QCOMPARE(pending.get(0, QStringLiteral("type")).toInt(), int(Lead::SyncState::Conflict));
        QCOMPARE(pending.data(pending.index(0), PendingChangesModel::ChangeRole).toString(),
            QStringLiteral("status — yours: %1 · kept on the server: %2")
                .arg(Lead::label(*Lead::statusFromWire(otherStatus(seen, 3))),
                    Lead::label(*Lead::statusFromWire(otherStatus(seen, 1)))));
        QCOMPARE(pending.get(0, QStringLiteral("field")).toString(), QStringLiteral("status"));
        QCOMPARE(pending.get(0, QStringLiteral("mine")).toString(), u'"' + otherStatus(seen, 3) + u'"');
        QCOMPARE(pending.get(0, QStringLiteral("theirs")).toString(), u'"' + otherStatus(seen, 1) + u'"');
        QCOMPARE(pending.get(0, QStringLiteral("leadId")).toLongLong(), lead);

        const qint64 conflict = pending.get(0, QStringLiteral("changeId")).toLongLong();
        pending.dismissConflict(conflict);
        QTRY_COMPARE_WITH_TIMEOUT(pending.rowCount(), 0, kLong);
        QCOMPARE(pending.conflictCount(), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT dismissed FROM conflicts WHERE id = ?"), {conflict}), 1);
        QCOMPARE(shown(pending), truth());
        m_owner->runtime().sync().live().start();
    }
};

QTEST_GUILESS_MAIN(TestPendingChanges)
#include "tst_pendingchanges.moc"
