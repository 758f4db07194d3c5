#include "httpfront.h"

#include "../oauth/authorizationserver.h"
#include "apidispatcher.h"
#include "faultinjector.h"

#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QThread>

Q_LOGGING_CATEGORY(lcHttp, "miraget.server.http")

namespace {
// Only reads are damaged: a client must be able to retry one without thinking, and a damaged write
// answer would hide whether the write happened (--fault-truncate covers that case).
bool canBeMalformed(const ApiRequest &request, const ApiResponse &response)
{
    return request.method == QHttpServerRequest::Method::Get && response.status >= 200
        && response.status < 300 && response.contentType == "application/json" && !response.body.isEmpty();
}

// --fault-malformed: the real body with its closing bracket replaced by the start of a member name
// that never ends and holds a byte that is not UTF-8, so every strict parser stops at the end of
// input. It stays complete as far as HTTP is concerned: the caller sets Content-Length from it.
QByteArray malformed(QByteArray body)
{
    if (body.endsWith('}') || body.endsWith(']'))
        body.chop(1);
    body += ",\"\xff";
    return body;
}
} // namespace

HttpFront::HttpFront(AuthorizationServer &oauth, ApiDispatcher &api, FaultInjector &faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_oauth(oauth)
    , m_api(api)
    , m_faults(faults)
{ }

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 offers WebSocket upgrades here before handing the socket to LiveHub: answering
    // would put an HTTP response in front of the 101. Authentication happens in LiveHub.
    if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true;
    const ApiRequest apiRequest = ApiRequest::from(request);
    if (auto oauthResponse = m_oauth.handle(apiRequest)) {
        write(request, socket, *oauthResponse, false);
        return true;
    }
    if (apiRequest.path == u"/v1" || apiRequest.path.startsWith(QStringLiteral("/v1/"))) {
        // The server answers one request at a time, so injected latency delays everyone queued
        // behind it too, much like a congested uplink.
        if (m_faults.latencyMs() > 0)
            QThread::msleep(ulong(m_faults.latencyMs()));
        if (m_faults.nextIsServerError()) {
            write(request, socket,
                ApiResponse::problem(503, QStringLiteral("injected-fault"),
                    QStringLiteral("Service unavailable"),
                    QStringLiteral("Injected by --fault-5xx; nothing was processed."))
                    .withHeader("Retry-After", "1"),
                false);
            return true;
        }
        ApiResponse response = m_api.dispatch(apiRequest);
        const bool truncate = m_faults.nextIsTruncated();
        // Drawn for every dispatched request, eligible or not, so which requests are hit depends
        // only on their order and a run replays the same way with the same --fault-seed.
        if (m_faults.nextIsMalformed() && canBeMalformed(apiRequest, response)) {
            qCDebug(lcHttp) << "malforming response to" << apiRequest.path;
            response.body = malformed(std::move(response.body));
        }
        write(request, socket, response, truncate);
        return true;
    }
    if (apiRequest.path == u"/" && apiRequest.method == QHttpServerRequest::Method::Get) {
        write(request, socket,
            ApiResponse::json(QJsonObject {{QStringLiteral("name"), QStringLiteral("miraget-server")},
                {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                {QStringLiteral("metadata"), QStringLiteral("/.well-known/oauth-authorization-server")},
                {QStringLiteral("api"), QStringLiteral("/v1")}}),
            false);
        return true;
    }
    return false; // -> missingHandler
}

void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket,
        ApiResponse::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
            QStringLiteral("Nothing is served at this address.")),
        false);
}

void HttpFront::write(
    const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response, bool truncate)
{
    // The responder writes status, headers and body separately; with Nagle's algorithm the body then
    // waits for the client's delayed ACK of the headers (~40 ms per response).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    // Browsers must take every answer for the type it says it is (an HTML page, JSON, a PDF),
    // never sniff one into script.
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    if (truncate && response.body.size() > 1) {
        // --fault-truncate: the headers promise the whole body, half of it arrives, the connection
        // drops. The request itself was fully processed.
        qCDebug(lcHttp) << "truncating response to" << request.url().path();
        responder.writeBody(response.body.left(response.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    responder.writeBody(response.body);
}
