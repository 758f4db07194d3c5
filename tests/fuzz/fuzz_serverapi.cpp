// What a signed-in client (or anyone) can send miraget-server, handled in-process exactly as
// HttpConnection hands a request on: the OAuth endpoints, every /v1 route with every role's token,
// any body. The first byte picks whose bearer token is added (one of the seeded users of both
// tenants, in id order: owner, admin, billing, sales, viewer, ... of Acme, then Globex's; or none);
// the rest is the raw request. The server runs on an in-memory database seeded small, so state
// carries over between inputs as it does between a client's requests (so a finding may need the
// inputs before it to reproduce).
// Properties: every request is answered, with a real status, and never with 500 (a handler that
// fails on input it did not check).
#include "fuzzinput.h"
#include "http/httpfront.h"
#include "http/httprequesthead.h"
#include "miragetserver.h"
#include "oauth/tokenservice.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace {

struct Server
{
    std::unique_ptr<MiragetServer> server;
    QList<QString> bearers; // one per user, in id order
};

Server *g = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.debug=false\n*.warning=false"));
    g = new Server;
    ServerOptions options; // an in-memory database
    options.seedLeads = 40;
    options.seedEvents = 400;
    options.seedAnchor = QDateTime(QDate(2026, 1, 5), QTime(12, 0), Qt::UTC); // the same data every run
    g->server = std::make_unique<MiragetServer>(options);
    QString error;
    if (!g->server->openData(&error) || !g->server->listen(&error))
        qFatal("fuzz_serverapi: the server did not start: %s", qPrintable(error));
    QSqlQuery users(g->server->database().handle());
    users.exec(QStringLiteral("SELECT id FROM users ORDER BY id"));
    while (users.next()) {
        g->bearers.append(g->server->tokens()
                              .startFamily(users.value(0).toLongLong(), QStringLiteral("miraget-desktop"))
                              .accessToken);
    }
    if (g->bearers.isEmpty())
        qFatal("fuzz_serverapi: no users seeded");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const HttpLimits limits;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    const HttpRequestHead head = HttpRequestHead::parse(input, limits, QHostAddress::LocalHost);
    if (head.outcome != HttpRequestHead::Outcome::Complete)
        return 0;
    ApiRequest request = head.request;
    request.body = input.mid(head.headBytes, head.contentLength);
    const int who = data[0] % (g->bearers.size() + 1);
    if (who < g->bearers.size() && !request.headers.contains("authorization"))
        request.headers.insert("authorization", "Bearer " + g->bearers.at(who).toLatin1());

    std::optional<HttpReply> reply;
    g->server->front().handle(request, [&reply](const HttpReply &r) { reply = r; });
    // Sign-ins check passwords on a worker pool: wait for those answers too.
    QElapsedTimer waited;
    waited.start();
    while (!reply && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    FUZZ_CHECK(reply.has_value());
    FUZZ_CHECK(reply->response.status >= 200 && reply->response.status < 600);
    FUZZ_CHECK(reply->response.status != 500);
    return 0;
}
