#include "accountregistry.h"

#include <QJsonDocument>
#include <QSettings>

namespace {
constexpr int kMaxRememberedServers = 10;

QString origin(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
        .toString();
}

// QSettings keys cannot hold "/" or ":" safely; the origin's hex is stable and unique.
QString metadataKey(const QUrl &server)
{
    return QStringLiteral("serverMetadata/") + QString::fromLatin1(origin(server).toUtf8().toHex());
}
} // namespace

QString AccountRegistry::Account::id() const
{
    return origin(server) + u'#' + QString::number(userId);
}

AccountRegistry::Account AccountRegistry::Account::fromIdentity(const QUrl &server, const QJsonObject &me)
{
    const QJsonObject account = me.value(QStringLiteral("account")).toObject();
    return {server, me.value(QStringLiteral("id")).toInteger(), me.value(QStringLiteral("email")).toString(),
        me.value(QStringLiteral("name")).toString(), me.value(QStringLiteral("role")).toString(),
        account.value(QStringLiteral("id")).toInteger(), account.value(QStringLiteral("name")).toString()};
}

AccountRegistry::AccountRegistry(QString settingsFile)
    : m_file(std::move(settingsFile))
{ }

QList<AccountRegistry::Account> AccountRegistry::accounts() const
{
    QSettings s(m_file, QSettings::IniFormat);
    QList<Account> out;
    const int n = s.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        out.append({QUrl(s.value(QStringLiteral("server")).toString()),
            s.value(QStringLiteral("userId")).toLongLong(), s.value(QStringLiteral("email")).toString(),
            s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("role")).toString(),
            s.value(QStringLiteral("accountId")).toLongLong(),
            s.value(QStringLiteral("accountName")).toString()});
    }
    s.endArray();
    return out;
}

AccountRegistry::Account AccountRegistry::find(const QString &id) const
{
    for (const Account &a : accounts()) {
        if (a.id() == id)
            return a;
    }
    return {};
}

AccountRegistry::Account AccountRegistry::current() const
{
    const QString id = QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("current")).toString();
    const Account found = find(id);
    if (found.isValid())
        return found;
    const QList<Account> all = accounts();
    return all.isEmpty() ? Account {} : all.constFirst();
}

void AccountRegistry::upsert(const Account &account)
{
    QList<Account> all = accounts();
    all.removeIf([&](const Account &a) { return a.id() == account.id(); });
    all.append(account);
    QSettings s(m_file, QSettings::IniFormat);
    s.beginWriteArray(QStringLiteral("accounts"), int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        s.setArrayIndex(i);
        const Account &a = all[i];
        s.setValue(QStringLiteral("server"), a.server.toString());
        s.setValue(QStringLiteral("userId"), a.userId);
        s.setValue(QStringLiteral("email"), a.email);
        s.setValue(QStringLiteral("name"), a.name);
        s.setValue(QStringLiteral("role"), a.role);
        s.setValue(QStringLiteral("accountId"), a.accountId);
        s.setValue(QStringLiteral("accountName"), a.accountName);
    }
    s.endArray();
}

void AccountRegistry::remove(const QString &id)
{
    QList<Account> all = accounts();
    all.removeIf([&](const Account &a) { return a.id() == id; });
    QSettings s(m_file, QSettings::IniFormat);
    s.remove(QStringLiteral("accounts"));
    if (s.value(QStringLiteral("current")).toString() == id)
        s.remove(QStringLiteral("current"));
    s.sync();
    for (const Account &a : all)
        upsert(a);
}

void AccountRegistry::setCurrent(const QString &id)
{
    QSettings(m_file, QSettings::IniFormat).setValue(QStringLiteral("current"), id);
}

QStringList AccountRegistry::rememberedServers() const
{
    return QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("servers")).toStringList();
}

void AccountRegistry::rememberServer(const QUrl &server)
{
    QStringList servers = rememberedServers();
    servers.removeAll(origin(server));
    servers.prepend(origin(server));
    QSettings(m_file, QSettings::IniFormat)
        .setValue(QStringLiteral("servers"), servers.mid(0, kMaxRememberedServers));
}

QJsonObject AccountRegistry::serverMetadata(const QUrl &server) const
{
    const QByteArray json
        = QSettings(m_file, QSettings::IniFormat).value(metadataKey(server)).toString().toUtf8();
    return QJsonDocument::fromJson(json).object();
}

void AccountRegistry::rememberServerMetadata(const QUrl &server, const QJsonObject &document)
{
    QSettings(m_file, QSettings::IniFormat)
        .setValue(
            metadataKey(server), QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
}
