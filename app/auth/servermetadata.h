#pragma once

#include "core/serverendpoint.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <optional>

// What RFC 8414 discovery tells the app about a Miraget server, checked before anything is sent
// to it: the issuer is the server the user typed, PKCE S256 is offered, and every endpoint,
// the live socket's included, lives on that same origin — so a tampered document cannot send the
// user's code or tokens elsewhere.
struct ServerMetadata
{
    Q_DECLARE_TR_FUNCTIONS(ServerMetadata)

public:
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QUrl apiBase;
    QUrl liveEndpoint;
    // The server the user signed in to, which every URL above was checked against
    // (ServerEndpoint::mayReceiveCredentials); requests check their URL with it again.
    ServerEndpoint server;

    // nullopt with *error set ("not a Miraget server …") when the document does not qualify.
    static std::optional<ServerMetadata> fromJson(
        const QJsonObject &document, const ServerEndpoint &server, QString *error);
    // The document again (the members fromJson() reads), to be remembered for starting offline.
    QJsonObject toJson() const;
};
