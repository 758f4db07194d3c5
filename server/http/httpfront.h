#pragma once

#include "apiresponse.h"

#include <QAbstractHttpServer>

class ApiDispatcher;
class AuthorizationServer;
class FaultInjector;

// The HTTP face of the server, on Qt HttpServer. It turns each request into an ApiRequest, sends
// OAuth paths to the authorization server and /v1 to the API dispatcher, applies the injected
// faults to /v1 only, and writes the answer. Responses are written before handleRequest() returns:
// in Qt 6.4 a QHttpServerResponder refers to the request and cannot outlive it.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpFront(
        AuthorizationServer &oauth, ApiDispatcher &api, FaultInjector &faults, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void write(
        const QHttpServerRequest &request, QTcpSocket *socket, const ApiResponse &response, bool truncate);

    AuthorizationServer &m_oauth;
    ApiDispatcher &m_api;
    FaultInjector &m_faults;
};
