#pragma once

#include "http/httplimits.h"

#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QStringList>

// Everything `miraget-server` can be told on its command line (see --help and docs/api.md).
struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString dataDir; // empty: in-memory database
    int seedLeads = 1000;
    int seedEvents = 20000;
    QDateTime seedAnchor; // seeded history ends here; default: start of the current UTC hour
    double liveRate = 0;
    bool listDemoUsers = false;
    double fault5xx = 0;
    int faultLatencyMs = 0;
    double faultTruncate = 0;
    double faultMalformed = 0;
    quint32 faultSeed = 1;
    int rateLimitPerMinute = 0;
    int accessTokenTtl = 900;
    int refreshTokenTtl = 30 * 24 * 3600;
    int codeTtl = 60;
    HttpLimits http;

    // Parses argv; on failure returns false with a message for stderr. --help and --version exit
    // inside QCommandLineParser as usual.
    bool parse(const QStringList &arguments, QString *error);
    QString databasePath() const;
};
