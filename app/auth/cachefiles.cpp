#include "cachefiles.h"

#include "auth/secretstore.h"
#include "core/logging.h"
#include "core/profilepaths.h"
#include "storage/cacheschema.h"
#include "storage/sqldatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

CacheFiles::CacheFiles(const QString &profile, SecretStore &secrets)
    : m_profile(profile)
    , m_secrets(secrets)
{ }

QString CacheFiles::keyName(const AccountRegistry::Account &account) const
{
    return SecretStore::keyFor(m_profile, account.server, QStringLiteral("cache-key/%1").arg(account.userId));
}

QString CacheFiles::databasePath(const AccountRegistry::Account &account) const
{
    // A hash keeps server URLs out of file names and paths short.
    const QByteArray id
        = QCryptographicHash::hash(account.id().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return ProfilePaths(m_profile).dataDir() + QStringLiteral("/accounts/") + QString::fromLatin1(id)
        + QStringLiteral("/cache.db");
}

bool CacheFiles::prepare(const AccountRegistry::Account &account, QString *error)
{
    const SecretStore::Result existing = m_secrets.readAndWait(keyName(account));
    if (existing.status == SecretStore::Status::NotFound) {
        // A file without its key is unreadable and only in the way.
        for (const QString &suffix :
            {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(databasePath(account) + suffix);
        const SecretStore::Result written
            = m_secrets.writeAndWait(keyName(account), SqlDatabase::generateKey());
        if (!written.ok()) {
            *error = written.error;
            return false;
        }
    } else if (!existing.ok()) {
        *error = existing.error;
        return false;
    }
    return open(account, error) != nullptr;
}

std::unique_ptr<SqlDatabase> CacheFiles::open(const AccountRegistry::Account &account, QString *error)
{
    const QByteArray key = readKey(account, error);
    if (key.isEmpty())
        return nullptr;
    return openFile(databasePath(account), key, error);
}

QByteArray CacheFiles::readKey(const AccountRegistry::Account &account, QString *error)
{
    const SecretStore::Result key = m_secrets.readAndWait(keyName(account));
    if (!key.ok()) {
        *error = key.status == SecretStore::Status::NotFound
            ? tr("This account's cache key is not in the keychain; sign in again to rebuild the cache.")
            : key.error;
        return {};
    }
    return key.data;
}

namespace {
const QString kSuffixes[]
    = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

// A new cache is built and migrated under a temporary name, checkpointed and closed, then renamed
// into place: a kill -9 while it is being created leaves no cache or a whole one, never a torn
// first page that the next start would take for a wrong key.
bool createFile(const QString &path, const QByteArray &key, QString *error)
{
    const QString building = path + QStringLiteral(".new");
    for (const QString &suffix : kSuffixes)
        QFile::remove(building + suffix); // what a crash during an earlier creation left
    {
        auto db = SqlDatabase::open(building, key, SqlDatabase::Mode::OpenOrCreate, error);
        if (!db || !migrations::apply(*db, cacheschema::all(), error))
            return false;
        if (!db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
            *error = db->lastError();
            return false;
        }
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(building + suffix); // empty after the checkpoint and the close
    if (!QFile::rename(building, path)) {
        *error = CacheFiles::tr("Could not create the cache %1.").arg(path);
        QFile::remove(building);
        return false;
    }
    return true;
}
} // namespace

std::unique_ptr<SqlDatabase> CacheFiles::openFile(const QString &path, const QByteArray &key, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!QFileInfo::exists(path) && !createFile(path, key, error))
        return nullptr;
    auto db = SqlDatabase::open(path, key, SqlDatabase::Mode::OpenOrCreate, error);
    if (db && !migrations::apply(*db, cacheschema::all(), error))
        return nullptr;
    return db;
}

bool CacheFiles::shred(const AccountRegistry::Account &account, QString *error)
{
    // Key first: once it is gone the file is noise, even if deleting it fails below.
    const SecretStore::Result removed = m_secrets.removeAndWait(keyName(account));
    bool ok = removed.ok();
    if (!ok)
        *error = removed.error;
    const QString path = databasePath(account);
    for (const QString &suffix : kSuffixes) {
        QFile::remove(path + suffix);
        QFile::remove(path + QStringLiteral(".new") + suffix);
    }
    QDir().rmdir(QFileInfo(path).absolutePath());
    qCInfo(lcStorage) << "cache shredded for account" << account.userId;
    return ok;
}
