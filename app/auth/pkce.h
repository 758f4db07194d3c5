#pragma once

#include <QString>

// Proof Key for Code Exchange (RFC 7636) for the desktop's public OAuth client. A desktop app
// cannot keep a client secret, so each sign-in proves with a one-time verifier that the code was
// redeemed by the same process that asked for it. QtNetworkAuth 6.4 has no PKCE support, which is
// why the sign-in flow adds these values to its requests itself.
class Pkce
{
public:
    static constexpr qsizetype VerifierLength = 64;
    static constexpr qsizetype StateBytes = 32;

    // A fresh code_verifier: VerifierLength characters of the RFC 7636 unreserved alphabet drawn
    // from the system's cryptographic random source.
    static QString generate();
    // code_challenge for method S256: BASE64URL-without-padding(SHA256(ASCII(verifier))).
    static QString challengeS256(const QString &verifier);
    // The OAuth "state" value that binds a redirect to the request that started it; base64url of
    // StateBytes random bytes (256 bits), so guessing it is not an option.
    static QString randomState();
    // RFC 7636 §4.1: 43 to 128 characters of [A-Za-z0-9-._~].
    static bool isValidVerifier(const QString &verifier);
};
