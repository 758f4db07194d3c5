#pragma once

#include "backoff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWebSocket;
class Session;

// Keeps one signed-in account's live WebSocket (/v1/live) open for as long as it is wanted, on the
// GUI thread. It only carries frames: each text frame leaves as frameReceived() still unparsed, so
// that the JSON work (LiveMessage) happens on the database thread, and connected() fires on every
// (re)connection because the owner must then catch up by cursor for whatever it missed while away.
// The server closes the socket with 1008 "invalid_token…" when the access token is revoked or
// expires; the client then refreshes through the Session and reconnects at once, and stays
// SignedOut once the session has ended. Every other loss is retried after an exponential backoff
// with full jitter, so that many clients cut off together do not all come back in the same instant.
// Tokens and frame contents are customer secrets and never reach a log. The Session must outlive it.
class LiveClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Connecting, // opening the socket, or refreshing the token first
        Connected,
        Waiting, // backoff before the next attempt
        SignedOut, // the session ended; only a new sign-in (a new Session) helps
    };
    Q_ENUM(State)

    static constexpr int kDefaultMinBackoffMs = 500;
    static constexpr int kDefaultMaxBackoffMs = 30000;
    // A connection that lived this long was healthy: the next loss starts the backoff afresh.
    static constexpr int kStableConnectionMs = 10000;
    // The handshake must finish within this, and an open socket that is silent for this long (the
    // server sends counters every second) gets a ping, then as long again to answer it.
    static constexpr int kWatchdogMs = 15000;

    explicit LiveClient(Session &session, QObject *parent = nullptr);
    ~LiveClient() override;

    // Connects, and keeps reconnecting until stop() or the end of the session. No-op unless Stopped.
    void start();
    // Cancels any pending reconnect or refresh and closes the socket cleanly; emits nothing further.
    void stop();

    State state() const { return m_state; }
    // How many times the socket has opened since construction.
    int connectCount() const { return m_connectCount; }
    // The last problem (refusal, failed attempt, close reason), for the UI; empty while all is well.
    QString errorString() const { return m_error; }
    // The first retry waits up to minMs (at least half of it: Backoff's jitter); each further
    // failure doubles that bound, up to maxMs.
    void setBackoff(int minMs, int maxMs);

Q_SIGNALS:
    void stateChanged(LiveClient::State state);
    void connected();
    void frameReceived(const QByteArray &frame);
    void errorOccurred(const QString &message);

private:
    void attempt();
    void refreshThenOpen();
    void onRefreshed(quint64 generation, bool ok, const QString &message);
    void open();
    void onOpened();
    void onFrame(const QString &text);
    void onSocketGone(QWebSocket *socket, const QString &cause = {});
    void onWatchdog();
    void retryLater(const QString &why);
    void signedOut(const QString &why);
    void closeSocket();
    void setState(State state);
    QByteArray currentTokenHash() const;

    Session &m_session;
    QPointer<QWebSocket> m_socket;
    QTimer m_retryTimer;
    QTimer m_watchdog;
    QElapsedTimer m_openedAt;
    QElapsedTimer m_lastHeard; // a frame or a pong
    State m_state = State::Stopped;
    QString m_error;
    // Which token the current socket was opened with (a SHA-256, not the token): if the server
    // rejects it but the Session has already rotated to another, reconnecting needs no refresh.
    QByteArray m_openedWithToken;
    quint64 m_generation = 0; // bumped by stop(): late callbacks from an earlier run are ignored
    int m_connectCount = 0;
    // Its attempt count is the failures since the last stable connection, which set the bound.
    Backoff m_backoff {kDefaultMinBackoffMs, kDefaultMaxBackoffMs};
    int m_rejectionsInARow = 0; // token rejections with no frame in between
    bool m_needsRefresh = false;
    bool m_pingSent = false;
};
