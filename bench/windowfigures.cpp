// bench_workspace, parts 4 and 5: the real window from spawn to its first lead rows and its memory,
// and how long a change made elsewhere takes to reach the screen's models (docs/benchmarks.md).

#include "workspacefigures.h"

#include "account/accountruntime.h"
#include "api/networkclient.h"
#include "auth/secretstore.h"
#include "auth/session.h"
#include "auth/sessionloader.h"
#include "auth/signedinaccounts.h"
#include "benchsupport.h"
#include "core/appversion.h"
#include "models/dashboardquery.h"
#include "models/leaddetail.h"
#include "models/leadquery.h"
#include "oauthbrowser.h"
#include "serverprocess.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/accountsync.h"
#include "sync/liveclient.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

namespace workspacefigures {
// ---- 4. the window: first rows and memory -------------------------------------------------------

bool window(const AppProfile &profile, int launches, QJsonObject &out)
{
    // The screen the window opens on (AppSettings, ui/appsettings.cpp): the lead list.
    QSettings(profile.path(QStringLiteral("config")) + QStringLiteral("/ui.ini"), QSettings::IniFormat)
        .setValue(QStringLiteral("lastScreen"), QStringLiteral("leads"));
    QList<double> times, rss;
    for (int i = 0; i < launches; ++i) {
        const WindowLaunch launch = launchWindow(profile, 3000);
        if (!launch.ok) {
            err() << "miraget (window): " << launch.error << ": " << QString::fromUtf8(launch.log.right(3000))
                  << Qt::endl;
            return false;
        }
        err() << "  window " << i + 1 << ": first " << launch.rows << " rows after " << launch.firstRowsMs
              << " ms, VmRSS " << launch.rssMb << " MB three seconds later" << Qt::endl;
        times.append(launch.firstRowsMs);
        rss.append(launch.rssMb);
    }
    out.insert(QStringLiteral("first_rows_ms"), bench::statsOf(times).p50);
    out.insert(QStringLiteral("first_rows_max_ms"), bench::statsOf(times).max);
    out.insert(QStringLiteral("rss_mb_1m_leads"), bench::statsOf(rss).max);
    out.insert(QStringLiteral("window_launches"), launches);
    return true;
}

// ---- 5. live latency ----------------------------------------------------------------------------

bool live(const AppProfile &profile, const QUrl &server, int samples, QJsonObject &out)
{
    // This process restores the profile's account the way the window does (Workspace::restore):
    // tokens from the keychain, server metadata, the cache key, AccountRuntime over the cache.
    profile.adoptInThisProcess();
    NetworkClient network;
    SecretStore secrets;
    SignedInAccounts accounts(profile.name(), secrets);
    const AccountRegistry::Account account = accounts.registry().current();
    std::shared_ptr<Session> session;
    QString error;
    bool loaded = false;
    sessionloader::load(network, secrets, accounts, account, &network, [&](const sessionloader::Loaded &l) {
        if (loaded)
            return;
        loaded = true;
        session = l.session;
        error = l.error;
    });
    if (!QTest::qWaitFor([&] { return loaded; }, 60000) || !session) {
        err() << "cannot restore the session: " << error << Qt::endl;
        return false;
    }
    const QByteArray key = accounts.cache().readKey(account, &error);
    auto workspace = std::make_unique<AccountRuntime>(session, account);
    if (key.isEmpty() || !workspace->open(accounts.cache().databasePath(account), key, &error)) {
        err() << "cannot open the workspace: " << error << Qt::endl;
        return false;
    }
    int runs = 0;
    QObject::connect(&workspace->sync().engine(), &SyncEngine::runFinished, workspace.get(),
        [&runs](const SyncSummary &) { ++runs; });
    workspace->start(3600);
    if (!QTest::qWaitFor(
            [&] {
                return runs > 0 && workspace->sync().engine().state() == SyncEngine::State::Idle
                    && workspace->sync().live().state() == LiveClient::State::Connected;
            },
            300000)) {
        err() << "the workspace did not catch up and connect" << Qt::endl;
        return false;
    }

    // Another user of the account changes one lead; this user has it open.
    OAuthBrowser browser(server);
    const OAuthBrowser::Tokens tokens = browser.signIn(kSales);
    if (!tokens.ok()) {
        err() << "sign-in of " << kSales << " failed" << Qt::endl;
        return false;
    }
    HttpClient http(server);
    http.setBearer(tokens.access);
    const QJsonObject target = http.firstItem(QStringLiteral("leads"));
    const qint64 leadId = target.value(QStringLiteral("id")).toInteger();
    qint64 version = target.value(QStringLiteral("version")).toInteger();
    LeadDetail detail;
    detail.setRuntime(workspace.get());
    detail.setLeadId(leadId);
    NotesModel *notes = detail.notes();
    if (!QTest::qWaitFor([&] { return detail.found() && !detail.loading() && !notes->loading(); }, 30000)) {
        err() << "lead " << leadId << " did not load" << Qt::endl;
        return false;
    }

    QRandomGenerator random(3);
    QList<double> all, noteLatency, statusLatency, answered;
    for (int i = 0; i < samples; ++i) {
        const bool note = i % 2 == 0;
        const QString body
            = QStringLiteral("bench note %1 %2").arg(i).arg(QDateTime::currentMSecsSinceEpoch());
        // Back and forth between two statuses, always to the one the lead does not have.
        const QString status = detail.lead().value(QStringLiteral("status")).toString() == u"working"
            ? QStringLiteral("qualified")
            : QStringLiteral("working");
        const auto shown = [&] {
            return note ? notes->indexOf(QStringLiteral("body"), body) >= 0
                        : detail.lead().value(QStringLiteral("status")).toString() == status;
        };
        double seenMs = -1;
        QElapsedTimer timer;
        const auto check = [&] {
            if (seenMs < 0 && shown())
                seenMs = msSince(timer);
        };
        QMetaObject::Connection onNotes
            = QObject::connect(notes, &QAbstractItemModel::modelReset, notes, check);
        QMetaObject::Connection onRows
            = QObject::connect(notes, &QAbstractItemModel::rowsInserted, notes, check);
        QMetaObject::Connection onLead = QObject::connect(&detail, &LeadDetail::changed, &detail, check);
        timer.start();
        // The request runs a nested event loop: the model may show the change before it returns.
        const HttpClient::Response reply = note
            ? http.postJson(
                QStringLiteral("/v1/leads/%1/notes").arg(leadId), {{QStringLiteral("body"), body}})
            : http.patchJson(QStringLiteral("/v1/leads/%1").arg(leadId), {{QStringLiteral("status"), status}},
                HttpClient::ifMatch(version));
        answered.append(msSince(timer));
        if (reply.status != (note ? 201 : 200)) {
            err() << "change " << i << " answered " << reply.status << ": " << QString::fromUtf8(reply.body)
                  << Qt::endl;
            return false;
        }
        if (!note)
            version = reply.json().value(QStringLiteral("version")).toInteger();
        const bool seen = QTest::qWaitFor([&] { return seenMs >= 0; }, 10000);
        QObject::disconnect(onNotes);
        QObject::disconnect(onRows);
        QObject::disconnect(onLead);
        if (!seen) {
            err() << "change " << i << " never reached the model" << Qt::endl;
            return false;
        }
        all.append(seenMs);
        (note ? noteLatency : statusLatency).append(seenMs);
        pause(200 + int(random.bounded(300))); // not in step with the models' coalescing timers
    }
    err() << "  live, note → NotesModel: " << describe(bench::statsOf(noteLatency)) << Qt::endl
          << "  live, status → LeadDetail.lead: " << describe(bench::statsOf(statusLatency)) << Qt::endl
          << "  REST answer: " << describe(bench::statsOf(answered)) << Qt::endl;
    addStats(out, QStringLiteral("live_latency"), bench::statsOf(all));
    out.insert(QStringLiteral("live_latency_samples"), all.size());
    out.insert(QStringLiteral("live_rest_answer_p50_ms"), bench::statsOf(answered).p50);
    detail.setRuntime(nullptr);
    err() << "bench_workspace: ICP regrade..." << Qt::endl;
    if (!regrade(*workspace, 5, out))
        return false;
    workspace.reset();
    session.reset();
    return true;
}

} // namespace workspacefigures
