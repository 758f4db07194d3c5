#include "serverdiscovery.h"

#include "api/networkclient.h"

namespace serverdiscovery {

void discover(NetworkClient &network, const ServerEndpoint &server, Callback done)
{
    QNetworkRequest request(server.metadataUrl());
    request.setRawHeader("Accept", "application/json");
    network.send("GET", request, {}, [server, done](const ApiResult &reply) {
        if (!reply.ok()) {
            if (reply.kind == ApiResult::Kind::HttpError)
                done(std::nullopt,
                    ServerMetadata::tr("%1 is not a Miraget server (no sign-in metadata: %2).")
                        .arg(server.toString())
                        .arg(reply.status));
            else
                done(std::nullopt, reply.message);
            return;
        }
        if (reply.json().isEmpty()) {
            done(std::nullopt, ServerMetadata::tr("%1 is not a Miraget server.").arg(server.toString()));
            return;
        }
        QString error;
        const auto metadata = ServerMetadata::fromJson(reply.json(), server, &error);
        done(metadata, error);
    });
}

} // namespace serverdiscovery
