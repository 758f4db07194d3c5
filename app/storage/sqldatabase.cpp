#include "sqldatabase.h"

#include "core/logging.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

#include <sqlcipher/sqlite3.h>

namespace {
constexpr int kBusyTimeoutMs = 5000;

QString sqliteMessage(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

bool applyKey(sqlite3 *db, const QByteArray &key)
{
    // A raw key (x'…') skips SQLCipher's PBKDF2 on every open; the key is random, not a password.
    // The pragma text holds the key only for this call and is wiped afterwards.
    QByteArray pragma = "PRAGMA key = \"x'" + key.toHex() + "'\"; PRAGMA cipher_page_size = 4096;";
    const int rc = sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
    pragma.fill('\0');
    return rc == SQLITE_OK;
}

bool canRead(sqlite3 *db)
{
    return sqlite3_exec(db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) == SQLITE_OK;
}

// What the key probe found: the key opens the file, the file does not decrypt with it (a wrong
// key, or not a database at all), or the file could not be read (I/O, no descriptors, no memory),
// which says nothing about the key and must not be reported as a wrong one.
struct KeyProbe
{
    enum class Result
    {
        Opens,
        WrongKey,
        Unreadable
    };
    Result result = Result::Unreadable;
    QString message; // SQLite's words, for Unreadable
};

// Checks the key against page 1 of an existing file without touching anything: an immutable,
// read-only connection takes no locks and ignores the -wal and -shm files, so a wrong key cannot
// make SQLite replay a WAL left by a crash into the file when the failed connection closes.
// SQLCipher checks a page's HMAC as it reads it, before SQLite looks at what the page says: a key
// that does not decrypt page 1 gives SQLITE_NOTADB, whatever the file. SQLITE_CORRUPT means page 1
// did decrypt and then disagreed with the file alone: after a kill mid-checkpoint page 1 already
// counts pages that only the WAL holds yet (sync.synccrash met it), which the real open, reading
// the WAL, recovers from. So a corrupt-looking header is the right key, not a wrong one.
KeyProbe probeKey(const QString &path, const QByteArray &key)
{
    const QByteArray uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
    sqlite3 *probe = nullptr;
    KeyProbe found;
    int rc = sqlite3_open_v2(uri.constData(), &probe, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc == SQLITE_OK && !applyKey(probe, key))
        rc = sqlite3_errcode(probe);
    // Page 1 only: PRAGMA user_version reads the header.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(probe, "PRAGMA user_version;", nullptr, nullptr, nullptr);
    const int primary = rc & 0xff;
    found.result = rc == SQLITE_OK || primary == SQLITE_CORRUPT ? KeyProbe::Result::Opens
        : primary == SQLITE_NOTADB                              ? KeyProbe::Result::WrongKey
                                                                : KeyProbe::Result::Unreadable;
    if (found.result == KeyProbe::Result::Unreadable)
        found.message = QStringLiteral("%1 (%2)").arg(sqliteMessage(probe)).arg(rc);
    sqlite3_close_v2(probe);
    return found;
}
} // namespace

SqlDatabase::SqlDatabase(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

SqlDatabase::~SqlDatabase()
{
    // close_v2: finalises lazily if a statement is still alive somewhere, instead of failing.
    sqlite3_close_v2(m_db);
}

QByteArray SqlDatabase::generateKey()
{
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), kKeyBytes / 4);
    return key;
}

std::unique_ptr<SqlDatabase> SqlDatabase::open(
    const QString &path, const QByteArray &key, Mode mode, QString *error)
{
    if (key.size() != kKeyBytes) {
        *error = tr("The cache key is missing or damaged (expected %1 bytes); the cache was not opened.")
                     .arg(kKeyBytes);
        return nullptr;
    }
    return openWith(path, &key, mode, error);
}

std::unique_ptr<SqlDatabase> SqlDatabase::openUnencrypted(const QString &path, QString *error)
{
    return openWith(path, nullptr, Mode::OpenOrCreate, error);
}

