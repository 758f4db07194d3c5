#pragma once

#include <QString>
#include <QStringList>

// The page a "visit to a page" alert waits for, as a person types it: "/pricing" means that page and
// the pages under it (/pricing/enterprise), "/blog/*-intent-*" uses * for any characters, and a
// pattern with a scheme ("https://shop.example.com/cart") is matched against the whole address.
// Query strings and fragments are ignored, letter case too: "/Pricing?ref=ad" is /pricing.
// Matching takes time linear in the address (no regex, no backtracking): the alert evaluator runs
// every pattern over every page view it writes.
class PagePattern
{
public:
    explicit PagePattern(const QString &pattern);

    // Why the pattern cannot be used (translated), or empty.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }
    bool matches(QStringView url) const;

    // The address without query and fragment; `path` without scheme and host.
    static QStringView withoutQuery(QStringView url);
    static QStringView pathOf(QStringView url);

private:
    QString m_pattern;
    bool m_wholeUrl = false;
    bool m_wildcard = false;
    QStringList m_parts; // the pattern cut at each '*'; empty when it is not valid
};
