// The server's RFC 8414 metadata document, and its copy kept for starting offline: whatever it
// says, what is accepted sends tokens only to the server's own origin.
#include "auth/servermetadata.h"
#include "fuzzinput.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ServerEndpoint server
        = ServerEndpoint::fromUserInput(QStringLiteral("http://127.0.0.1:4100"));
    QString error;
    const auto metadata
        = ServerMetadata::fromJson(QJsonDocument::fromJson(fuzz::bytes(data, size)).object(), server, &error);
    if (!metadata)
        return 0;
    for (const QUrl &url : {metadata->authorizationEndpoint, metadata->tokenEndpoint,
             metadata->revocationEndpoint, metadata->apiBase, metadata->liveEndpoint})
        FUZZ_CHECK(server.mayReceiveCredentials(url));
    // What is kept is read back the same.
    const auto again = ServerMetadata::fromJson(metadata->toJson(), server, &error);
    FUZZ_CHECK(again && again->liveEndpoint == metadata->liveEndpoint && again->apiBase == metadata->apiBase);
    return 0;
}
