#pragma once

#include "core/accountregistry.h"

#include <QCoreApplication>

#include <memory>

class SecretStore;
class SqlDatabase;

// Where an account's encrypted cache lives, and the key that opens it. One database per profile
// and account; its random 256-bit key is created at first sign-in and lives only in the keychain.
// Forgetting the account deletes the key first and then the files (crypto-shredding): even a copy
// of the file taken earlier can no longer be read.
class CacheFiles
{
    Q_DECLARE_TR_FUNCTIONS(CacheFiles)

public:
    CacheFiles(const QString &profile, SecretStore &secrets);

    QString databasePath(const AccountRegistry::Account &account) const;
    // Creates the key if the account has none yet, then the database with the current schema.
    bool prepare(const AccountRegistry::Account &account, QString *error);
    // Opens with the keychain's key and brings the schema up to date; nullptr with *error otherwise.
    std::unique_ptr<SqlDatabase> open(const AccountRegistry::Account &account, QString *error);
    // The two halves of open(), for opening on another thread: the keychain is asked on the calling
    // thread, the file is opened (and migrated) wherever openFile() runs.
    QByteArray readKey(const AccountRegistry::Account &account, QString *error);
    static std::unique_ptr<SqlDatabase> openFile(const QString &path, const QByteArray &key, QString *error);
    bool shred(const AccountRegistry::Account &account, QString *error);

private:
    QString keyName(const AccountRegistry::Account &account) const;

    QString m_profile;
    SecretStore &m_secrets;
};
