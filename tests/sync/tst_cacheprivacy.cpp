// What the cache leaves on disk. A note with a unique marker is planted on the server and a known
// lead name is picked; after the real miraget syncs them (with every debug log category on), no
// file anywhere under the app's HOME, XDG directories and TMPDIR — nor anything it printed — holds
// either, in UTF-8 or UTF-16LE. The same scan over an unencrypted copy of the same rows finds them,
// which proves the scan can see. The sqlite3 tool cannot read the cache, and a wrong key in the
// keychain makes the app refuse with a clear error without touching a byte of the file.
#include "auth/secretstore.h"
#include "serverprocess.h"
#include "signedinclients.h"
#include "storage/cachedcollection.h"
#include "storage/cacheschema.h"
#include "storage/migrations.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "storage/sqltransaction.h"
#include "synctestsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QUuid>

using namespace synctest;

namespace {
constexpr int kSeedLeads = 50;
constexpr int kSeedEvents = 500;

struct Needle
{
    QString label;
    QByteArray bytes;
};

QByteArray utf16le(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xff));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QList<Needle> needlesFor(const QStringList &secrets)
{
    QList<Needle> needles;
    for (const QString &secret : secrets) {
        needles.append({QStringLiteral("“%1” in UTF-8").arg(secret), secret.toUtf8()});
        needles.append({QStringLiteral("“%1” in UTF-16LE").arg(secret), utf16le(secret)});
    }
    return needles;
}

// Which needle is in which file under `dir`; *scanned counts the files read.
QStringList scan(const QString &dir, const QList<Needle> &needles, int *scanned)
{
    QStringList hits;
    const QMap<QString, QByteArray> files = fileBytes(dir);
    *scanned += int(files.size());
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        for (const Needle &needle : needles) {
            if (it->contains(needle.bytes))
                hits.append(QStringLiteral("%1: %2").arg(it.key(), needle.label));
        }
    }
    return hits;
}
} // namespace

