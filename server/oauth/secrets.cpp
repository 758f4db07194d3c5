#include "secrets.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <openssl/evp.h>

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}
} // namespace

namespace secrets {

QString randomToken(const char *prefix, int bytes)
{
    const QByteArray raw = randomBytes((bytes + 3) / 4 * 4);
    return QString::fromLatin1(prefix)
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

QByteArray newSalt()
{
    return randomBytes(16);
}

QByteArray passwordHash(const QString &password, const QByteArray &salt, int iterations)
{
    // OpenSSL's PBKDF2, about six times faster than QPasswordDigestor's: the cost an attacker pays
    // per guess is the same, the server's is smaller.
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(32, Qt::Uninitialized);
    const bool ok
        = PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
              reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
              EVP_sha256(), int(key.size()), reinterpret_cast<unsigned char *>(key.data()))
        == 1;
    return ok ? key : QByteArray();
}

bool passwordMatches(
    const QString &password, const QByteArray &salt, const QByteArray &expectedHash, int iterations)
{
    const QByteArray actual = passwordHash(password, salt, iterations);
    if (actual.isEmpty() || actual.size() != expectedHash.size())
        return false;
    // Constant-time comparison: the loop never exits early.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        diff |= static_cast<unsigned char>(actual[i] ^ expectedHash[i]);
    return diff == 0;
}

QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isValidPkceString(const QString &value)
{
    if (value.size() < 43 || value.size() > 128)
        return false;
    for (const QChar c : value) {
        const bool unreserved = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || c == u'_' || c == u'~';
        if (!unreserved)
            return false;
    }
    return true;
}

} // namespace secrets
