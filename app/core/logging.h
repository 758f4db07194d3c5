#pragma once

#include <QLoggingCategory>
#include <QString>

// One logging category per subsystem, so QT_LOGGING_RULES (e.g. "miraget.sync.debug=true") can
// turn on exactly the noise a bug report needs; debug output is off unless a rule enables it. Everything the
// app logs goes through installRedactingMessageHandler(), which is the single place secrets are kept out of
// log output.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

// Replaces every credential-shaped substring with "[redacted]": bearer/basic authorization values,
// access_token=, refresh_token=, id_token=, code=, code_verifier=, client_secret= and password=
// parameters, the same names as JSON string fields, and the reference server's token formats
// (mga_, mgr_, mgc_ prefixes). Pure and thread-safe; over-redacting is preferred to leaking.
QString redactSecrets(const QString &text);

// Routes every Qt message through redactSecrets() before handing it to the handler that was
// installed before (Qt's default one unless a test installed its own). Idempotent.
void installRedactingMessageHandler();
