#include "logging.h"

#include <QRegularExpression>

#include <algorithm>
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

using Rules = std::array<Rule, 3>;

// Parameter and field names whose values are credentials; "code" is the OAuth authorization code.
const char *const kSecretNames[]
    = {"access_token", "refresh_token", "id_token", "code", "code_verifier", "client_secret", "password"};

Rules makeRules()
{
    const QString redacted = QStringLiteral("[redacted]");
    QStringList alternatives;
    for (const char *name : kSecretNames)
        alternatives.append(QString::fromLatin1(name));
    const QString names = u"(?:" + alternatives.join(u'|') + u')';
    // Each rule repeats a single character class, which PCRE2 runs without recursion: the rules
    // hold on any length of input (JSON strings, with their escapes, are scanned by hand below).
    return {{
        // Authorization header values, whatever the token format (RFC 6750 b64token, RFC 7617).
        {QRegularExpression(QStringLiteral(R"(\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*)"),
             QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\\1 ") + redacted},
        // Query strings and form bodies. The lookbehind keeps "error_code=" and "status_code=" intact.
        {QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_])(") + names + QStringLiteral(R"()=[^&\s"',;]+)")),
            QStringLiteral("\\1=") + redacted},
        // The reference server's tokens: prefix plus base64url, recognisable wherever they appear.
        {QRegularExpression(QStringLiteral(R"(\bmg[arc]_[A-Za-z0-9\-_]+)")), redacted},
    }};
}

// JSON string fields named like a secret ("password": "…", escaped characters inside the value
// included, a value cut off by the end of the text too): the value becomes [redacted]. Found by
// plain searches, linear in the input: the regex this replaces ran out of PCRE2's JIT stack at
// about 21,800 characters of value and then redacted nothing more in that message.
QString redactJsonFields(const QString &text)
{
    const qsizetype n = text.size();
    const auto skipSpace = [&](qsizetype at) {
        while (at < n && text.at(at).isSpace())
            ++at;
        return at;
    };
    // Where the string whose first character is at `at` ends: its closing quote, or n.
    const auto stringEnd = [&](qsizetype at) {
        while (at < n && text.at(at) != u'"')
            at += text.at(at) == u'\\' ? 2 : 1;
        return std::min(at, n);
    };
    QList<std::pair<qsizetype, qsizetype>> values; // [from, to) of each secret value
    for (const char *name : kSecretNames) {
        const QString needle = u'"' + QString::fromLatin1(name) + u'"';
        for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            qsizetype p = skipSpace(at + needle.size());
            if (p >= n || text.at(p) != u':')
                continue;
            p = skipSpace(p + 1);
            if (p < n && text.at(p) == u'"')
                values.append({p + 1, stringEnd(p + 1)});
        }
    }
    if (values.isEmpty())
        return text;
    std::sort(values.begin(), values.end());
    QString out;
    qsizetype copied = 0;
    for (const auto &[from, to] : std::as_const(values)) {
        if (from < copied)
            continue; // inside a value already redacted
        out += QStringView(text).mid(copied, from - copied);
        out += QStringLiteral("[redacted]");
        copied = to;
    }
    out += QStringView(text).mid(copied);
    return out;
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
    QString result = redactJsonFields(text);
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
