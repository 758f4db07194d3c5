#include "serveroptions.h"

#include <QCommandLineParser>
#include <QDir>

namespace {
bool parseRate(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0 || v > 1)
        return false;
    *out = v;
    return true;
}

bool parseCount(const QString &text, int *out, int max = std::numeric_limits<int>::max())
{
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < 0 || v > max)
        return false;
    *out = int(v);
    return true;
}
} // namespace

bool ServerOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The reference Miraget API server: OAuth 2.0 for native apps, REST API v1 with incremental sync,\n"
        "a live WebSocket stream, deterministic demo data and fault injection. See docs/api.md."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on; port 0 picks a free one."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption data(QStringLiteral("data"),
        QStringLiteral("Directory holding the server's SQLite database (created if "
                       "missing). Without it the data lives in memory."),
        QStringLiteral("dir"));
    const QCommandLineOption leads(QStringLiteral("seed-leads"),
        QStringLiteral("Leads to generate for the main demo account on first start."), QStringLiteral("n"),
        QString::number(seedLeads));
    const QCommandLineOption events(QStringLiteral("seed-events"),
        QStringLiteral("Page views to generate for the main demo account on first start."),
        QStringLiteral("n"), QString::number(seedEvents));
    const QCommandLineOption anchor(QStringLiteral("seed-anchor"),
        QStringLiteral("ISO 8601 time the seeded 90-day history ends at (default: the "
                       "start of the current UTC hour). Same options, same data."),
        QStringLiteral("time"));
    const QCommandLineOption live(QStringLiteral("live-rate"),
        QStringLiteral("Synthetic page views per second, stored and pushed live."), QStringLiteral("r"),
        QStringLiteral("0"));
    const QCommandLineOption users(QStringLiteral("list-demo-users"),
        QStringLiteral("Print the demo users as TSV (email, password, role, account) "
                       "and exit."));
    const QCommandLineOption f5xx(QStringLiteral("fault-5xx"),
        QStringLiteral("Fraction (0-1) of /v1 requests answered 503 before handling."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("fault-latency-ms"),
        QStringLiteral("Delay before answering each /v1 request."), QStringLiteral("ms"),
        QStringLiteral("0"));
    const QCommandLineOption truncate(QStringLiteral("fault-truncate"),
        QStringLiteral("Fraction (0-1) of /v1 responses cut mid-body, after handling."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption malformed(QStringLiteral("fault-malformed"),
        QStringLiteral("Fraction (0-1) of successful /v1 GET responses whose JSON body is sent "
                       "damaged (complete, 200, but not valid JSON)."),
        QStringLiteral("rate"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("fault-seed"),
        QStringLiteral("Seed for the fault injection random numbers."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
        QStringLiteral("Requests per minute per access token; over it: 429 with "
                       "Retry-After. 0 disables."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption accessTtl(QStringLiteral("access-token-ttl"),
        QStringLiteral("Access token lifetime in seconds."), QStringLiteral("s"),
        QString::number(accessTokenTtl));
    const QCommandLineOption refreshTtl(QStringLiteral("refresh-token-ttl"),
        QStringLiteral("Refresh token lifetime in seconds."), QStringLiteral("s"),
        QString::number(refreshTokenTtl));
    const QCommandLineOption codeTtlOption(QStringLiteral("code-ttl"),
        QStringLiteral("Authorization code lifetime in seconds."), QStringLiteral("s"),
        QString::number(codeTtl));
    // What one client may ask of the server (server/http/httplimits.h).
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
        QStringLiteral("Connections in all (lowered to fit the open-files limit); when full, the idlest "
                       "one is closed to make room."),
        QStringLiteral("n"), QString::number(http.maxConnections));
    const QCommandLineOption maxPerPeer(QStringLiteral("max-connections-per-peer"),
        QStringLiteral("Connections from one address; more are answered 503."), QStringLiteral("n"),
        QString::number(http.maxConnectionsPerPeer));
    const QCommandLineOption deadline(QStringLiteral("request-deadline-ms"),
        QStringLiteral("Time for a request to arrive whole, from its first byte; then 408."),
        QStringLiteral("ms"), QString::number(http.requestDeadlineMs));
    const QCommandLineOption idle(QStringLiteral("idle-timeout-ms"),
        QStringLiteral("A connection without a request for this long is closed."), QStringLiteral("ms"),
        QString::number(http.idleMs));
    p.addOptions({listen, data, leads, events, anchor, live, users, f5xx, latency, truncate, malformed, seed,
        rate, accessTtl, refreshTtl, codeTtlOption, maxConnections, maxPerPeer, deadline, idle});
    p.process(arguments);

    if (!p.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument: %1").arg(p.positionalArguments().constFirst());
        return false;
    }
    const QString hostPort = p.value(listen);
    const qsizetype colon = hostPort.lastIndexOf(u':');
    QString host = hostPort.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint parsedPort = hostPort.mid(colon + 1).toUInt(&portOk);
    if (colon <= 0 || !address.setAddress(host) || !portOk || parsedPort > 65535) {
        *error = QStringLiteral("--listen wants host:port with a numeric address, e.g. 127.0.0.1:0");
        return false;
    }
    port = quint16(parsedPort);
    dataDir = p.value(data);

    bool ok = parseCount(p.value(leads), &seedLeads) && parseCount(p.value(events), &seedEvents);
    if (!ok) {
        *error = QStringLiteral("--seed-leads and --seed-events want non-negative whole numbers");
        return false;
    }
    if (p.isSet(anchor)) {
        seedAnchor = QDateTime::fromString(p.value(anchor), Qt::ISODate);
        if (!seedAnchor.isValid()) {
            *error = QStringLiteral("--seed-anchor wants an ISO 8601 time such as 2026-01-01T00:00:00Z");
            return false;
        }
        seedAnchor = seedAnchor.toUTC();
    } else {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        seedAnchor = QDateTime::fromSecsSinceEpoch(now - now % 3600, Qt::UTC);
    }
    liveRate = p.value(live).toDouble(&ok);
    if (!ok || liveRate < 0 || liveRate > 10000) {
        *error = QStringLiteral("--live-rate wants a number of page views per second between 0 and 10000");
        return false;
    }
    listDemoUsers = p.isSet(users);
    if (!parseRate(p.value(f5xx), &fault5xx) || !parseRate(p.value(truncate), &faultTruncate)
        || !parseRate(p.value(malformed), &faultMalformed)) {
        *error = QStringLiteral(
            "--fault-5xx, --fault-truncate and --fault-malformed want a fraction between 0 and 1");
        return false;
    }
    int faultSeedValue = 1;
    if (!parseCount(p.value(latency), &faultLatencyMs, 60000) || !parseCount(p.value(seed), &faultSeedValue)
        || !parseCount(p.value(rate), &rateLimitPerMinute)) {
        *error = QStringLiteral("--fault-latency-ms (at most 60000), --fault-seed and --rate-limit want "
                                "non-negative whole numbers");
        return false;
    }
    faultSeed = quint32(faultSeedValue);
    if (!parseCount(p.value(accessTtl), &accessTokenTtl) || !parseCount(p.value(refreshTtl), &refreshTokenTtl)
        || !parseCount(p.value(codeTtlOption), &codeTtl) || accessTokenTtl == 0 || refreshTokenTtl == 0
        || codeTtl == 0) {
        *error = QStringLiteral("token and code lifetimes want positive whole numbers of seconds");
        return false;
    }
    if (!parseCount(p.value(maxConnections), &http.maxConnections) || http.maxConnections == 0
        || !parseCount(p.value(maxPerPeer), &http.maxConnectionsPerPeer) || http.maxConnectionsPerPeer == 0
        || !parseCount(p.value(deadline), &http.requestDeadlineMs) || http.requestDeadlineMs == 0
        || !parseCount(p.value(idle), &http.idleMs) || http.idleMs == 0) {
        *error = QStringLiteral("connection limits and timeouts want positive whole numbers");
        return false;
    }
    return true;
}

QString ServerOptions::databasePath() const
{
    return dataDir.isEmpty() ? QString() : QDir(dataDir).filePath(QStringLiteral("miraget-server.sqlite"));
}
