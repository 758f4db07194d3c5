#include "domainname.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace domainname {

namespace {
bool validLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

bool allDigits(QStringView label)
{
    for (const QChar c : label) {
        if (!c.isDigit())
            return false;
    }
    return true;
}
} // namespace

std::optional<QString> normalise(const QString &text)
{
    QString host = text.trimmed().toLower();
    if (host.contains(QLatin1String("://"))) {
        const QUrl url(host, QUrl::StrictMode);
        if (!url.isValid() || !url.userInfo().isEmpty())
            return std::nullopt;
        host = url.host();
    } else {
        const qsizetype end = host.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
        if (end >= 0)
            host.truncate(end);
        if (host.contains(u'@'))
            return std::nullopt;
        const qsizetype colon = host.lastIndexOf(u':');
        if (colon >= 0)
            host.truncate(colon);
    }
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty())
        return std::nullopt;
    // Internationalised names become their ASCII form (xn--…), the form a lead's domain has.
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty())
        return std::nullopt;
    host = QString::fromLatin1(ace);
    if (host.size() > 253)
        return std::nullopt;
    const QStringList labels = host.split(u'.');
    if (labels.size() < 2 || allDigits(labels.last()))
        return std::nullopt;
    for (const QString &label : labels) {
        if (!validLabel(label))
            return std::nullopt;
    }
    return host;
}

} // namespace domainname