std::unique_ptr<SqlDatabase> SqlDatabase::openWith(
    const QString &path, const QByteArray *key, Mode mode, QString *error)
{
    if (mode != Mode::OpenOrCreate && !QFileInfo::exists(path)) {
        *error = tr("There is no cache at %1.").arg(path);
        return nullptr;
    }
    const QString wrongKey
        = tr("The cache %1 cannot be decrypted with this account's key (wrong key, or not a "
             "Miraget cache). It was left untouched.")
              .arg(path);
    if (key && QFileInfo(path).size() > 0) {
        const KeyProbe probe = probeKey(path, *key);
        if (probe.result == KeyProbe::Result::WrongKey) {
            *error = wrongKey;
            return nullptr;
        }
        if (probe.result == KeyProbe::Result::Unreadable) {
            *error = tr("Cannot read the cache %1: %2. It was left untouched.").arg(path, probe.message);
            return nullptr;
        }
    }
    sqlite3 *raw = nullptr;
    const int access = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
        : mode == Mode::OpenOrCreate          ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                              : SQLITE_OPEN_READWRITE;
    const int flags = access | SQLITE_OPEN_NOMUTEX; // one connection per thread, never shared
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    std::unique_ptr<SqlDatabase> db(new SqlDatabase(raw, path));
    if (rc != SQLITE_OK) {
        *error = tr("Cannot open the cache %1: %2").arg(path, sqliteMessage(raw));
        return nullptr;
    }
    sqlite3_extended_result_codes(raw, 1);
    // The writer and readers live on different threads: wait for a lock instead of failing at once.
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    if (key && !applyKey(raw, *key)) {
        *error = tr("Cannot apply the cache key: %1").arg(db->lastError());
        return nullptr;
    }
    if (!canRead(raw)) {
        *error = key ? wrongKey : tr("%1 is not a readable database: %2").arg(path, db->lastError());
        return nullptr;
    }
    // Readers leave the journal to the writer; their sorts and temp b-trees stay in memory (never a
    // plaintext temp file) and a larger page cache keeps the lead list's index pages decrypted.
    const char *setup = mode == Mode::ReadOnly
        ? "PRAGMA query_only = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384;"
        : "PRAGMA journal_mode = WAL; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;"
          "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
    if (!db->exec(QString::fromLatin1(setup))) {
        *error = tr("Cannot configure the cache %1: %2").arg(path, db->lastError());
        return nullptr;
    }
    qCDebug(lcStorage) << "opened" << (key ? "encrypted" : "unencrypted") << "database" << path;
    return db;
}

bool SqlDatabase::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

qint64 SqlDatabase::scalar(const QString &sql, bool *ok)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = 0;
    bool success = sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK;
    if (success) {
        const int rc = sqlite3_step(stmt);
        success = rc == SQLITE_ROW || rc == SQLITE_DONE;
        if (rc == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    if (ok)
        *ok = success;
    return value;
}

QString SqlDatabase::lastError() const
{
    return sqliteMessage(m_db);
}

qint64 SqlDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqlDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

int SqlDatabase::walCommitted(void *self, sqlite3 *db, const char *schema, int frames)
{
    auto *database = static_cast<SqlDatabase *>(self);
    database->m_walFrames = frames;
    if (frames >= database->m_walHardLimit) {
        // What SQLite's own autocheckpoint does, at a higher mark; an error here is not the
        // commit's (it is durable already), and the next commit or idle moment tries again.
        int log = 0, done = 0;
        if (sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, &log, &done) == SQLITE_OK)
            database->m_walFrames = std::max(log - done, 0);
    }
    return SQLITE_OK;
}

void SqlDatabase::deferCheckpoints(int hardLimitPages)
{
    m_walHardLimit = hardLimitPages;
    // Replaces the autocheckpoint, which is itself a WAL hook.
    sqlite3_wal_hook(m_db, &SqlDatabase::walCommitted, this);
}

bool SqlDatabase::checkpointIfDue()
{
    if (m_walFrames == 0)
        return true;
    // Passive: a reader's snapshot may hold back part of the WAL; what is left stays due.
    int log = 0, done = 0;
    if (sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &done) != SQLITE_OK)
        return false;
    m_walFrames = std::max(log - done, 0);
    return true;
}
