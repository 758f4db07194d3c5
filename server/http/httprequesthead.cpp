#include "httprequesthead.h"

#include <QUrl>

namespace {

std::optional<QHttpServerRequest::Method> methodFrom(QByteArrayView name)
{
    using M = QHttpServerRequest::Method;
    static const QHash<QByteArray, M> methods = {{"GET", M::Get}, {"PUT", M::Put}, {"DELETE", M::Delete},
        {"POST", M::Post}, {"HEAD", M::Head}, {"OPTIONS", M::Options}, {"PATCH", M::Patch}};
    const auto it = methods.constFind(name.toByteArray());
    return it == methods.cend() ? std::nullopt : std::optional(*it);
}

// RFC 9110 token characters, for header names.
bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() && text.size() <= 18
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool hasToken(const QByteArray &list, const char *token)
{
    for (const QByteArray &item : list.split(','))
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

HttpRequestHead refused(int status, const char *slug, const char *title, const QString &detail)
{
    HttpRequestHead head;
    head.outcome = HttpRequestHead::Outcome::Refused;
    head.status = status;
    head.slug = QString::fromLatin1(slug);
    head.title = QString::fromLatin1(title);
    head.detail = detail;
    return head;
}

HttpRequestHead badRequest(const QString &detail)
{
    return refused(400, "bad-request", "Bad request", detail);
}

} // namespace

HttpRequestHead HttpRequestHead::parse(
    QByteArrayView bytes, const HttpLimits &limits, const QHostAddress &peer)
{
    const qsizetype end = bytes.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0 || end > limits.maxHeaderBytes) {
        if (bytes.size() > limits.maxHeaderBytes)
            return refused(431, "headers-too-large", "Request header fields too large",
                QStringLiteral("The request line and headers may be at most %1 bytes.")
                    .arg(limits.maxHeaderBytes));
        return {};
    }
    const QList<QByteArray> lines = bytes.first(end).toByteArray().split('\n');
    QByteArray startLine = lines.constFirst();
    if (startLine.endsWith('\r'))
        startLine.chop(1);
    const QList<QByteArray> start = startLine.split(' ');
    const QByteArray target = start.value(1);
    const QByteArray version = start.value(2);
    if (start.size() != 3 || !target.startsWith('/'))
        return badRequest(QStringLiteral("Malformed request line."));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refused(
            505, "http-version-not-supported", "HTTP version not supported", QStringLiteral("Use HTTP/1.1."));
    const auto method = methodFrom(start.value(0));
    if (!method)
        return refused(
            501, "not-implemented", "Not implemented", QStringLiteral("This method is not supported."));

    HttpRequestHead head;
    ApiRequest &request = head.request;
    request.method = *method;
    request.remoteAddress = peer;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        if (!isToken(name))
            return badRequest(QStringLiteral("Malformed header line."));
        const QByteArray key = name.toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "content-length" && request.headers.contains(key))
            return badRequest(QStringLiteral("More than one Content-Length header."));
        request.headers.insert(
            key, request.headers.contains(key) ? request.headers.value(key) + ", " + value : value);
    }
    const bool http11 = version == "HTTP/1.1";
    if (http11 && !request.headers.contains("host"))
        return badRequest(QStringLiteral("Host header missing."));
    head.webSocketUpgrade = request.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0
        && hasToken(request.header("connection"), "upgrade") && *method == QHttpServerRequest::Method::Get;
    if (!request.header("transfer-encoding").isEmpty())
        return refused(501, "not-implemented", "Not implemented",
            QStringLiteral("Send the body with a Content-Length, not a Transfer-Encoding."));
    const QByteArray lengthText = request.header("content-length");
    if (!lengthText.isEmpty() && !isDigits(lengthText))
        return badRequest(QStringLiteral("Invalid Content-Length."));
    head.contentLength = lengthText.isEmpty() ? 0 : lengthText.toLongLong();
    if (head.contentLength > limits.maxBodyBytes)
        return refused(413, "content-too-large", "Content too large",
            QStringLiteral("A request body may be at most %1 bytes.").arg(limits.maxBodyBytes));
    const QUrl url = QUrl::fromEncoded("http://request" + target);
    request.path = url.path();
    request.query = QUrlQuery(url);
    const QByteArray connection = request.header("connection");
    head.keepAlive = http11 ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    head.headBytes = end + 4;
    head.outcome = Outcome::Complete;
    return head;
}
