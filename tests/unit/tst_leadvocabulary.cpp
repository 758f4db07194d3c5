// The lead's words defined once (core/leadvocabulary.h): the SQL generated from them is the
// expression the lead-list index was built on (or the sort by status would scan the table), the
// wire names round-trip, and the pending-changes list words an edit from them.
#include "core/leadvocabulary.h"
#include "models/pendingchangetext.h"

#include <QTest>

class TestLeadVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusRankIsTheIndexedExpression()
    {
        // Migration 4's leads_status_rank, frozen at its version (app/storage/cacheschema.cpp).
        QCOMPARE(Lead::statusRankSql(),
            QStringLiteral("(CASE status WHEN 'new' THEN 0 WHEN 'working' THEN 1 WHEN 'qualified' THEN 2"
                           " WHEN 'won' THEN 3 WHEN 'lost' THEN 4 ELSE 5 END)"));
    }

    void wireNamesRoundTrip()
    {
        for (const Lead::Status status : Lead::statuses())
            QCOMPARE(Lead::statusFromWire(Lead::wireName(status)), status);
        for (const Lead::Temperature temperature : Lead::temperatures())
            QCOMPARE(Lead::temperatureFromWire(Lead::wireName(temperature)), temperature);
        QCOMPARE(Lead::statusFromWire(u"archived"), std::nullopt);
        QCOMPARE(Lead::syncStateFromWire(u"pending"), Lead::SyncState::Pending);
    }

    void temperaturesFollowTheScore()
    {
        QCOMPARE(Lead::temperatureOf(100), Lead::Temperature::Hot);
        QCOMPARE(Lead::temperatureOf(Lead::kHotScore), Lead::Temperature::Hot);
        QCOMPARE(Lead::temperatureOf(Lead::kHotScore - 1), Lead::Temperature::Warm);
        QCOMPARE(Lead::temperatureOf(Lead::kWarmScore), Lead::Temperature::Warm);
        QCOMPARE(Lead::temperatureOf(Lead::kWarmScore - 1), Lead::Temperature::Cold);
        QCOMPARE(Lead::temperatureSql(Lead::Temperature::Warm, QStringLiteral("s")),
            QStringLiteral("(s >= 40 AND s < 70)"));
    }

    void pendingEditsAreWorded()
    {
        const PendingChangeText::Names team {{5, QStringLiteral("Ada Lovelace")}};
        QCOMPARE(PendingChangeText::pending(QStringLiteral("lead_patch"),
                     QStringLiteral(R"({"status":"won","assignee_id":5,"tags":["a","b"]})"), team),
            QStringLiteral("assigned to Ada Lovelace; status → Won; tags → a, b"));
        QCOMPARE(PendingChangeText::pending(
                     QStringLiteral("lead_patch"), QStringLiteral(R"({"assignee_id":null,"tags":[]})"), team),
            QStringLiteral("unassigned; tags → none"));
        // 0 is nobody too, as the popup always said; a status that is not a word is shown as sent.
        QCOMPARE(PendingChangeText::pending(
                     QStringLiteral("lead_patch"), QStringLiteral(R"({"assignee_id":0})"), team),
            QStringLiteral("unassigned"));
        QCOMPARE(
            PendingChangeText::pending(QStringLiteral("lead_patch"), QStringLiteral(R"({"status":7})"), team),
            QStringLiteral("status → 7"));
        // A member the cache does not know is shown by id rather than not at all.
        QCOMPARE(PendingChangeText::pending(
                     QStringLiteral("lead_patch"), QStringLiteral(R"({"assignee_id":9})"), team),
            QStringLiteral("assigned to 9"));
        QCOMPARE(PendingChangeText::pending(
                     QStringLiteral("note_create"), QStringLiteral(R"({"body":"Call back"})"), team),
            QStringLiteral("New note: “Call back”"));
        QCOMPARE(PendingChangeText::pending(QStringLiteral("note_delete"), QString(), team),
            QStringLiteral("Note deleted"));
        QCOMPARE(PendingChangeText::pending(
                     QStringLiteral("lead_patch"), QStringLiteral(R"({"tags":["icp","hot"]})"), team),
            QStringLiteral("tags → icp, hot"));
        QCOMPARE(PendingChangeText::assigneeIds(QString(), QStringLiteral(R"({"assignee_id":5})")),
            QList<qint64> {5});
    }

    void conflictsShowBothValues()
    {
        const PendingChangeText::Names team {
            {5, QStringLiteral("Ada Lovelace")}, {6, QStringLiteral("Alan Turing")}};
        QCOMPARE(PendingChangeText::conflict(
                     QStringLiteral("status"), QStringLiteral(R"("won")"), QStringLiteral(R"("lost")"), team),
            QStringLiteral("status — yours: Won · kept on the server: Lost"));
        QCOMPARE(PendingChangeText::conflict(
                     QStringLiteral("assignee_id"), QStringLiteral("5"), QStringLiteral("null"), team),
            QStringLiteral("assignee_id — yours: Ada Lovelace · kept on the server: (nothing)"));
        QCOMPARE(PendingChangeText::assigneeIds(QStringLiteral("assignee_id"), QStringLiteral("6")),
            QList<qint64> {6});
        // Not JSON (a value written by something else): shown as it is.
        QCOMPARE(PendingChangeText::conflict(
                     QStringLiteral("body"), QStringLiteral("{oops"), QStringLiteral(R"("x")"), team),
            QStringLiteral("body — yours: {oops · kept on the server: x"));
    }
};

QTEST_GUILESS_MAIN(TestLeadVocabulary)
#include "tst_leadvocabulary.moc"
