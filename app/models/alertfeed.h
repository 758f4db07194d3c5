#pragma once

#include "alerts/alert.h"

#include <QObject>
#include <QPointer>

class AccountRuntime;

// Hands the alerts the rules raised (AlertEvaluator, on the writer) to whoever shows them — the
// desktop notifications — each exactly once: alerts are claimed and marked delivered in one
// transaction, so neither a second sync bringing the same rows nor a restart repeats one. Also
// counts the new hot leads nobody has looked at yet, for the tray and the sidebar.
class AlertFeed : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int newHotLeads READ newHotLeads NOTIFY newHotLeadsChanged)

public:
    static constexpr int kClaimBatch = 50;

    explicit AlertFeed(QObject *parent = nullptr);

    void setRuntime(AccountRuntime *runtime);
    // The account whose alerts alertsRaised() hands over (null when none is open).
    AccountRuntime *runtime() const;
    // Until something shows alerts, they wait in the cache (a test, a command-line run).
    void setDelivering(bool delivering);
    bool delivering() const { return m_delivering; }

    int newHotLeads() const { return m_newHotLeads; }
    // The person has seen the new hot leads (opened the lead list, clicked the tray's entry).
    Q_INVOKABLE void markHotLeadsSeen();

Q_SIGNALS:
    void alertsRaised(const AlertList &alerts);
    void newHotLeadsChanged();

private:
    void claim();
    void setNewHotLeads(int count);

    QPointer<AccountRuntime> m_runtime;
    bool m_delivering = false;
    bool m_claiming = false;
    bool m_claimAgain = false;
    int m_newHotLeads = 0;
    quint64 m_generation = 0; // a claim for a runtime that was replaced is ignored
};
