#include "logging.h"

#include <QRegularExpression>

#include <array>
#include <atomic>
#include <cstdio>

Q_LOGGING_CATEGORY(lcCore, "miraget.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "miraget.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "miraget.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "miraget.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "miraget.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "miraget.ui", QtInfoMsg)

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

using Rules = std::array<Rule, 4>;

Rules makeRules()
{
    const QString redacted = QStringLiteral("[redacted]");
    // Parameter and field names whose values are credentials; "code" is the OAuth authorization code.
    const QString names
        = QStringLiteral("(?:access_token|refresh_token|id_token|code|code_verifier|client_secret|password)");
    return {{
        // Authorization header values, whatever the token format (RFC 6750 b64token, RFC 7617).
        {QRegularExpression(QStringLiteral(R"(\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*)"),
             QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1 ") + redacted},
        // Query strings and form bodies. The lookbehind keeps "error_code=" and "status_code=" intact.
        {QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_])(") + names + QStringLiteral(R"()=[^&\s"',;]+)")),
            QStringLiteral("\\1=") + redacted},
        // JSON string fields, escaped characters inside the value included.
        {QRegularExpression(
             QStringLiteral(R"((")") + names + QStringLiteral(R"("\s*:\s*")(?:[^"\\]|\\.)*")")),
            QStringLiteral("\\1") + redacted + QStringLiteral("\"")},
        // The reference server's tokens: prefix plus base64url, recognisable wherever they appear.
        {QRegularExpression(QStringLiteral(R"(\bmg[arc]_[A-Za-z0-9\-_]+)")), redacted},
    }};
}

std::atomic<QtMessageHandler> previousHandler {nullptr};

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = redactSecrets(message);
    if (const QtMessageHandler next = previousHandler.load()) {
        next(type, context, clean);
        return;
    }
    const QString line = qFormatLogMessage(type, context, clean) + u'\n';
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

QString redactSecrets(const QString &text)
{
    // Per thread because the handler runs on worker threads too and compiling a handful of patterns
    // once per thread is cheaper than reasoning about shared regex state.
    thread_local const Rules rules = makeRules();
    QString result = text;
    for (const Rule &rule : rules)
        result.replace(rule.pattern, rule.replacement);
    return result;
}

void installRedactingMessageHandler()
{
    const QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        previousHandler.store(previous);
}
