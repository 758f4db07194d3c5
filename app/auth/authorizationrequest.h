#pragma once

#include "servermetadata.h"

#include <QCoreApplication>
#include <QUrl>
#include <QVariantMap>

// One authorization request (RFC 6749 §4.1 with RFC 7636 PKCE): its fresh verifier and state, the
// URL the browser opens, and the judgement of what comes back — from the loopback receiver or from
// a redirect URL the user pasted. A callback whose state is not ours is refused before its code is
// even looked at (CSRF, RFC 6749 §10.12).
class AuthorizationRequest
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationRequest)

public:
    struct Outcome
    {
        enum class Kind
        {
            Code,
            Denied,
            StateMismatch,
            Invalid
        };
        Kind kind = Kind::Invalid;
        QString code;
        QString message; // translated; empty for Code
    };

    static inline const QString kClientId = QStringLiteral("miraget-desktop");

    AuthorizationRequest(const ServerMetadata &server, const QString &redirectUri);

    QUrl url() const;
    QString verifier() const { return m_verifier; }
    QString redirectUri() const { return m_redirectUri; }
    Outcome evaluate(const QVariantMap &callback) const;
    Outcome evaluate(const QUrl &pastedRedirect) const;

private:
    ServerMetadata m_server;
    QString m_redirectUri;
    QString m_verifier;
    QString m_state;
};
