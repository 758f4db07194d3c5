#include "diagnostics.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSysInfo>
#include <QTimeZone>

#include <sqlcipher/sqlite3.h>

namespace diagnostics {

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString sqlcipherVersion()
{
    // Only a connection can tell: PRAGMA cipher_version on a throwaway in-memory database.
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version.isEmpty() ? QStringLiteral("unknown") : version;
}

QString report(const Facts &facts)
{
    QStringList lines;
    const auto add = [&](const char *key, const QString &value) {
        lines.append(QLatin1String(key) + u": " + (value.isEmpty() ? QStringLiteral("-") : value));
    };
    add("Miraget Desktop", facts.appVersion);
    add("OS",
        QSysInfo::prettyProductName() + u" (" + QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion()
            + u", " + QSysInfo::currentCpuArchitecture() + u')');
    add("Qt", QString::fromLatin1(qVersion()) + u" (built with " + QLatin1String(QT_VERSION_STR) + u')');
    add("Platform", facts.platform);
    add("SQLCipher", sqlcipherVersion() + u" (SQLite " + sqliteVersion() + u')');
    add("Locale", QLocale().name() + u", UI languages " + QLocale::system().uiLanguages().join(u' '));
    add("Time zone", QString::fromLatin1(QTimeZone::systemTimeZoneId()));
    add("Profile", facts.profile);
    add("Server", facts.server);
    add("Role", facts.role);
    add("Sync", facts.syncState);
    add("Last synced",
        facts.lastSyncedAt.isValid() ? facts.lastSyncedAt.toUTC().toString(Qt::ISODate) : QString());
    add("Pending changes", QString::number(facts.pendingChanges));
    add("Conflicts", QString::number(facts.conflicts));
    if (facts.recentErrors.isEmpty())
        add("Recent sync errors", QStringLiteral("none"));
    for (const QString &error : facts.recentErrors)
        add("Sync error", error);
    add("Generated", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return redactSecrets(lines.join(u'\n')) + u'\n';
}

} // namespace diagnostics
