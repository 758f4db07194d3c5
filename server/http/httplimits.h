#pragma once

#include <QtGlobal>

// What one client may ask of the server before it is cut off: an anonymous client must not be able
// to hold the only thread, its memory or its file descriptors. Defaults suit the reference server;
// the tests set small deadlines (miraget-server --help).
struct HttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024; // request line and headers; more is 431
    qsizetype maxBodyBytes = 1024 * 1024; // a Content-Length above it is 413, before any of it is read
    int requestDeadlineMs = 10000; // from a request's first byte to its last; then 408 and close
    int idleMs = 15000; // a kept-alive connection without a new request is closed
    int maxConnections = 512; // in all; when full, the idlest connection makes room
    int maxConnectionsPerPeer = 128; // from one address; more are answered 503 and closed
};
