#include "pagepattern.h"

#include <QCoreApplication>

PagePattern::PagePattern(const QString &pattern)
    : m_pattern(pattern.trimmed())
    , m_wholeUrl(m_pattern.contains(u"://"))
{
    if (!isValid())
        return;
    QString body = m_pattern;
    while (body.size() > 1 && body.endsWith(u'/') && !body.endsWith(u"://"))
        body.chop(1);
    QString regex;
    if (body.contains(u'*')) {
        const QStringList parts = body.split(u'*');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0)
                regex += QStringLiteral(".*");
            regex += QRegularExpression::escape(parts.at(i));
        }
    } else {
        // A plain page also covers what lies below it, but not a longer name: /pricing is not
        // /pricing-old.
        regex = QRegularExpression::escape(body) + (body == u"/" ? QString() : QStringLiteral("(/.*)?"));
    }
    m_expression = QRegularExpression(QRegularExpression::anchoredPattern(regex),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DontCaptureOption);
}

QString PagePattern::problem() const
{
    if (m_pattern.isEmpty())
        return QCoreApplication::translate("PagePattern", "Type a page, such as /pricing.");
    if (!m_wholeUrl && !m_pattern.startsWith(u'/'))
        return QCoreApplication::translate(
            "PagePattern", "A page starts with / (such as /pricing) or is a whole address with https://.");
    if (m_pattern.contains(u'?') || m_pattern.contains(u'#'))
        return QCoreApplication::translate("PagePattern", "Leave out the part after ? or #: it is ignored.");
    if (m_pattern.size() > 500)
        return QCoreApplication::translate("PagePattern", "The page pattern is too long.");
    return {};
}

bool PagePattern::matches(QStringView url) const
{
    if (!m_expression.isValid() || m_expression.pattern().isEmpty())
        return false;
    QStringView subject = m_wholeUrl ? withoutQuery(url) : pathOf(url);
    while (subject.size() > 1 && subject.endsWith(u'/'))
        subject.chop(1);
    return m_expression.match(subject.toString()).hasMatch();
}

QStringView PagePattern::withoutQuery(QStringView url)
{
    for (qsizetype i = 0; i < url.size(); ++i)
        if (url.at(i) == u'?' || url.at(i) == u'#')
            return url.left(i);
    return url;
}

QStringView PagePattern::pathOf(QStringView url)
{
    QStringView rest = withoutQuery(url);
    const qsizetype scheme = rest.indexOf(u"://");
    if (scheme < 0)
        return rest.isEmpty() ? QStringView(u"/") : rest;
    rest = rest.mid(scheme + 3);
    const qsizetype slash = rest.indexOf(u'/');
    return slash < 0 ? QStringView(u"/") : rest.mid(slash);
}
