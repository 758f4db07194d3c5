#include "httpfront.h"

#include "../oauth/authorizationserver.h"
#include "apidispatcher.h"
#include "faultinjector.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
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
    : QObject(parent)
    , m_oauth(oauth)
    , m_api(api)
    , m_faults(faults)
{ }

void HttpFront::handle(const ApiRequest &request, const HttpConnection::Respond &respond)
{
    if (m_oauth.handle(request, [respond](const ApiResponse &response) { respond({response, false}); }))
        return;
    if (request.path == u"/v1" || request.path.startsWith(QStringLiteral("/v1/"))) {
        handleApi(request, respond);
        return;
    }
    if (request.path == u"/" && request.method == QHttpServerRequest::Method::Get) {
        respond({ApiResponse::json(QJsonObject {{QStringLiteral("name"), QStringLiteral("miraget-server")},
                     {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                     {QStringLiteral("metadata"), QStringLiteral("/.well-known/oauth-authorization-server")},
                     {QStringLiteral("api"), QStringLiteral("/v1")}}),
            false});
        return;
    }
    // Not the path itself: an error page must not echo what the client sent.
    respond({ApiResponse::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                 QStringLiteral("Nothing is served at this address.")),
        false});
}

void HttpFront::handleApi(const ApiRequest &request, const HttpConnection::Respond &respond)
{
    // The server answers one request at a time, so injected latency delays everyone queued
    // behind it too, much like a congested uplink.
    if (m_faults.latencyMs() > 0)
        QThread::msleep(ulong(m_faults.latencyMs()));
    if (m_faults.nextIsServerError()) {
        respond({ApiResponse::problem(503, QStringLiteral("injected-fault"),
                     QStringLiteral("Service unavailable"),
                     QStringLiteral("Injected by --fault-5xx; nothing was processed."))
                     .withHeader("Retry-After", "1"),
            false});
        return;
    }
    ApiResponse response = m_api.dispatch(request);
    const bool truncate = m_faults.nextIsTruncated();
    // Drawn for every dispatched request, eligible or not, so which requests are hit depends
    // only on their order and a run replays the same way with the same --fault-seed.
    if (m_faults.nextIsMalformed() && canBeMalformed(request, response)) {
        qCDebug(lcHttp) << "malforming response to" << request.path;
        response.body = malformed(std::move(response.body));
    }
    respond({response, truncate});
}
