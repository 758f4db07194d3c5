#pragma once

#include <QByteArray>
#include <QString>

// Random tokens, their storage hashes and password hashing. Tokens are stored only as SHA-256
// hashes, so a copy of the server database does not let anyone act as a user.
namespace secrets {
// `bytes` of system randomness, base64url without padding, after `prefix`.
QString randomToken(const char *prefix, int bytes = 32);
QByteArray tokenHash(const QString &token);
QByteArray newSalt();
// PBKDF2-HMAC-SHA256 rounds for new password hashes: OWASP's guidance (Password Storage Cheat
// Sheet, 2023). Each user's own count is stored with the hash, so older hashes still verify.
constexpr int kPasswordIterations = 600000;
QByteArray passwordHash(
    const QString &password, const QByteArray &salt, int iterations = kPasswordIterations);
bool passwordMatches(
    const QString &password, const QByteArray &salt, const QByteArray &expectedHash, int iterations);
// BASE64URL(SHA256(verifier)) as RFC 7636 §4.2 defines for S256.
QString pkceChallenge(const QString &verifier);
// RFC 7636 §4.1: 43 to 128 characters from the unreserved set.
bool isValidPkceString(const QString &value);
} // namespace secrets
