#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Where one profile keeps its files. A profile is an independent sign-in (another account, another
// server, a test run), so each gets its own config, data, cache and log directory under the
// platform's standard locations and nothing is shared between profiles. The profile name becomes a
// directory name, which is why it is restricted to a safe alphabet before it gets here.
class ProfilePaths
{
    Q_DECLARE_TR_FUNCTIONS(ProfilePaths)

public:
    static constexpr qsizetype MaxNameLength = 64;

    static QString defaultProfileName() { return QStringLiteral("default"); }
    // 1 to MaxNameLength characters of [A-Za-z0-9._-], and not "." or "..".
    static bool isValidName(const QString &name);
    // Why isValidName() refused the name, translated; empty when it is valid.
    static QString nameError(const QString &name);

    // Computes the paths only; nothing is created on disk. Requires isValidName(name).
    explicit ProfilePaths(const QString &name);

    QString profile() const { return m_profile; }
    QString configDir() const { return m_config; }
    QString dataDir() const { return m_data; }
    QString cacheDir() const { return m_cache; }
    QString logDir() const { return m_log; }

    // {"profile", "config", "data", "cache", "log"} for --print-paths and support tooling.
    QJsonObject toJson() const;

private:
    QString m_profile;
    QString m_config;
    QString m_data;
    QString m_cache;
    QString m_log;
};
