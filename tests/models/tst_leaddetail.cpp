// LeadDetail with its NotesModel and VisitTimelineModel over a real synced cache. The detail shows
// the lead's row with its site and assignee; the notes are the lead's notes, newest first; the
// timeline is the lead's visits, newest first, a page at a time, each with its pages in reading
// order. Edits (status, a tag, a note) made while the server is away change the cache at once and
// read "pending"; once the server is back they reach it (checked over REST) and read "synced", and
// so do an assignee and a removed tag. A viewer's detail offers no edits and refuses every one; a
// sales user may change only their own notes. "Push to CRM" against the connected HubSpot
// integration marks the lead synced (a CRM in error is refused with the server's reason). Changing
// a field on the server and then locally from the old value shows the conflict, which can be
// dismissed.
#include "modeltestsupport.h"

#include "account/accountruntime.h"
#include "models/leaddetail.h"
#include "serverprocess.h"
#include "storage/databasethread.h"
#include "storage/sqldatabase.h"
#include "sync/accountsync.h"
#include "sync/liveclient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace modeltest;

namespace {
// A detail with testers on both of its lists.
struct Detail
{
    LeadDetail detail;
    QAbstractItemModelTester notesTester {
        detail.notes(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester visitsTester {
        detail.visits(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QSignalSpy finished {&detail, &LeadDetail::actionFinished};

    Detail(AccountRuntime &workspace, qint64 leadId)
    {
        detail.setRuntime(&workspace);
        detail.setLeadId(leadId);
    }
    bool loaded()
    {
        return waitFor([&] {
            return detail.found() && !detail.loading() && !detail.notes()->loading()
                && !detail.visits()->loading();
        });
    }
    // The last actionFinished, once one more than `before` arrived.
    std::pair<bool, QString> outcome(qsizetype before)
    {
        if (!waitFor([&] { return finished.count() > before; }))
            return {false, QStringLiteral("no actionFinished")};
        return {finished.last().at(0).toBool(), finished.last().at(1).toString()};
    }
};

QString otherStatus(const QString &status, int step = 1)
{
    static const QStringList all {QStringLiteral("new"), QStringLiteral("working"),
        QStringLiteral("qualified"), QStringLiteral("won"), QStringLiteral("lost")};
    return all.at((all.indexOf(status) + step) % all.size());
}

QStringList tagsOf(const QString &json)
{
    QStringList out;
    for (const QJsonValue &tag : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(tag.toString());
    return out;
}
} // namespace

class TestLeadDetail : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SignedInAccount> m_owner;
    std::unique_ptr<SignedInAccount> m_viewer;
    qint64 m_lead = 0; // assigned, with notes and visits

    SqlDatabase &db() { return m_owner->db(); }

    // The notes of a lead as NotesModel shows them: id, body, author, author's name, pending.
    static QList<QVariantList> shownNotes(NotesModel &notes)
    {
        QList<QVariantList> out;
        for (int row = 0; row < notes.rowCount(); ++row) {
            const QModelIndex i = notes.index(row);
            out.append({notes.data(i, NotesModel::IdRole).toLongLong(),
                notes.data(i, NotesModel::BodyRole).toString(),
                notes.data(i, NotesModel::AuthorIdRole).toLongLong(),
                notes.data(i, NotesModel::AuthorNameRole).toString(),
                notes.data(i, NotesModel::CreatedAtRole).toDateTime().toSecsSinceEpoch(),
                notes.data(i, NotesModel::PendingRole).toBool()});
        }
        return out;
    }
    QList<QVariantList> notesTruth(SqlDatabase &cache, qint64 lead)
    {
        QList<QVariantList> out;
        for (const QVariantList &row : rows(cache, 6,
                 QStringLiteral("SELECT n.id, n.body, n.author_id, ifnull(t.name, ''), n.created_at,"
                                " n.id < 0 OR EXISTS(SELECT 1 FROM outbox o WHERE o.kind <> 'lead_patch'"
                                " AND o.target_id = n.id) FROM notes n LEFT JOIN team t ON t.id = n.author_id"
                                " WHERE n.lead_id = ? ORDER BY n.created_at DESC, n.id < 0 DESC, n.id DESC"),
                 {lead}))
            out.append({row.at(0).toLongLong(), row.at(1).toString(), row.at(2).toLongLong(),
                row.at(3).toString(), row.at(4).toLongLong(), row.at(5).toLongLong() != 0});
        return out;
    }

    bool restartServer()
    {
        QString error;
        if (!m_server->start(&error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MIRAGET_REQUIRE_KEYCHAIN();
        QString error;
        QVERIFY2((m_server = startServer(ServerProcess::seed(40, 4000), &error)), qPrintable(error));
        QVERIFY2((m_owner = signIn(*m_server, kOwner, &error)), qPrintable(error));
        QVERIFY2((m_viewer = signIn(*m_server, kViewer, &error)), qPrintable(error));
        m_lead = scalar(db(),
            QStringLiteral(
                "SELECT l.id FROM leads l WHERE l.assignee_id IS NOT NULL"
                " ORDER BY (SELECT count(*) FROM visits v WHERE v.lead_id = l.id) DESC, l.id LIMIT 1"));
        QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM visits WHERE lead_id = ?"), {m_lead})
            > VisitTimelineModel::kPage);
        // Notes written on the server; the stream brings them.
        if (scalar(db(), QStringLiteral("SELECT count(*) FROM notes WHERE lead_id = ?"), {m_lead}) < 2) {
            auto owner = m_owner->http();
            for (const QString &body :
                {QStringLiteral("Asked for a pricing call"), QStringLiteral("Sent the case study")})
                QCOMPARE(owner
                             ->postJson(QStringLiteral("/v1/leads/%1/notes").arg(m_lead),
                                 {{QStringLiteral("body"), body}})
                             .status,
                    201);
            QTRY_VERIFY_WITH_TIMEOUT(
                scalar(db(), QStringLiteral("SELECT count(*) FROM notes WHERE lead_id = ?"), {m_lead}) >= 2,
                kLong);
            QTRY_VERIFY_WITH_TIMEOUT(
                scalar(
                    m_viewer->db(), QStringLiteral("SELECT count(*) FROM notes WHERE lead_id = ?"), {m_lead})
                    >= 2,
                kLong);
        }
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
        m_viewer.reset();
        m_owner.reset();
        m_server.reset();
    }

    void showsTheLeadWithSiteAndAssignee()
    {
        Detail d(m_owner->runtime(), m_lead);
        QVERIFY(d.loaded());
        const QVariantList row = rows(db(), 14,
            QStringLiteral(
                "SELECT l.name, l.domain, l.site_id, s.domain, l.assignee_id, t.name, l.status, l.score,"
                " l.tags, l.version, l.country, l.crm_state, l.visits, l.last_visit_at"
                " FROM leads l JOIN sites s ON s.id = l.site_id JOIN team t ON t.id = l.assignee_id"
                " WHERE l.id = ?"),
            {m_lead})
                                     .value(0);
        QVERIFY(!row.isEmpty());
        const QVariantMap lead = d.detail.lead();
        QCOMPARE(lead.value(QStringLiteral("id")).toLongLong(), m_lead);
        QCOMPARE(lead.value(QStringLiteral("name")).toString(), row.at(0).toString());
        QCOMPARE(lead.value(QStringLiteral("domain")).toString(), row.at(1).toString());
        QCOMPARE(lead.value(QStringLiteral("siteId")).toLongLong(), row.at(2).toLongLong());
        QCOMPARE(lead.value(QStringLiteral("siteDomain")).toString(), row.at(3).toString());
        QCOMPARE(lead.value(QStringLiteral("assigneeId")).toLongLong(), row.at(4).toLongLong());
        QCOMPARE(lead.value(QStringLiteral("assigneeName")).toString(), row.at(5).toString());
        QCOMPARE(lead.value(QStringLiteral("status")).toString(), row.at(6).toString());
        QCOMPARE(lead.value(QStringLiteral("score")).toLongLong(), row.at(7).toLongLong());
        QCOMPARE(lead.value(QStringLiteral("tags")).toStringList(), tagsOf(row.at(8).toString()));
        QCOMPARE(lead.value(QStringLiteral("version")).toLongLong(), row.at(9).toLongLong());
        QCOMPARE(lead.value(QStringLiteral("country")).toString(), row.at(10).toString());
        QCOMPARE(lead.value(QStringLiteral("crmState")).toString(), row.at(11).toString());
        QCOMPARE(lead.value(QStringLiteral("visits")).toLongLong(), row.at(12).toLongLong());
        QCOMPARE(lead.value(QStringLiteral("lastVisitAt")).toDateTime().toSecsSinceEpoch(),
            row.at(13).toLongLong());
        const int score = lead.value(QStringLiteral("score")).toInt();
        QCOMPARE(lead.value(QStringLiteral("temperature")).toString(),
            score >= 70       ? QStringLiteral("hot")
                : score >= 40 ? QStringLiteral("warm")
                              : QStringLiteral("cold"));
        QCOMPARE(d.detail.syncState(), QStringLiteral("synced"));
        QVERIFY(d.detail.conflicts().isEmpty());
        QVERIFY(d.detail.canEdit());
        // Where it can be pushed: every integration but the webhook, connected ones first.
        QStringList targets;
        for (const QVariant &t : d.detail.crmTargets())
            targets.append(t.toMap().value(QStringLiteral("provider")).toString());
        QCOMPARE(targets.size(),
            scalar(db(), QStringLiteral("SELECT count(*) FROM integrations WHERE provider <> 'webhook'")));
        QCOMPARE(d.detail.crmTargets().first().toMap().value(QStringLiteral("status")).toString(),
            QStringLiteral("connected"));
        QVERIFY(!targets.contains(QStringLiteral("webhook")));

        // Another lead, then one that does not exist.
        const qint64 other = scalar(
            db(), QStringLiteral("SELECT id FROM leads WHERE id <> ? ORDER BY id LIMIT 1"), {m_lead});
        d.detail.setLeadId(other);
        QVERIFY(d.loaded());
        QCOMPARE(d.detail.lead().value(QStringLiteral("id")).toLongLong(), other);
        QCOMPARE(d.detail.lead().value(QStringLiteral("name")).toString(),
            text(db(), QStringLiteral("SELECT name FROM leads WHERE id = ?"), {other}));
        d.detail.setLeadId(987654321);
        QVERIFY(waitFor([&] { return !d.detail.loading(); }));
        QVERIFY(!d.detail.found());
        QCOMPARE(d.detail.notes()->rowCount(), 0);
        QCOMPARE(d.detail.visits()->rowCount(), 0);
    }

    void notesAndVisitsAreTheLeads()
    {
        Detail d(m_owner->runtime(), m_lead);
        QVERIFY(d.loaded());
        NotesModel *notes = d.detail.notes();
        QVERIFY(notes->rowCount() > 0);
        QCOMPARE(shownNotes(*notes), notesTruth(db(), m_lead));
        for (int row = 0; row < notes->rowCount(); ++row)
            QVERIFY(notes->data(notes->index(row), NotesModel::EditableRole).toBool()); // the owner may

        VisitTimelineModel *visits = d.detail.visits();
        const QList<qint64> visitIds = ids(db(),
            QStringLiteral("SELECT id FROM visits WHERE lead_id = ? ORDER BY started_at DESC, id DESC"),
            {m_lead});
        // More than one page of visits: the tester, like a view scrolled to the end, fetches more
        // until all are in.
        QVERIFY(visitIds.size() > VisitTimelineModel::kPage);
        QTRY_COMPARE_WITH_TIMEOUT(visits->rowCount(), visitIds.size(), kLong);
        QVERIFY(!visits->canFetchMore({}));
        for (int row = 0; row < visits->rowCount(); ++row) {
            const QModelIndex i = visits->index(row);
            const qint64 id = visits->data(i, VisitTimelineModel::IdRole).toLongLong();
            QCOMPARE(id, visitIds.at(row));
            const QVariantList v = rows(db(), 7,
                QStringLiteral(
                    "SELECT started_at, ended_at, page_views, landing_url, referrer, device_type, browser"
                    " FROM visits WHERE id = ?"),
                {id})
                                       .value(0);
            QCOMPARE(visits->data(i, VisitTimelineModel::StartedAtRole).toDateTime().toSecsSinceEpoch(),
                v.at(0).toLongLong());
            QCOMPARE(visits->data(i, VisitTimelineModel::EndedAtRole).toDateTime().toSecsSinceEpoch(),
                v.at(1).toLongLong());
            QCOMPARE(visits->data(i, VisitTimelineModel::DurationSecondsRole).toLongLong(),
                v.at(1).toLongLong() - v.at(0).toLongLong());
            QCOMPARE(visits->data(i, VisitTimelineModel::PageCountRole).toLongLong(), v.at(2).toLongLong());
            QCOMPARE(visits->data(i, VisitTimelineModel::LandingUrlRole).toString(), v.at(3).toString());
            QCOMPARE(visits->data(i, VisitTimelineModel::ReferrerRole).toString(), v.at(4).toString());
            QCOMPARE(visits->data(i, VisitTimelineModel::DeviceRole).toString(), v.at(5).toString());
            QCOMPARE(visits->data(i, VisitTimelineModel::BrowserRole).toString(), v.at(6).toString());
            // The pages of the visit, in reading order.
            QStringList shownPages;
            for (const QVariant &page : visits->data(i, VisitTimelineModel::PagesRole).toList()) {
                const QVariantMap p = page.toMap();
                shownPages.append(
                    QStringLiteral("%1 %2 %3")
                        .arg(p.value(QStringLiteral("url")).toString())
                        .arg(p.value(QStringLiteral("viewedAt")).toDateTime().toSecsSinceEpoch())
                        .arg(p.value(QStringLiteral("timeOnPage")).toLongLong()));
            }
            QStringList pages;
            for (const QVariantList &p : rows(db(), 3,
                     QStringLiteral("SELECT url, viewed_at, time_on_page_s FROM pageviews WHERE visit_id = ?"
                                    " ORDER BY viewed_at, id"),
                     {id}))
                pages.append(QStringLiteral("%1 %2 %3")
                                 .arg(p.at(0).toString())
                                 .arg(p.at(1).toLongLong())
                                 .arg(p.at(2).toLongLong()));
            QVERIFY(!pages.isEmpty());
            QCOMPARE(shownPages, pages);
        }

        // Without a view asking, the newest page; "more" adds the next one.
        VisitTimelineModel paged; // no tester: it would fetch more by itself
        paged.setRuntime(&m_owner->runtime());
        paged.setLeadId(m_lead);
        QTRY_COMPARE_WITH_TIMEOUT(paged.rowCount(), VisitTimelineModel::kPage, kLong);
        QVERIFY(paged.canFetchMore({}));
        paged.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(paged.rowCount(),
            int(std::min<qsizetype>(visitIds.size(), 2 * VisitTimelineModel::kPage)), kLong);
        for (int row = 0; row < paged.rowCount(); ++row)
            QCOMPARE(paged.data(paged.index(row), VisitTimelineModel::IdRole).toLongLong(), visitIds.at(row));

        // A notes list of its own follows its lead.
        NotesModel standalone;
        QAbstractItemModelTester tester(&standalone, QAbstractItemModelTester::FailureReportingMode::QtTest);
        standalone.setRuntime(&m_owner->runtime());
        const qint64 other = scalar(db(),
            QStringLiteral("SELECT lead_id FROM notes WHERE lead_id <> ? GROUP BY lead_id ORDER BY count(*) "
                           "DESC LIMIT 1"),
            {m_lead});
        QVERIFY(other > 0);
        standalone.setLeadId(other);
        QTRY_COMPARE_WITH_TIMEOUT(shownNotes(standalone), notesTruth(db(), other), kLong);
        standalone.setLeadId(m_lead);
        QTRY_COMPARE_WITH_TIMEOUT(shownNotes(standalone), notesTruth(db(), m_lead), kLong);
    }

    void editsShowAtOnceThenReachTheServer()
    {
        Detail d(m_owner->runtime(), m_lead);
        QVERIFY(d.loaded());
        const QString before = d.detail.lead().value(QStringLiteral("status")).toString();
        const QString status = otherStatus(before);
        const QString body = QStringLiteral("Spoke to their head of growth about the model tests");

        // Offline: the edits are kept and shown, marked pending.
        m_server->stop();
        qsizetype actions = d.finished.count();
        d.detail.setStatus(status);
        auto [ok, message] = d.outcome(actions);
        QVERIFY2(ok, qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(
            text(db(), QStringLiteral("SELECT status FROM leads WHERE id = ?"), {m_lead}), status, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(d.detail.lead().value(QStringLiteral("status")).toString(), status, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(d.detail.syncState(), QStringLiteral("pending"), kLong);

        actions = d.finished.count();
        d.detail.addTag(QStringLiteral("  Model-Test "));
        std::tie(ok, message) = d.outcome(actions);
        QVERIFY2(ok, qPrintable(message));
        QTRY_VERIFY_WITH_TIMEOUT(
            tagsOf(text(db(), QStringLiteral("SELECT tags FROM leads WHERE id = ?"), {m_lead}))
                .contains(QStringLiteral("model-test")),
            kLong);
        QTRY_VERIFY_WITH_TIMEOUT(d.detail.lead()
                                     .value(QStringLiteral("tags"))
                                     .toStringList()
                                     .contains(QStringLiteral("model-test")),
            kLong);
        // The status is still shown as set (a second edit does not undo the first).
        QCOMPARE(text(db(), QStringLiteral("SELECT status FROM leads WHERE id = ?"), {m_lead}), status);

        actions = d.finished.count();
        d.detail.addNote(body);
        std::tie(ok, message) = d.outcome(actions);
        QVERIFY2(ok, qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(db(),
                QStringLiteral("SELECT count(*) FROM notes WHERE lead_id = ? AND body = ? AND id < 0"),
                {m_lead, body}),
            1, kLong);
        QTRY_COMPARE_WITH_TIMEOUT(shownNotes(*d.detail.notes()), notesTruth(db(), m_lead), kLong);
        QCOMPARE(d.detail.notes()->data(d.detail.notes()->index(0), NotesModel::BodyRole).toString(), body);
        QVERIFY(d.detail.notes()->data(d.detail.notes()->index(0), NotesModel::PendingRole).toBool());
        QCOMPARE(d.detail.syncState(), QStringLiteral("pending"));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM outbox")), 3);

        // Back online: everything reaches the server, and the detail reads synced.
        QVERIFY(restartServer());
        QVERIFY(m_owner->drained());
        auto http = m_owner->http();
        const QJsonObject server = http->get(QStringLiteral("/v1/leads/%1").arg(m_lead)).json();
        QCOMPARE(server.value(QStringLiteral("status")).toString(), status);
        QVERIFY(server.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("model-test")));
        QString cursor;
        const QJsonArray notes = http->items(QStringLiteral("notes"), &cursor);
        const auto serverNote = std::find_if(notes.cbegin(), notes.cend(), [&](const QJsonValue &n) {
            return n.toObject().value(QStringLiteral("lead_id")).toInteger() == m_lead
                && n.toObject().value(QStringLiteral("body")).toString() == body;
        });
        QVERIFY(serverNote != notes.cend());
        QTRY_COMPARE_WITH_TIMEOUT(d.detail.syncState(), QStringLiteral("synced"), kLong);
        // The note now has the server's id and is no longer pending.
        const qint64 noteId = serverNote->toObject().value(QStringLiteral("id")).toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(
            d.detail.notes()->data(d.detail.notes()->index(0), NotesModel::IdRole).toLongLong(), noteId,
            kLong);
        QTRY_COMPARE_WITH_TIMEOUT(shownNotes(*d.detail.notes()), notesTruth(db(), m_lead), kLong);
        QVERIFY(!d.detail.notes()->data(d.detail.notes()->index(0), NotesModel::PendingRole).toBool());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM notes WHERE id < 0")), 0);
        QCOMPARE(d.detail.lead().value(QStringLiteral("version")).toLongLong(),
            server.value(QStringLiteral("version")).toInteger());

        // Online: another assignee and the tag taken off again, both on the server in the end.
        const qint64 assignee = scalar(db(),
            QStringLiteral(
                "SELECT id FROM team WHERE role IN ('sales', 'admin') AND id <> ? ORDER BY id LIMIT 1"),
            {d.detail.lead().value(QStringLiteral("assigneeId"))});
        QVERIFY(assignee > 0);
        actions = d.finished.count();
        d.detail.setAssignee(assignee);
        std::tie(ok, message) = d.outcome(actions);
        QVERIFY2(ok, qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(d.detail.lead().value(QStringLiteral("assigneeName")).toString(),
            text(db(), QStringLiteral("SELECT name FROM team WHERE id = ?"), {assignee}), kLong);
        QTRY_VERIFY_WITH_TIMEOUT(d.detail.lead()
                                     .value(QStringLiteral("tags"))
                                     .toStringList()
                                     .contains(QStringLiteral("model-test")),
            kLong);
        actions = d.finished.count();
        d.detail.removeTag(QStringLiteral("model-test"));
        std::tie(ok, message) = d.outcome(actions);
        QVERIFY2(ok, qPrintable(message));
        QTRY_VERIFY_WITH_TIMEOUT(
            !tagsOf(text(db(), QStringLiteral("SELECT tags FROM leads WHERE id = ?"), {m_lead}))
                 .contains(QStringLiteral("model-test")),
            kLong);
        QVERIFY(m_owner->drained());
        const QJsonObject after = http->get(QStringLiteral("/v1/leads/%1").arg(m_lead)).json();
        QCOMPARE(after.value(QStringLiteral("assignee_id")).toInteger(), assignee);
        QVERIFY(!after.value(QStringLiteral("tags")).toArray().contains(QStringLiteral("model-test")));
        QCOMPARE(after.value(QStringLiteral("status")).toString(), status);
        QTRY_COMPARE_WITH_TIMEOUT(d.detail.syncState(), QStringLiteral("synced"), kLong);
        QCOMPARE(
            text(db(), QStringLiteral("SELECT assignee_id FROM leads WHERE id = ?"), {m_lead}).toLongLong(),
            assignee);
    }

    void viewerCannotEdit()
    {
        Detail d(m_viewer->runtime(), m_lead);
        QVERIFY(d.loaded());
        QVERIFY(!d.detail.canEdit());
        // The viewer's cache has caught up with the owner's edits (its stream was away with the server).
        const QString before = m_owner->http()
                                   ->get(QStringLiteral("/v1/leads/%1").arg(m_lead))
                                   .json()
                                   .value(QStringLiteral("status"))
                                   .toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            text(m_viewer->db(), QStringLiteral("SELECT status FROM leads WHERE id = ?"), {m_lead}), before,
            kLong);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(m_viewer->db(), QStringLiteral("SELECT count(*) FROM notes")),
            scalar(db(), QStringLiteral("SELECT count(*) FROM notes")), kLong);
        QVERIFY(d.loaded());
        const qsizetype notesBefore = scalar(m_viewer->db(), QStringLiteral("SELECT count(*) FROM notes"));

        const qint64 note = scalar(
            m_viewer->db(), QStringLiteral("SELECT id FROM notes WHERE lead_id = ? LIMIT 1"), {m_lead});
        QVERIFY(note > 0);
        const QList<std::pair<const char *, std::function<void()>>> edits = {
            {"status", [&] { d.detail.setStatus(otherStatus(before)); }},
            {"tag", [&] { d.detail.addTag(QStringLiteral("viewer-tag")); }},
            {"assignee", [&] { d.detail.setAssignee(0); }},
            {"new note", [&] { d.detail.addNote(QStringLiteral("A viewer's note")); }},
            {"note edit", [&] { d.detail.editNote(note, QStringLiteral("A viewer's words")); }},
            {"note deletion", [&] { d.detail.deleteNote(note); }},
        };
        for (const auto &[what, edit] : edits) {
            const qsizetype actions = d.finished.count();
            edit();
            const auto [ok, message] = d.outcome(actions);
            QVERIFY2(!ok, qPrintable(QStringLiteral("a viewer's %1 was accepted").arg(QLatin1String(what))));
            QVERIFY(!message.isEmpty());
        }
        // Nothing changed in the viewer's cache, nothing was queued, nothing reached the server.
        m_viewer->runtime().writer().waitForIdle(); // anything queued would be written by now
        QCOMPARE(scalar(m_viewer->db(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(
            text(m_viewer->db(), QStringLiteral("SELECT status FROM leads WHERE id = ?"), {m_lead}), before);
        QCOMPARE(scalar(m_viewer->db(), QStringLiteral("SELECT count(*) FROM notes")), notesBefore);
        QCOMPARE(m_owner->http()
                     ->get(QStringLiteral("/v1/leads/%1").arg(m_lead))
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
            before);
        // And the viewer's notes list offers no edits.
        for (int row = 0; row < d.detail.notes()->rowCount(); ++row)
            QVERIFY(!d.detail.notes()->data(d.detail.notes()->index(row), NotesModel::EditableRole).toBool());
    }

    void salesMayChangeOnlyTheirOwnNotes()
    {
        SignedInAccount sales;
        QString error;
        QVERIFY2(sales.open(m_server->url(), kSales, &error), qPrintable(error));
        Detail d(sales.runtime(), m_lead);
        QVERIFY(d.loaded());
        QVERIFY(d.detail.canEdit());
        const QString body = QStringLiteral("Booked a demo for next week");
        const qsizetype actions = d.finished.count();
        d.detail.addNote(body);
        const auto [ok, message] = d.outcome(actions);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(sales.drained());
        // Every note is listed; only the ones this user wrote may be changed (the server's rule for a
        // sales user).
        NotesModel *notes = d.detail.notes();
        QTRY_COMPARE_WITH_TIMEOUT(shownNotes(*notes), notesTruth(sales.db(), m_lead), kLong);
        int mine = 0;
        for (int row = 0; row < notes->rowCount(); ++row) {
            const QModelIndex i = notes->index(row);
            const bool own = notes->data(i, NotesModel::AuthorIdRole).toLongLong() == sales.userId();
            mine += own;
            QCOMPARE(notes->data(i, NotesModel::EditableRole).toBool(), own);
        }
        QCOMPARE(mine, 1);
        QVERIFY(notes->rowCount() > 1);
    }

    void pushToCrmMarksTheLeadSynced()
    {
        const qint64 lead = scalar(db(),
            QStringLiteral("SELECT id FROM leads WHERE crm_state = 'none' AND id <> ? ORDER BY id LIMIT 1"),
            {m_lead});
        QVERIFY(lead > 0);
        const qint64 hubspot
            = scalar(db(), QStringLiteral("SELECT id FROM integrations WHERE provider = 'hubspot'"));
        const qint64 salesforce
            = scalar(db(), QStringLiteral("SELECT id FROM integrations WHERE provider = 'salesforce'"));
        QVERIFY(hubspot > 0 && salesforce > 0);
        Detail d(m_owner->runtime(), lead);
        QVERIFY(d.loaded());
        QCOMPARE(d.detail.lead().value(QStringLiteral("crmState")).toString(), QStringLiteral("none"));

        // Salesforce is in error: refused, with the server's reason.
        qsizetype actions = d.finished.count();
        d.detail.pushToCrm(salesforce);
        QVERIFY(d.detail.pushing());
        auto [ok, message] = d.outcome(actions);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QStringLiteral("Salesforce")), qPrintable(message));
        QVERIFY(!d.detail.pushing());
        QCOMPARE(text(db(), QStringLiteral("SELECT crm_state FROM leads WHERE id = ?"), {lead}),
            QStringLiteral("none"));

        actions = d.finished.count();
        d.detail.pushToCrm(hubspot);
        std::tie(ok, message) = d.outcome(actions);
        QVERIFY2(ok, qPrintable(message));
        const QString crmId = QStringLiteral("hu-%1").arg(1000000 + lead);
        QVERIFY2(message.contains(crmId), qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(
            text(db(), QStringLiteral("SELECT crm_state FROM leads WHERE id = ?"), {lead}),
            QStringLiteral("synced"), kLong);
        QCOMPARE(text(db(), QStringLiteral("SELECT crm_provider FROM leads WHERE id = ?"), {lead}),
            QStringLiteral("hubspot"));
        QCOMPARE(text(db(), QStringLiteral("SELECT crm_id FROM leads WHERE id = ?"), {lead}), crmId);
        QTRY_COMPARE_WITH_TIMEOUT(
            d.detail.lead().value(QStringLiteral("crmState")).toString(), QStringLiteral("synced"), kLong);
        QCOMPARE(d.detail.lead().value(QStringLiteral("crmId")).toString(), crmId);
        const QJsonObject server = m_owner->http()->get(QStringLiteral("/v1/leads/%1").arg(lead)).json();
        QCOMPARE(server.value(QStringLiteral("crm_state")).toString(), QStringLiteral("synced"));
        QCOMPARE(server.value(QStringLiteral("crm_id")).toString(), crmId);
    }

    void conflictShowsAndCanBeDismissed()
    {
        const qint64 lead = scalar(db(),
            QStringLiteral("SELECT id FROM leads WHERE id <> ? AND NOT EXISTS(SELECT 1 FROM conflicts c"
                           " WHERE c.target_id = leads.id) ORDER BY id DESC LIMIT 1"),
            {m_lead});
        Detail d(m_owner->runtime(), lead);
        QVERIFY(d.loaded());
        const QString seen = d.detail.lead().value(QStringLiteral("status")).toString();
        const QString theirs = otherStatus(seen, 1);
        const QString mine = otherStatus(seen, 2);

        // Someone changes the status on the server; this app does not hear of it (no stream, no run)
        // and changes the same field from the value it still shows.
        LiveClient &live = m_owner->runtime().sync().live();
        live.stop();
        auto http = m_owner->http();
        const QString path = QStringLiteral("/v1/leads/%1").arg(lead);
        const QJsonObject current = http->get(path).json();
        QCOMPARE(
            http->patchJson(path, {{QStringLiteral("status"), theirs}}, HttpClient::ifMatch(current)).status,
            200);
        QCOMPARE(text(db(), QStringLiteral("SELECT status FROM leads WHERE id = ?"), {lead}), seen);

        const qsizetype actions = d.finished.count();
        d.detail.setStatus(mine);
        const auto [ok, message] = d.outcome(actions);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(m_owner->drained());
        // The server kept its value; the user's is listed as a conflict next to it.
        QTRY_COMPARE_WITH_TIMEOUT(d.detail.conflicts().size(), 1, kLong);
        const QVariantMap conflict = d.detail.conflicts().first().toMap();
        const QVariantList row = rows(db(), 5,
            QStringLiteral(
                "SELECT id, field, mine, theirs, dismissed FROM conflicts WHERE collection = 'leads'"
                " AND target_id = ?"),
            {lead})
                                     .value(0);
        QCOMPARE(conflict.value(QStringLiteral("conflictId")).toLongLong(), row.value(0).toLongLong());
        QCOMPARE(conflict.value(QStringLiteral("field")).toString(), QStringLiteral("status"));
        QCOMPARE(conflict.value(QStringLiteral("mine")).toString(), u'"' + mine + u'"');
        QCOMPARE(conflict.value(QStringLiteral("theirs")).toString(), u'"' + theirs + u'"');
        QVERIFY(!conflict.value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(d.detail.syncState(), QStringLiteral("conflict"));
        QCOMPARE(http->get(path).json().value(QStringLiteral("status")).toString(), theirs);
        QTRY_COMPARE_WITH_TIMEOUT(d.detail.lead().value(QStringLiteral("status")).toString(), theirs, kLong);

        d.detail.dismissConflict(conflict.value(QStringLiteral("conflictId")).toLongLong());
        QTRY_VERIFY_WITH_TIMEOUT(d.detail.conflicts().isEmpty(), kLong);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT dismissed FROM conflicts WHERE id = ?"), {row.value(0)}), 1);
        QCOMPARE(d.detail.syncState(), QStringLiteral("synced"));
        live.start();
    }
};

QTEST_GUILESS_MAIN(TestLeadDetail)
#include "tst_leaddetail.moc"
