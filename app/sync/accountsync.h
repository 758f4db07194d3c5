#pragma once

#include "storage/collection.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class DatabaseThread;
class LiveClient;
class Session;
class SyncEngine;

// One signed-in account's offline machinery, assembled: the cache's writer thread, the sync engine
// that pages the server into it, and the live stream whose events land in it between runs. Live
// frames are batched for a moment and parsed and written on the database thread; every
// (re)connection of the stream triggers a sync run, which catches up by cursor on whatever was
// missed while disconnected (rows already applied live are simply written again: nothing is
// doubled). Models listen to collectionChanged() and reload what they show.
class AccountSync : public QObject
{
    Q_OBJECT

public:
    // How long live frames wait to be written together: well inside the one-second budget for a
    // server event to reach a model, long enough to batch a burst into one transaction.
    static constexpr int kLiveBatchMs = 50;

    explicit AccountSync(Session &session, QObject *parent = nullptr);
    ~AccountSync() override;

    // Opens (and migrates) the cache on the database thread; false with *error.
    bool open(const QString &databasePath, const QByteArray &key, QString *error);
    // Syncs now and every intervalSeconds, and keeps the live stream open.
    void start(int intervalSeconds);
    void stop();

    SyncEngine &engine() { return *m_engine; }
    LiveClient &live() { return *m_live; }
    DatabaseThread &database() { return *m_database; }
    qint64 liveEventsApplied() const { return m_liveApplied; }

Q_SIGNALS:
    void collectionChanged(Collection collection);
    void alertsRaised();
    void countersChanged(const QDateTime &at, int visitors5m, int pageviews1m);
    void errorOccurred(const QString &message);

private:
    void onFrame(const QByteArray &frame);
    void flushFrames();

    Session &m_session;
    std::unique_ptr<DatabaseThread> m_database;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<LiveClient> m_live;
    QList<QByteArray> m_frames;
    QTimer m_flushTimer;
    qint64 m_liveApplied = 0;
};
