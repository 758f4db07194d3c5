#pragma once

#include "servermetadata.h"

#include <functional>
#include <optional>

class NetworkClient;

// RFC 8414 discovery: fetches a server's metadata and judges it (ServerMetadata::fromJson), with
// the error a person needs for each way it fails — unreachable, not a Miraget server, or metadata
// that does not add up. Sign-in, the command line and the window all discover through this.
namespace serverdiscovery {
using Callback = std::function<void(const std::optional<ServerMetadata> &metadata, const QString &error)>;
void discover(NetworkClient &network, const ServerEndpoint &server, Callback done);
} // namespace serverdiscovery
