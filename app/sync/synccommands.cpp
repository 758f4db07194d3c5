#include "synccommands.h"

#include "auth/accountcommands.h"
#include "auth/cachefiles.h"
#include "auth/session.h"
#include "auth/signedinaccounts.h"
#include "core/atomicfile.h"
#include "storage/cachedcollection.h"
#include "storage/databasethread.h"
#include "storage/leadcsv.h"
#include "storage/sqldatabase.h"
#include "syncengine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// Gives up after this many failed attempts in a row; with the backoff that is about two minutes
// of a server that does not answer.
constexpr int kMaxConsecutiveFailures = 8;
} // namespace

SyncCommands::SyncCommands(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
{ }

int SyncCommands::run()
{
    return m_options.action == CommandLineOptions::Action::ExportLeads ? exportLeads() : syncOnce();
}

QByteArray SyncCommands::summaryJson(const SyncSummary &summary)
{
    QJsonObject collections;
    for (auto it = summary.collections.cbegin(); it != summary.collections.cend(); ++it) {
        collections.insert(CachedCollection::of(it.key()).name,
            QJsonObject {{QStringLiteral("upserted"), it->upserted}, {QStringLiteral("deleted"), it->deleted},
                {QStringLiteral("pages"), it->pages}, {QStringLiteral("cached"), it->cached}});
    }
    qint64 changes = 0;
    for (const SyncSummary::Counts &counts : summary.collections)
        changes += counts.upserted + counts.deleted;
    const double seconds = summary.milliseconds / 1000.0;
    QJsonObject root {{QStringLiteral("ok"), summary.ok}, {QStringLiteral("collections"), collections},
        {QStringLiteral("bytes"), summary.bytes}, {QStringLiteral("seconds"), seconds},
        {QStringLiteral("retries"), summary.retries}, {QStringLiteral("purged"), summary.purged},
        {QStringLiteral("rows_per_second"), seconds > 0 ? qint64(changes / seconds) : 0}};
    if (!summary.ok)
        root.insert(QStringLiteral("error"), summary.error);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int SyncCommands::syncOnce()
{
    AccountCommands accountCommands(m_options, m_out, m_err);
    SignedInAccounts accounts(m_options.profile, accountCommands.secrets());
    AccountCommands::Restored restored = accountCommands.restore(accounts);
    if (!restored.session)
        return restored.exitCode;

    QString error;
    const QByteArray key = accounts.cache().readKey(restored.account, &error);
    DatabaseThread database;
    const QString path = accounts.cache().databasePath(restored.account);
    if (key.isEmpty()
        || !database.open([&](QString *why) { return CacheFiles::openFile(path, key, why); }, &error)) {
        m_err << tr("Cannot open the cache: %1").arg(error) << Qt::endl;
        return AccountCommands::kFailed;
    }

    SyncEngine engine(*restored.session, database);
    engine.setMaxConsecutiveFailures(kMaxConsecutiveFailures);
    engine.setCountRowsAtEnd(true);
    QElapsedTimer sinceReport;
    sinceReport.start();
    // Once a second, and at once when the run moves on (another collection, the next index).
    // Every index built is a step worth a line (there are a dozen, each a few seconds at most).
    SyncProgress last;
    QObject::connect(&engine, &SyncEngine::progressChanged, &engine, [&](const SyncProgress &progress) {
        const bool movedOn = progress.phase != last.phase || progress.collection != last.collection
            || progress.buildDone != last.buildDone;
        if (!movedOn && sinceReport.elapsed() < 1000)
            return;
        last = progress;
        sinceReport.restart();
        m_err << progress.text() << Qt::endl;
    });
    QObject::connect(&engine, &SyncEngine::stateChanged, &engine, [&](SyncEngine::State state) {
        if (state == SyncEngine::State::Offline || state == SyncEngine::State::Waiting)
            m_err << tr("Retrying: %1").arg(engine.lastError()) << Qt::endl;
    });
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::runFinished, &loop, &QEventLoop::quit);
    engine.start(0);
    loop.exec();

    const SyncSummary summary = engine.lastSummary();
    m_out << QString::fromUtf8(summaryJson(summary));
    m_out.flush();
    if (summary.ok)
        return 0;
    m_err << tr("Sync failed: %1").arg(summary.error) << Qt::endl;
    return restored.session->isActive() ? AccountCommands::kFailed : AccountCommands::kNotSignedIn;
}

int SyncCommands::exportLeads()
{
    AccountCommands accountCommands(m_options, m_out, m_err);
    SignedInAccounts accounts(m_options.profile, accountCommands.secrets());
    const AccountRegistry::Account account = accountCommands.localAccount(accounts);
    if (!account.isValid())
        return AccountCommands::kNotSignedIn;
    QString error;
    const QByteArray key = accounts.cache().readKey(account, &error);
    std::unique_ptr<SqlDatabase> db
        = key.isEmpty() ? nullptr : CacheFiles::openFile(accounts.cache().databasePath(account), key, &error);
    if (!db) {
        m_err << tr("Cannot open the cache: %1").arg(error) << Qt::endl;
        return AccountCommands::kFailed;
    }
    qint64 count = -1;
    const bool written = atomicfile::write(
        m_options.exportPath,
        [&](QIODevice &file, QString *why) { return (count = leadcsv::write(*db, file, why)) >= 0; }, &error);
    if (!written) {
        m_err << tr("Cannot write %1: %2").arg(m_options.exportPath, error) << Qt::endl;
        return AccountCommands::kFailed;
    }
    m_out << tr("Exported %n lead(s) to %1.", nullptr, int(count)).arg(m_options.exportPath) << Qt::endl;
    return 0;
}
