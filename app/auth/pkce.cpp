#include "pkce.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringView>

#include <array>

namespace {

constexpr QStringView UnreservedAlphabet
    = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr qsizetype MinVerifierLength = 43;
constexpr qsizetype MaxVerifierLength = 128;

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString Pkce::generate()
{
    QRandomGenerator *random = QRandomGenerator::system();
    QString verifier;
    verifier.reserve(VerifierLength);
    for (qsizetype i = 0; i < VerifierLength; ++i) {
        // bounded() maps a 32-bit draw onto 66 symbols; the bias is below 2^-25 per character.
        verifier.append(UnreservedAlphabet.at(random->bounded(quint32(UnreservedAlphabet.size()))));
    }
    return verifier;
}

QString Pkce::challengeS256(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

QString Pkce::randomState()
{
    std::array<quint32, StateBytes / sizeof(quint32)> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return base64Url(QByteArray(reinterpret_cast<const char *>(words.data()), StateBytes));
}

bool Pkce::isValidVerifier(const QString &verifier)
{
    if (verifier.size() < MinVerifierLength || verifier.size() > MaxVerifierLength)
        return false;
    for (const QChar c : verifier) {
        if (!UnreservedAlphabet.contains(c))
            return false;
    }
    return true;
}
