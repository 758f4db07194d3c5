#pragma once

#include "httpconnection.h"

#include <QObject>

class ApiDispatcher;
class AuthorizationServer;
class FaultInjector;

// What the server answers, whatever carried the request (HttpConnection): OAuth paths go to the
// authorization server, /v1 to the API dispatcher with the injected faults (--fault-*), / to a
// small index, anything else is 404.
class HttpFront : public QObject
{
    Q_OBJECT

public:
    HttpFront(
        AuthorizationServer &oauth, ApiDispatcher &api, FaultInjector &faults, QObject *parent = nullptr);

    void handle(const ApiRequest &request, const HttpConnection::Respond &respond);

private:
    void handleApi(const ApiRequest &request, const HttpConnection::Respond &respond);

    AuthorizationServer &m_oauth;
    ApiDispatcher &m_api;
    FaultInjector &m_faults;
};
