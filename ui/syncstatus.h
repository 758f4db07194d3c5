#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

class AccountSync;
class NetworkClient;
class SecretStore;
class Session;
class SignedInAccounts;

// The current account's sync, for the window: restores its session at start, keeps the cache in
// step (sync on start, every few minutes and on demand, plus the live stream) and tells QML how it
// is going in words a person understands. With the server unreachable at start it keeps retrying
// by itself; the cache stays readable meanwhile.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY changed)
    Q_PROPERTY(bool liveConnected READ liveConnected NOTIFY changed)
    Q_PROPERTY(int visitorsNow READ visitorsNow NOTIFY changed)

public:
    static constexpr int kIntervalSeconds = 300;

    explicit SyncStatus(QObject *parent = nullptr);
    ~SyncStatus() override;

    // "starting", "idle", "syncing", "waiting", "offline", "failed", "signedOut", "notSignedIn"
    QString state() const { return m_state; }
    QString statusText() const;
    double progress() const { return m_progress; } // 0..1, or -1 when unknown
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    bool liveConnected() const { return m_liveConnected; }
    int visitorsNow() const { return m_visitorsNow; }

    Q_INVOKABLE void syncNow();
    // Starts over with the profile's current account (after a switch or a sign-in).
    Q_INVOKABLE void restart();
    // Closes the cache and the live stream, e.g. before the account's data is removed.
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void changed();
    void collectionChanged(const QString &collection);

private:
    void restore();
    void attach();
    void setState(const QString &state, const QString &detail = {});

    std::unique_ptr<NetworkClient> m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SignedInAccounts> m_accounts;
    std::shared_ptr<Session> m_session;
    std::unique_ptr<AccountSync> m_sync;
    QTimer m_retryTimer;
    int m_retries = 0;
    quint64 m_generation = 0; // a restore that was overtaken by a restart is ignored
    QString m_state = QStringLiteral("starting");
    QString m_detail;
    QString m_collection;
    double m_progress = -1;
    qint64 m_etaSeconds = -1;
    QDateTime m_lastSyncedAt;
    bool m_liveConnected = false;
    int m_visitorsNow = 0;
};
