#pragma once

#include <QString>

// The HTML a browser sees during sign-in: login form, consent page and error page. Plain server-side
// HTML with no scripts, so a test (or a person) can submit the forms exactly as a browser would.
namespace loginpages {
QString login(
    const QString &requestId, const QString &clientName, const QString &email, const QString &error);
QString consent(const QString &requestId, const QString &clientName, const QString &userName,
    const QString &email, const QString &role, const QString &accountName);
QString error(const QString &title, const QString &detail);
} // namespace loginpages
