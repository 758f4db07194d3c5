#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class AccountRuntime;

// How the open account's sync is going, in words a person understands: connecting, syncing with
// progress and time left, up to date since when, offline (working from the cache and retrying by
// itself), server trouble, failed, signed out. Workspace owns it and feeds it the workspace's
// engine and live stream; QML binds to it as Workspace.sync.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The sync status is Workspace.sync.")

    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY changed)
    Q_PROPERTY(bool liveConnected READ liveConnected NOTIFY changed)
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    // While a long sync of visits or page views runs (the first one): how far activity has come,
    // for the dashboard, which shows what has arrived so far. Empty otherwise.
    Q_PROPERTY(QString activityText READ activityText NOTIFY changed)

public:
    enum class State
    {
        Starting,
        NotSignedIn,
        Idle,
        Syncing,
        Waiting, // server trouble: retrying after a backoff
        Offline, // the server cannot be reached: retrying by itself
        Failed,
        SignedOut,
    };
    Q_ENUM(State)

    explicit SyncStatus(QObject *parent = nullptr);

    State state() const { return m_state; }
    // "idle", "offline", …: for the diagnostics report.
    static QString stateName(State state);
    QString statusText() const;
    QString activityText() const;
    double progress() const { return m_progress; } // 0..1, or -1 when unknown
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    bool liveConnected() const { return m_liveConnected; }
    // The server answers (its last run went through, or the live stream is up).
    bool online() const;
    bool syncing() const { return m_state == State::Syncing; }

    // The last few sync errors, "<UTC time> <message>", newest last.
    QStringList recentErrors() const { return m_recentErrors; }

    void attach(AccountRuntime *runtime);
    void setState(State state, const QString &detail = {});
    void reset();

Q_SIGNALS:
    void changed();

private:
    QPointer<AccountRuntime> m_runtime;
    State m_state = State::Starting;
    QString m_detail;
    QString m_progressText;
    QString m_activityText;
    double m_progress = -1;
    QDateTime m_lastSyncedAt;
    bool m_liveConnected = false;
    static constexpr int kRecentErrors = 5;
    QStringList m_recentErrors;
};
