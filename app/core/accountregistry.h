#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The accounts a profile is signed in to, which one is current, and the servers the user has used,
// in the profile's own settings file. Only who and where: tokens live in the keychain, keyed by
// secretName(), and nothing here is a secret.
class AccountRegistry
{
public:
    struct Account
    {
        QUrl server;
        qint64 userId = 0;
        QString email;
        QString name;
        QString role;
        qint64 accountId = 0;
        QString accountName;

        bool isValid() const { return server.isValid() && userId > 0; }
        QString id() const; // "<server origin>#<user id>"
        QString secretName() const { return QStringLiteral("tokens/%1").arg(userId); }
        static Account fromIdentity(const QUrl &server, const QJsonObject &me);
    };

    // `settingsFile` is the profile's accounts.ini (ProfilePaths::config()).
    explicit AccountRegistry(QString settingsFile);

    QList<Account> accounts() const;
    Account current() const;
    Account find(const QString &id) const;
    void upsert(const Account &account);
    void remove(const QString &id);
    void setCurrent(const QString &id);
    QStringList rememberedServers() const;
    void rememberServer(const QUrl &server);
    // A server's discovery document (RFC 8414) as last fetched, so a restart on a train can build
    // its session without the network; empty when none was kept.
    QJsonObject serverMetadata(const QUrl &server) const;
    void rememberServerMetadata(const QUrl &server, const QJsonObject &document);

private:
    QString m_file;
};
