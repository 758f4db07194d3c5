// bench_soak (./scripts/soak [minutes]): the real app, offscreen, against a server with live traffic
// (20 page views a second), another user editing leads every few seconds, and the server killed
// (SIGKILL) and started again on the same port and data every few minutes. It reports whether the
// app holds over time: its resident memory, open descriptors and threads after a warm-up and at the
// end, and whether its encrypted cache ends equal to the server (leads, notes, every page view
// made during the soak). A benchmark: it prints figures as JSON on stdout and asserts nothing.

#include "appprofile.h"
#include "benchsupport.h"
#include "httpclient.h"
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "soakstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using bench::err;

namespace {

const QString kOwner = QStringLiteral("owner@acme.example");
const QString kSales = QStringLiteral("sales@acme.example");

struct Options
{
    double minutes = 30;
    double warmupMinutes = 5;
    double restartMinutes = 5;
    int editEveryMs = 3000;
    double liveRate = 20;
    int leads = 2000;
    int events = 20000;
    QString appLog;
};

// What /proc says about a process: resident set, open descriptors, threads.
struct Footprint
{
    double rssMb = 0;
    int fds = 0;
    int threads = 0;
};

Footprint footprintOf(qint64 pid)
{
    Footprint f;
    f.rssMb = double(procStatusKb(pid, "VmRSS")) / 1024.0;
    f.threads = int(procStatusKb(pid, "Threads"));
    f.fds = int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::Files | QDir::System).size());
    return f;
}

// The server, started again and again on one port with one data directory.
class RestartingServer
{
public:
    RestartingServer(const Options &o, const QString &dataDir)
        : m_options(o)
        , m_dataDir(dataDir)
    { }

    bool start(double liveRate)
    {
        QStringList args = ServerProcess::seed(m_options.leads, m_options.events);
        args << QStringLiteral("--data") << m_dataDir << QStringLiteral("--live-rate")
             << QString::number(liveRate);
        if (m_url.isValid())
            args << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:%1").arg(m_url.port());
        m_process = std::make_unique<ServerProcess>(args);
        if (!m_process->start()) {
            err() << "the server did not start: " << m_process->errorText() << Qt::endl;
            return false;
        }
        m_url = m_process->url();
        return true;
    }

    // kill -9: whatever it was writing is cut off mid-way, as on a crash or a power cut.
    bool restart(double liveRate)
    {
        ::kill(pid_t(m_process->pid()), SIGKILL);
        m_process.reset();
        ++m_restarts;
        return start(liveRate);
    }

    QUrl url() const { return m_url; }
    int restarts() const { return m_restarts; }
    QString databasePath() const { return m_process->databasePath(); }

private:
    const Options &m_options;
    QString m_dataDir;
    std::unique_ptr<ServerProcess> m_process;
    QUrl m_url;
    int m_restarts = 0;
};

// Another user of the account, changing leads over the REST API: a status or a note by turns.
class Editor
{
public:
    explicit Editor(RestartingServer &server)
        : m_server(server)
    { }

    void editOnce()
    {
        if (!signedIn())
            return;
        if (m_leadIds.isEmpty()) {
            for (const QJsonValue &lead : m_http->items(QStringLiteral("leads")))
                m_leadIds.append(lead.toObject().value(QStringLiteral("id")).toInteger());
            if (m_leadIds.isEmpty())
                return;
        }
        const qint64 id = m_leadIds.at(m_random.bounded(int(m_leadIds.size())));
        const QString path = QStringLiteral("/v1/leads/%1").arg(id);
        HttpClient::Response reply;
        if (m_count++ % 2 == 0) {
            const HttpClient::Response current = m_http->get(path);
            if (current.status != 200)
                return failed(current.status);
            const QJsonObject lead = current.json();
            const QString status = lead.value(QStringLiteral("status")).toString() == u"working"
                ? QStringLiteral("qualified")
                : QStringLiteral("working");
            reply = m_http->patchJson(path, {{QStringLiteral("status"), status}}, HttpClient::ifMatch(lead));
        } else {
            reply = m_http->postJson(path + QStringLiteral("/notes"),
                {{QStringLiteral("body"), QStringLiteral("soak note %1").arg(m_count)}});
        }
        if (reply.status == 200 || reply.status == 201)
            ++m_ok;
        else
            failed(reply.status);
    }

