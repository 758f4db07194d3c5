// Measures the reference server's side of sync: seeding, then a client that signs in through the
// real login form and pages through every lead and page view of the main demo account, and a user
// of another account who must see none of them. Prints one JSON object; ./scripts/bench collects it.
#include "oauthbrowser.h"
#include "serverprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

namespace {
struct PagedRead
{
    qint64 items = 0;
    qint64 bytes = 0;
    qint64 ms = 0;
    int requests = 0;
    bool ok = true;
    QSet<qint64> ids;
};

PagedRead readAll(HttpClient &http, const QString &collection, bool keepIds)
{
    PagedRead result;
    QElapsedTimer timer;
    timer.start();
    QString cursor;
    for (;;) {
        const auto r = http.get(QStringLiteral("/v1/%1?limit=5000&cursor=%2").arg(collection, cursor));
        ++result.requests;
        if (r.status != 200) {
            result.ok = false;
            break;
        }
        result.bytes += r.body.size();
        const QJsonObject page = r.json();
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        result.items += items.size();
        if (keepIds) {
            for (const QJsonValue &item : items)
                result.ids.insert(item.toObject().value(QStringLiteral("id")).toInteger());
        }
        cursor = page.value(QStringLiteral("next_cursor")).toString();
        if (!page.value(QStringLiteral("has_more")).toBool())
            break;
    }
    result.ms = timer.elapsed();
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption leads(QStringLiteral("leads"), QStringLiteral("Seeded leads."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Seeded page views."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    parser.addOptions({leads, events});
    parser.process(app);
    QTextStream err(stderr);

    ServerProcess server(
        {QStringLiteral("--seed-leads"), parser.value(leads), QStringLiteral("--seed-events"),
            parser.value(events), QStringLiteral("--seed-anchor"), QStringLiteral("2026-11-01T00:00:00Z")});
    QElapsedTimer startTimer;
    startTimer.start();
    if (!server.start(600000)) {
        err << "server did not start: " << server.errorText() << Qt::endl;
        return 1;
    }
    const qint64 startMs = startTimer.elapsed();

    OAuthBrowser owner(server.url());
    const auto tokens = owner.signIn(QStringLiteral("owner@acme.example"));
    OAuthBrowser other(server.url());
    const auto otherTokens = other.signIn(QStringLiteral("owner@globex.example"));
    if (!tokens.ok() || !otherTokens.ok()) {
        err << "sign-in through the login form failed" << Qt::endl;
        return 1;
    }
    HttpClient http(server.url());
    http.setBearer(tokens.access);
    const PagedRead leadRead = readAll(http, QStringLiteral("leads"), true);
    const PagedRead viewRead = readAll(http, QStringLiteral("pageviews"), true);

    HttpClient otherHttp(server.url());
    otherHttp.setBearer(otherTokens.access);
    const PagedRead otherLeads = readAll(otherHttp, QStringLiteral("leads"), true);
    const PagedRead otherViews = readAll(otherHttp, QStringLiteral("pageviews"), true);
    const bool isolated
        = !leadRead.ids.intersects(otherLeads.ids) && !viewRead.ids.intersects(otherViews.ids);

    const bool complete = leadRead.ok && viewRead.ok && leadRead.items == parser.value(leads).toLongLong()
        && viewRead.items == parser.value(events).toLongLong() && leadRead.ids.size() == leadRead.items
        && viewRead.ids.size() == viewRead.items;
    const QJsonObject out {
        {QStringLiteral("server_seed_and_start_ms"), startMs},
        {QStringLiteral("server_leads_read"), leadRead.items},
        {QStringLiteral("server_leads_read_ms"), leadRead.ms},
        {QStringLiteral("server_pageviews_read"), viewRead.items},
        {QStringLiteral("server_pageviews_read_ms"), viewRead.ms},
        {QStringLiteral("server_pageviews_read_rows_per_s"),
            viewRead.ms > 0 ? double(viewRead.items) * 1000.0 / double(viewRead.ms) : 0.0},
        {QStringLiteral("server_pageviews_read_mb"), double(viewRead.bytes) / 1e6},
        {QStringLiteral("server_paging_requests"), leadRead.requests + viewRead.requests},
        {QStringLiteral("server_other_account_leads"), otherLeads.items},
        {QStringLiteral("server_other_account_pageviews"), otherViews.items},
        {QStringLiteral("server_tenant_isolated"), isolated},
        {QStringLiteral("server_read_complete"), complete},
    };
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return complete && isolated ? 0 : 1;
}
