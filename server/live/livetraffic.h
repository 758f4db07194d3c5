#pragma once

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QVariant>

class ChangeLog;
class Database;

// --live-rate: synthetic visitors browsing the main demo account's sites in real time. Each page
// view is stored like any other write (seq, visit, lead counters) and so reaches clients both
// through the live stream and through incremental sync.
class LiveTraffic : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kAccountId = 1;

    LiveTraffic(Database &db, ChangeLog &changes, double perSecond, QObject *parent = nullptr);

private:
    struct ActiveVisit
    {
        qint64 id;
        qint64 siteId;
        QString domain;
        QString visitorId;
        QVariant leadId;
        QString lastUrl;
        int pagesLeft;
        qint64 startedAt;
        bool countedOnLead = false;
    };

    void tick();
    void addPageView();
    ActiveVisit startVisit(qint64 now);

    Database &m_db;
    ChangeLog &m_changes;
    double m_perTick;
    double m_owed = 0;
    QTimer m_timer;
    QRandomGenerator m_random;
    QList<qint64> m_leadIds;
    QList<QPair<qint64, QString>> m_sites;
    QList<ActiveVisit> m_active;
    qint64 m_visitorCounter = 0;
};
