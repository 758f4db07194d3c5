#pragma once

#include "alertrule.h"
#include "core/pagepattern.h"
#include "storage/writehook.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>

class DatabaseContext;
class SqlDatabase;
class SqlStatement;

// Runs the account's alert rules over what the cache is about to commit, on the writer thread and
// inside PageWriter's transaction, so an alert exists exactly when the rows that caused it do:
// written for rows that arrive by sync or by the live stream alike (also hours late, after being
// offline), and gone with them if the write rolls back. Each alert is a row in `alerts`, unique per
// rule and event; AlertFeed tells the desktop about new rows.
//
// A hot-lead rule fires when a lead reaches the score in this write (it was below, or is a lead
// created after the rule); page and watch-list rules fire once per visit; traffic rules compare the
// last hours with the same hours a week before, at most every kTrafficCheckSeconds, and stay quiet
// for their quiet period after firing. Registered on leads and page views as a write hook.
class AlertEvaluator : public WriteHook
{
public:
    static constexpr qint64 kTrafficCheckSeconds = 30;

    explicit AlertEvaluator(SqlDatabase &db);
    explicit AlertEvaluator(DatabaseContext &context); // as a DatabaseContext helper
    ~AlertEvaluator() override;
    AlertEvaluator(const AlertEvaluator &) = delete;
    AlertEvaluator &operator=(const AlertEvaluator &) = delete;

    // Starts a transaction's evaluation: reads the enabled rules, forgets the previous batch.
    bool begin(QString *error) override;
    bool wantsPageviews() const { return m_wantsPageviews; }
    // Leads about to be written (the items of a page or live batch): remembers the scores the cache
    // had for the ones that could become hot.
    bool beforeLeads(const QJsonArray &items, QString *error);
    // The same items once written; `written` are the ids that were (a stale state is not).
    bool afterLeads(const QJsonArray &items, const QList<qint64> &written, QString *error);
    // A page view just inserted (not one the cache already had).
    void addPageview(const QJsonObject &item) { m_pageviews.append(item); }
    // Alerts written since begin().
    int raised() const { return m_raised; }

    // The write hook: leads before and after they are written, page views as they are inserted,
    // and finish() with the page views current when the write brought them up to now.
    bool beforeRows(Collection collection, const QJsonArray &items, QString *error) override;
    void rowAdded(Collection collection, const QJsonObject &item) override;
    bool afterRows(Collection collection, const QJsonArray &items, const QList<qint64> &written,
        QString *error) override;
    bool finish(const Collections &current, QString *error) override;
    int alertsRaised() const override { return m_raised; }

    // Unix seconds; tests move it.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    // Before the commit: the page view rules over this batch, and the traffic rules when the page
    // views in the cache are complete up to now (`pageviewsCurrent`).
    bool evaluate(bool pageviewsCurrent, QString *error);
    bool raise(const AlertRule &rule, qint64 leadId, const QString &eventKey, const QString &subject,
        const QString &detail, qint64 value, qint64 baseline, qint64 occurredAt, QString *error);
    bool checkPageviews(QString *error);
    bool checkTraffic(AlertRule &rule, qint64 now, QString *error);
    bool lookUpLead(qint64 id, QString *name, QString *domain, QString *error);
    // Whether `domain` is on the target-account list `listId` (a watched-company rule for a list).
    bool onTargetList(qint64 listId, const QString &domain, bool *listed, QString *error);
    qint64 pageviewsBetween(qint64 after, qint64 upTo, QString *error);
    SqlStatement &statement(std::unique_ptr<SqlStatement> &slot, const QString &sql);

    SqlDatabase &m_db;
    std::function<qint64()> m_clock;
    QList<AlertRule> m_rules;
    QList<PagePattern> m_patterns; // one per rule, valid for page rules
    bool m_wantsPageviews = false;
    int m_minHotScore = 0; // 0: no hot-lead rule
    qint64 m_earliestHotArming = 0;
    QHash<qint64, int> m_previousScores; // -1: not in the cache before
    QList<QJsonObject> m_pageviews;
    QHash<qint64, std::pair<QString, QString>> m_leadNames;
    int m_raised = 0;
    qint64 m_lastTrafficCheck = 0;
    std::unique_ptr<SqlStatement> m_insert, m_score, m_lead, m_count, m_oldest, m_fired, m_hidden, m_onList;
};
