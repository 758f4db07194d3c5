#include "session.h"

#include "api/networkclient.h"
#include "core/logging.h"
#include "secretstore.h"
#include "tokenclient.h"

#include <QPointer>

Session::Session(NetworkClient &network, SecretStore &secrets, ServerMetadata server, TokenSet tokens,
    QString secretKey, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_server(std::move(server))
    , m_tokens(std::move(tokens))
    , m_secretKey(std::move(secretKey))
    , m_tokenClient(std::make_unique<TokenClient>(network, m_server))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh([](bool, const QString &) {}); });
    scheduleRefresh();
}

Session::~Session() = default;

void Session::scheduleRefresh()
{
    if (!m_active || !m_tokens.expiresAt.isValid())
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_tokens.expiresAt) - kRefreshMarginSeconds;
    m_refreshTimer.start(int(std::clamp<qint64>(left, 1, 24 * 3600) * 1000));
}

void Session::send(const QByteArray &verb, const QString &path, const QByteArray &body,
    std::function<void(const ApiResult &)> done)
{
    send(verb, path, body, Headers(), std::move(done));
}

void Session::send(const QByteArray &verb, const QString &path, const QByteArray &body,
    const Headers &headers, std::function<void(const ApiResult &)> done)
{
    if (m_tokens.expiresWithin(kRefreshMarginSeconds)) {
        refresh([this, verb, path, body, headers, done](bool ok, const QString &message) {
            if (!ok && !m_active) {
                ApiResult ended;
                ended.kind = ApiResult::Kind::HttpError;
                ended.status = 401;
                ended.message = message;
                done(ended);
                return;
            }
            // A refresh that failed for network reasons leaves the old token to try.
            sendWithToken(verb, path, body, headers, false, done);
        });
        return;
    }
    sendWithToken(verb, path, body, headers, true, done);
}

void Session::sendWithToken(const QByteArray &verb, const QString &path, const QByteArray &body,
    const Headers &headers, bool mayRefresh, std::function<void(const ApiResult &)> done)
{
    QNetworkRequest request(QUrl(m_server.apiBase.toString() + path));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toLatin1());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_network.sendCredentialed(m_server.server, verb, request, body,
        [this, alive = QPointer<Session>(this), verb, path, body, headers, mayRefresh, done](
            const ApiResult &reply) {
            if (!alive)
                return; // the session went away (sign-out, account switch): so did whoever asked
            if (reply.status == 401 && mayRefresh && m_active) {
                // Once: the token may have been revoked or expired early; a second 401 is final.
                refresh([this, verb, path, body, headers, done, reply](bool ok, const QString &) {
                    if (ok)
                        sendWithToken(verb, path, body, headers, false, done);
                    else
                        done(reply);
                });
                return;
            }
            done(reply);
        });
}

void Session::refresh(std::function<void(bool ok, const QString &message)> done)
{
    if (!m_active) {
        done(false, tr("You are signed out. Please sign in again."));
        return;
    }
    m_waitingForRefresh.append(std::move(done));
    if (m_waitingForRefresh.size() > 1)
        return; // one refresh in flight serves everyone: two would look like token reuse
    m_tokenClient->refresh(
        m_tokens, [this, alive = QPointer<Session>(this)](const TokenClient::Result &result) {
            if (!alive)
                return;
            const auto waiting = std::exchange(m_waitingForRefresh, {});
            if (result.kind == TokenClient::Result::Kind::Rejected) {
                end(result.message);
                for (const auto &callback : waiting)
                    callback(false, result.message);
                return;
            }
            if (result.kind == TokenClient::Result::Kind::Failed) {
                qCInfo(lcAuth) << "refresh failed, keeping the session:" << result.message;
                for (const auto &callback : waiting)
                    callback(false, result.message);
                return;
            }
            m_tokens = result.tokens;
            ++m_refreshes;
            // The old refresh token is now spent: losing the new one would end the session.
            const SecretStore::Result stored = m_secrets.writeAndWait(m_secretKey, m_tokens.serialise());
            if (!stored.ok())
                qCWarning(lcAuth) << "could not store refreshed tokens:" << stored.error;
            scheduleRefresh();
            for (const auto &callback : waiting)
                callback(true, {});
        });
}

void Session::signOut(std::function<void(bool revoked, const QString &message)> done)
{
    m_refreshTimer.stop();
    const QString refreshToken = m_tokens.refreshToken;
    m_tokenClient->revoke(
        refreshToken, [this, alive = QPointer<Session>(this), done](bool revoked, const QString &message) {
            if (!alive)
                return;
            // Local secrets go whatever the server said: signing out must work offline too.
            const SecretStore::Result removed = m_secrets.removeAndWait(m_secretKey);
            m_tokens = {};
            m_active = false;
            if (!removed.ok())
                done(false, removed.error);
            else
                done(revoked, revoked ? QString() : message);
        });
}

void Session::end(const QString &message)
{
    if (!m_active)
        return;
    m_active = false;
    m_refreshTimer.stop();
    m_tokens = {};
    // The grant is dead; its secrets are worthless and should not linger in the keychain.
    m_secrets.removeAndWait(m_secretKey);
    qCInfo(lcAuth) << "session ended:" << message;
    Q_EMIT ended(message);
}