    int ok() const { return m_ok; }
    int refused() const { return m_refused; }

private:
    bool signedIn()
    {
        if (m_http && m_url == m_server.url())
            return true;
        m_url = m_server.url();
        OAuthBrowser browser(m_url);
        const OAuthBrowser::Tokens tokens = browser.signIn(kSales);
        if (!tokens.ok()) {
            ++m_refused;
            return false;
        }
        m_http = std::make_unique<HttpClient>(m_url);
        m_http->setBearer(tokens.access);
        return true;
    }

    // 0: the server was down (being restarted); 401: the access token expired, sign in again.
    void failed(int status)
    {
        ++m_refused;
        if (status == 401)
            m_http.reset();
    }

    RestartingServer &m_server;
    std::unique_ptr<HttpClient> m_http;
    QUrl m_url;
    QList<qint64> m_leadIds;
    QRandomGenerator m_random {7};
    int m_count = 0;
    int m_ok = 0;
    int m_refused = 0;
};

bool parse(Options &o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Soak: the app against live traffic, edits and a crashing server."));
    parser.addHelpOption();
    const QCommandLineOption minutes(
        QStringLiteral("minutes"), QStringLiteral("Length."), QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption warmup(QStringLiteral("warmup-minutes"),
        QStringLiteral(
            "Memory, descriptors and threads are compared from the end of this (default: a sixth)."),
        QStringLiteral("n"));
    const QCommandLineOption restart(QStringLiteral("restart-minutes"),
        QStringLiteral("Server killed every n minutes."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption edits(QStringLiteral("edit-every-ms"), QStringLiteral("One edit every n ms."),
        QStringLiteral("ms"), QStringLiteral("3000"));
    const QCommandLineOption rate(QStringLiteral("live-rate"), QStringLiteral("Page views per second."),
        QStringLiteral("r"), QStringLiteral("20"));
    const QCommandLineOption appLog(
        QStringLiteral("app-log"), QStringLiteral("The app's stderr goes here."), QStringLiteral("file"));
    parser.addOptions({minutes, warmup, restart, edits, rate, appLog});
    parser.process(*QCoreApplication::instance());
    o.minutes = parser.value(minutes).toDouble();
    o.warmupMinutes = parser.isSet(warmup) ? parser.value(warmup).toDouble() : o.minutes / 6;
    o.restartMinutes = parser.value(restart).toDouble();
    o.editEveryMs = parser.value(edits).toInt();
    o.liveRate = parser.value(rate).toDouble();
    o.appLog = parser.value(appLog);
    return o.minutes > 0 && o.warmupMinutes < o.minutes && o.restartMinutes > 0 && o.editEveryMs > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    if (!parse(o)) {
        err() << "bench_soak: --minutes, --restart-minutes and --edit-every-ms must be positive, the warm-up "
                 "shorter"
              << Qt::endl;
        return 2;
    }
    QTemporaryDir serverData;
    RestartingServer server(o, serverData.path());
    if (!server.start(o.liveRate))
        return 1;
    AppProfile profile(QStringLiteral("soak"));
    QString error;
    if (!profile.login(server.url(), kOwner, &error)) {
        err() << "sign-in failed: " << error << Qt::endl;
        return 1;
    }
    const qint64 firstSoakEvent = soak::lastPageViewId(server.databasePath()) + 1;

    QProcess miraget;
    miraget.setProgram(QStringLiteral(MIRAGET_APP_BINARY));
    miraget.setArguments({QStringLiteral("--profile"), profile.name()});
    miraget.setProcessEnvironment(
        profile.environment({{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}}));
    if (!o.appLog.isEmpty())
        miraget.setStandardErrorFile(o.appLog);
    miraget.start();
    if (!miraget.waitForStarted(10000)) {
        err() << "the app did not start: " << miraget.errorString() << Qt::endl;
        return 1;
    }
    const qint64 pid = miraget.processId();

    Editor editor(server);
    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = qint64(o.minutes * 60000);
    const qint64 warmupMs = qint64(o.warmupMinutes * 60000);
    const qint64 restartMs = qint64(o.restartMinutes * 60000);
    qint64 nextEdit = o.editEveryMs, nextRestart = restartMs, nextReport = 60000;
    Footprint atWarmup, atEnd;
    bool warmedUp = false;
    while (clock.elapsed() < endMs && miraget.state() == QProcess::Running) {
        QTest::qWait(200);
        const qint64 now = clock.elapsed();
        if (!warmedUp && now >= warmupMs) {
            atWarmup = footprintOf(pid);
            warmedUp = true;
        }
        if (now >= nextEdit) {
            editor.editOnce();
            nextEdit = now + o.editEveryMs;
        }
        if (now >= nextRestart) {
            if (!server.restart(o.liveRate))
                return 1;
            nextRestart = now + restartMs;
        }
        if (now >= nextReport) {
            const Footprint f = footprintOf(pid);
            err() << QStringLiteral("soak: %1 min, app %2 MB, %3 fds, %4 threads, %5 edits, %6 restarts")
                         .arg(now / 60000)
                         .arg(f.rssMb, 0, 'f', 1)
                         .arg(f.fds)
                         .arg(f.threads)
                         .arg(editor.ok())
                         .arg(server.restarts())
                  << Qt::endl;
            nextReport += 60000;
        }
    }
    const bool survived = miraget.state() == QProcess::Running;
    atEnd = footprintOf(pid);

    // The last restart stops the traffic, so that there is an end to catch up with.
    QJsonObject out;
    soak::Comparison compared;
    if (survived && server.restart(0)) {
        QByteArray key = profile.cacheKey(&error);
        QElapsedTimer catchUp;
        catchUp.start();
        while (catchUp.elapsed() < 180000 && miraget.state() == QProcess::Running) {
            compared = soak::compare(server.databasePath(), profile.cachePath(), key, firstSoakEvent);
            if (compared.equal)
                break;
            QTest::qWait(2000);
        }
        out.insert(QStringLiteral("soak_catch_up_s"), double(catchUp.elapsed()) / 1000.0);
    }
    miraget.terminate();
    if (!miraget.waitForFinished(15000))
        miraget.kill();

    out.insert(QStringLiteral("soak_minutes"), o.minutes);
    out.insert(QStringLiteral("soak_app_survived"), survived);
    out.insert(QStringLiteral("soak_rss_start_mb"), atWarmup.rssMb);
    out.insert(QStringLiteral("soak_rss_end_mb"), atEnd.rssMb);
    out.insert(QStringLiteral("soak_rss_growth_pct"),
        atWarmup.rssMb > 0 ? (atEnd.rssMb - atWarmup.rssMb) / atWarmup.rssMb * 100.0 : 0.0);
    out.insert(QStringLiteral("soak_fds_start"), atWarmup.fds);
    out.insert(QStringLiteral("soak_fds_end"), atEnd.fds);
    out.insert(QStringLiteral("soak_threads_start"), atWarmup.threads);
    out.insert(QStringLiteral("soak_threads_end"), atEnd.threads);
    out.insert(QStringLiteral("soak_cache_equals_server"), compared.equal);
    out.insert(QStringLiteral("soak_events_made"), compared.serverEvents);
    out.insert(QStringLiteral("soak_events_lost"), compared.lostEvents);
    out.insert(QStringLiteral("soak_leads_differing"), compared.differingLeads);
    out.insert(QStringLiteral("soak_notes_differing"), compared.differingNotes);
    out.insert(QStringLiteral("soak_edits"), editor.ok());
    out.insert(QStringLiteral("soak_edits_refused"), editor.refused());
    out.insert(QStringLiteral("soak_server_restarts"), server.restarts());
    if (!compared.error.isEmpty())
        err() << "soak: " << compared.error << Qt::endl;
    QTextStream(stdout) << QJsonDocument(out).toJson();
    return survived ? 0 : 1;
}
