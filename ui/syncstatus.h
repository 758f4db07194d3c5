#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class AccountWorkspace;

// How the open account's sync is going, in words a person understands: connecting, syncing with
// progress and time left, up to date since when, offline (working from the cache and retrying by
// itself), server trouble, failed, signed out. Workspace owns it and feeds it the workspace's
// engine and live stream; QML binds to it as Workspace.sync.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The sync status is Workspace.sync.")

    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY changed)
    Q_PROPERTY(bool liveConnected READ liveConnected NOTIFY changed)
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)

public:
    explicit SyncStatus(QObject *parent = nullptr);

    // "starting", "idle", "syncing", "waiting", "offline", "failed", "signedOut", "notSignedIn"
    QString state() const { return m_state; }
    QString statusText() const;
    double progress() const { return m_progress; } // 0..1, or -1 when unknown
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    bool liveConnected() const { return m_liveConnected; }
    // The server answers (its last run went through, or the live stream is up).
    bool online() const;
    bool syncing() const { return m_state == u"syncing"; }

    // The last few sync errors, "<UTC time> <message>", newest last.
    QStringList recentErrors() const { return m_recentErrors; }

    void attach(AccountWorkspace *workspace);
    void setState(const QString &state, const QString &detail = {});
    void reset();

Q_SIGNALS:
    void changed();

private:
    QPointer<AccountWorkspace> m_workspace;
    QString m_state = QStringLiteral("starting");
    QString m_detail;
    QString m_collection;
    double m_progress = -1;
    qint64 m_etaSeconds = -1;
    QDateTime m_lastSyncedAt;
    bool m_liveConnected = false;
    static constexpr int kRecentErrors = 5;
    QStringList m_recentErrors;
};