class TestCachePrivacy : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<SignedInClients> m_users;
    std::unique_ptr<AppProfile> m_profile;
    QString m_marker;
    QString m_markerToken; // the random part alone, as a search index would keep it
    QString m_leadName;

    QStringList secrets() const { return {m_marker, m_markerToken, m_leadName}; }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString problem = keychainProblem(); !problem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no usable keychain (run through ./scripts/test): ") + problem));
        m_server = std::make_unique<ServerProcess>(ServerProcess::seed(kSeedLeads, kSeedEvents));
        QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
        m_users = std::make_unique<SignedInClients>(m_server->url());
        auto owner = m_users->as(kOwner);
        auto sales = m_users->as(kSales);

        // The longest lead name: long enough that finding it anywhere is no coincidence.
        QString error;
        const Items leads = readServerCollection(*owner, QStringLiteral("leads"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qint64 leadId = 0;
        for (const QJsonObject &lead : leads) {
            const QString name = lead.value(QLatin1String("name")).toString();
            if (name.size() > m_leadName.size()) {
                m_leadName = name;
                leadId = lead.value(QLatin1String("id")).toInteger();
            }
        }
        QVERIFY2(m_leadName.size() >= 12, qPrintable(m_leadName));
        m_markerToken = QUuid::createUuid().toString(QUuid::Id128);
        m_marker = QStringLiteral("PLANTED-") + m_markerToken;
        addNote(*sales, leadId, m_marker, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_profile = std::make_unique<AppProfile>(QStringLiteral("privacy"));
        const AppRun login = m_profile->login(m_server->url(), kOwner);
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const QHash<QString, QString> verbose
            = {{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("miraget.*.debug=true")}};
        const AppRun sync = m_profile->syncOnce(verbose);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        // The debug categories really were on, so the log scan below means something.
        QVERIFY2(
            sync.err.contains("miraget.sync") && sync.err.contains("caught up"), qPrintable(sync.describe()));
        // And an incremental run on top, which writes through the WAL again.
        const AppRun again = m_profile->syncOnce(verbose);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    }

    void plantedDataIsNowhereInTheClear()
    {
        // Not vacuous: the cache does hold both, decrypted.
        QString error;
        {
            const std::unique_ptr<SqlDatabase> db = m_profile->openCache(&error);
            QVERIFY2(db, qPrintable(error));
            const Snapshot cache = readCache(*db, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            bool noteFound = false;
            for (const QJsonObject &note : cache.value(QStringLiteral("notes")))
                noteFound = noteFound || note.value(QLatin1String("body")).toString() == m_marker;
            bool leadFound = false;
            for (const QJsonObject &lead : cache.value(QStringLiteral("leads")))
                leadFound = leadFound || lead.value(QLatin1String("name")).toString() == m_leadName;
            QVERIFY(noteFound && leadFound);
        }

        const QList<Needle> needles = needlesFor(secrets());
        int scanned = 0;
        // HOME, XDG_{CONFIG,DATA,CACHE,STATE}_HOME and TMPDIR of every run are all under root().
        QStringList hits = scan(m_profile->root(), needles, &scanned);
        QVERIFY2(QFile::exists(m_profile->cachePath()), qPrintable(m_profile->cachePath()));
        QVERIFY2(m_profile->cachePath().startsWith(m_profile->root()), qPrintable(m_profile->cachePath()));
        QVERIFY(scanned >= 2);
        for (const AppRun &run : m_profile->runs()) {
            for (const Needle &needle : needles) {
                if (run.out.contains(needle.bytes) || run.err.contains(needle.bytes))
                    hits.append(QStringLiteral("the app printed %1").arg(needle.label));
            }
        }
        qInfo("scanned %lld runs' output and %d files: %s", qint64(m_profile->runs().size()), scanned,
            qPrintable(fileBytes(m_profile->root()).keys().join(QStringLiteral(", "))));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }

    void scannerFindsThemInAnUnencryptedCopy()
    {
        QString error;
        Snapshot cache;
        {
            const std::unique_ptr<SqlDatabase> db = m_profile->openCache(&error);
            QVERIFY2(db, qPrintable(error));
            cache = readCache(*db, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QTemporaryDir control;
        {
            const std::unique_ptr<SqlDatabase> plain
                = SqlDatabase::openUnencrypted(control.filePath(QStringLiteral("plain.db")), &error);
            QVERIFY2(plain, qPrintable(error));
            QVERIFY2(migrations::apply(*plain, cacheschema::all(), &error), qPrintable(error));
            SqlTransaction transaction(*plain);
            for (const CachedCollection &collection : CachedCollection::all()) {
                SqlStatement insert(*plain, collection.upsertSql());
                for (const QJsonObject &item : cache.value(collection.name)) {
                    QVERIFY2(collection.bindItem(insert, item, &error), qPrintable(error));
                    QVERIFY2(insert.execute(), qPrintable(insert.error()));
                }
            }
            QVERIFY(transaction.commit());
        }
        // And one UTF-16 file, so that branch of the scan is proven too.
        QFile wide(control.filePath(QStringLiteral("utf16.txt")));
        QVERIFY(wide.open(QIODevice::WriteOnly));
        wide.write(utf16le(QStringLiteral("note: ") + m_marker));
        wide.close();

        int scanned = 0;
        const QStringList hits = scan(control.path(), needlesFor(secrets()), &scanned);
        for (const QString &expected : {QStringLiteral("plain.db: “%1” in UTF-8").arg(m_marker),
                 QStringLiteral("plain.db: “%1” in UTF-8").arg(m_markerToken),
                 QStringLiteral("plain.db: “%1” in UTF-8").arg(m_leadName),
                 QStringLiteral("utf16.txt: “%1” in UTF-16LE").arg(m_marker)})
            QVERIFY2(hits.contains(expected),
                qPrintable(expected + QStringLiteral(" not found; found:\n") + hits.join(u'\n')));

        // The sqlite3 tool reads the plain copy (so it works here) but not the cache.
        if (!QFile::exists(QStringLiteral("/usr/bin/sqlite3")))
            QSKIP("no /usr/bin/sqlite3 to try the files with");
        const auto sqlite = [](const QString &file, QByteArray *out) {
            QProcess tool;
            tool.setProcessChannelMode(QProcess::MergedChannels);
            tool.start(
                QStringLiteral("/usr/bin/sqlite3"), {file, QStringLiteral("select count(*) from leads")});
            if (!tool.waitForFinished(10000))
                return -1;
            *out = tool.readAll();
            return tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -1;
        };
        QByteArray output;
        QCOMPARE(sqlite(control.filePath(QStringLiteral("plain.db")), &output), 0);
        QCOMPARE(output.trimmed(), QByteArray::number(cache.value(QStringLiteral("leads")).size()));
        const QMap<QString, QByteArray> before = fileBytes(QFileInfo(m_profile->cachePath()).absolutePath());
        const int status = sqlite(m_profile->cachePath(), &output);
        QVERIFY2(status != 0, output.constData());
        QVERIFY2(output.contains("not a database") || output.contains("encrypted"), output.constData());
        QVERIFY(
            fileDifferences(before, fileBytes(QFileInfo(m_profile->cachePath()).absolutePath())).isEmpty());
    }

    void wrongKeyIsRefusedWithoutTouchingTheFile()
    {
        QString error;
        const QByteArray original = m_profile->cacheKey(&error);
        QCOMPARE(original.size(), SqlDatabase::kKeyBytes);
        SecretStore store;
        const QString keyName = m_profile->cacheKeyName();
        // The name the test uses is the one CacheFiles reads.
        QCOMPARE(store.readAndWait(keyName).data, original);
        QByteArray wrong = SqlDatabase::generateKey();
        QVERIFY(wrong != original);
        QVERIFY(store.writeAndWait(keyName, wrong).ok());

        const QString dir = QFileInfo(m_profile->cachePath()).absolutePath();
        const QMap<QString, QByteArray> before = fileBytes(dir);
        const AppRun sync = m_profile->syncOnce();
        const AppRun exported = m_profile->exportLeads(m_profile->root() + QStringLiteral("/leads.csv"));
        const QStringList changed = fileDifferences(before, fileBytes(dir));
        // Put the right key back before anything can fail, for the run below and the cleanup.
        QVERIFY(store.writeAndWait(keyName, original).ok());

        QVERIFY2(sync.finished && sync.exitCode == 1, qPrintable(sync.describe()));
        QVERIFY2(QString::fromUtf8(sync.err).contains(QStringLiteral("decrypt"), Qt::CaseInsensitive),
            qPrintable(sync.describe()));
        QVERIFY2(exported.finished && exported.exitCode == 1, qPrintable(exported.describe()));
        QVERIFY(!QFile::exists(m_profile->root() + QStringLiteral("/leads.csv")));
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(u'\n')));

        // The file was fine all along: with its own key it syncs again.
        const AppRun recovered = m_profile->syncOnce();
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.describe()));
    }

    void cleanupTestCase()
    {
        m_profile.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestCachePrivacy)
#include "tst_cacheprivacy.moc"
