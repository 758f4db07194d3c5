#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// What "Report a problem" copies to the clipboard: enough to reproduce an environment (app, OS, Qt
// and SQLCipher versions, server, sync state and its last errors) and nothing a user must not
// paste into a support ticket: no tokens (everything passes through redactSecrets()), no lead,
// visitor or account data beyond the server's address and the user's role.
namespace diagnostics {

struct Facts
{
    QString appVersion;
    QString platform; // the Qt platform plugin (xcb, wayland, offscreen…)
    QString profile;
    QString server; // base URL, no credentials
    QString role; // the signed-in user's role, or empty
    QString syncState;
    QDateTime lastSyncedAt;
    QStringList recentErrors; // newest last
    int pendingChanges = 0;
    int conflicts = 0;
};

// The versions of the SQLCipher library linked in ("4.5.3 community") and of its SQLite.
QString sqlcipherVersion();
QString sqliteVersion();

// Plain text, one "key: value" line per fact, English (support reads it, whatever the UI language).
QString report(const Facts &facts);

} // namespace diagnostics
