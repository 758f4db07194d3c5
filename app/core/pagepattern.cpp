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
    m_parts = body.split(u'*');
    m_wildcard = m_parts.size() > 1;
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
    if (m_parts.isEmpty())
        return false;
    QStringView subject = m_wholeUrl ? withoutQuery(url) : pathOf(url);
    while (subject.size() > 1 && subject.endsWith(u'/'))
        subject.chop(1);
    constexpr auto cs = Qt::CaseInsensitive;
    const QString &first = m_parts.constFirst();
    if (!m_wildcard) {
        // A plain page also covers what lies below it, but not a longer name: /pricing is not
        // /pricing-old.
        if (!subject.startsWith(first, cs))
            return false;
        return subject.size() == first.size() || (first != u"/" && subject.at(first.size()) == u'/');
    }
    // "a*b*c": a at the start, c at the end, b in between. Each part is taken at its leftmost
    // place after the one before, which is enough for '*' (any characters) and never goes back:
    // time linear in the address for a given pattern, however many stars (the regex it replaces
    // took 70-160 ms per address with four or more).
    const QString &last = m_parts.constLast();
    if (subject.size() < first.size() + last.size() || !subject.startsWith(first, cs)
        || !subject.endsWith(last, cs))
        return false;
    qsizetype at = first.size();
    const qsizetype end = subject.size() - last.size();
    for (qsizetype i = 1; i + 1 < m_parts.size(); ++i) {
        const QString &part = m_parts.at(i);
        const qsizetype found = subject.left(end).indexOf(part, at, cs);
        if (found < 0)
            return false;
        at = found + part.size();
    }
    return at <= end;
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
