#include "domainname.h"

#include <QStringList>
#include <QUrl>

namespace domainname {

namespace {
constexpr qsizetype kMaxLength = 253;
constexpr qsizetype kMaxLabel = 63;

bool validLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > kMaxLabel || label.front() == u'-' || label.back() == u'-')
        return false;
    for (const QChar c : label) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    }
    return true;
}

bool allDigits(QStringView label)
{
    for (const QChar c : label) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The host part of something typed without a scheme: "example.com:8080/pricing?x#y".
QString hostOf(const QString &text)
{
    qsizetype end = text.size();
    for (const QChar stop : {u'/', u'?', u'#'}) {
        const qsizetype at = text.indexOf(stop);
        if (at >= 0)
            end = std::min(end, at);
    }
    QString host = text.left(end);
    // Only a numeric port is dropped: anything else after a colon is no domain at all.
    const qsizetype colon = host.lastIndexOf(u':');
    if (colon >= 0 && colon + 1 < host.size() && allDigits(QStringView(host).mid(colon + 1)))
        host.truncate(colon);
    return host;
}
} // namespace

QString normalise(const QString &text)
{
    const QString lowered = text.trimmed().toLower();
    // QUrl drops the scheme, user info and port, and the path, query and fragment.
    QString host = lowered.contains(QStringLiteral("://")) ? QUrl(lowered).host() : hostOf(lowered);
    if (host.startsWith(QStringLiteral("www.")))
        host.remove(0, 4);
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty() || host.size() > 4 * kMaxLength) // no IDN of that size fits in 253 characters
        return {};
    const QString ace = QString::fromLatin1(QUrl::toAce(host));
    if (ace.isEmpty() || ace.size() > kMaxLength)
        return {};
    const QStringList labels = ace.split(u'.');
    if (labels.size() < 2 || allDigits(labels.back()))
        return {};
    for (const QString &label : labels) {
        if (!validLabel(label))
            return {};
    }
    return ace;
}

} // namespace domainname
