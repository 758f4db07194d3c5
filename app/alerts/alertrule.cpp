#include "alertrule.h"

#include "core/pagepattern.h"

#include <QCoreApplication>

namespace {
struct KindName
{
    AlertRule::Kind kind;
    const char16_t *name;
};
constexpr KindName kKinds[]
    = {{AlertRule::Kind::HotLead, u"hot_lead"}, {AlertRule::Kind::WatchedCompany, u"watched_company"},
        {AlertRule::Kind::PageVisit, u"page_visit"}, {AlertRule::Kind::TrafficChange, u"traffic_change"}};

QString simplifiedLower(QStringView text)
{
    return text.toString().simplified().toLower();
}

QString withoutWww(const QString &domain)
{
    return domain.startsWith(u"www.") ? domain.mid(4) : domain;
}
} // namespace

QString AlertRule::kindName(Kind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    Q_UNREACHABLE();
    return {};
}

std::optional<AlertRule::Kind> AlertRule::kindFromName(QStringView name)
{
    for (const KindName &k : kKinds)
        if (name == QStringView(k.name))
            return k.kind;
    return std::nullopt;
}

QString AlertRule::directionName(Direction direction)
{
    switch (direction) {
    case Direction::Spike:
        return QStringLiteral("spike");
    case Direction::Drop:
        return QStringLiteral("drop");
    case Direction::Both:
        break;
    }
    return QStringLiteral("both");
}

AlertRule::Direction AlertRule::directionFromName(QStringView name)
{
    if (name == u"spike")
        return Direction::Spike;
    if (name == u"drop")
        return Direction::Drop;
    return Direction::Both;
}

QString AlertRule::problem() const
{
    switch (kind) {
    case Kind::HotLead:
        if (threshold < 1 || threshold > 100)
            return QCoreApplication::translate("AlertRule", "A lead score is between 1 and 100.");
        return {};
    case Kind::WatchedCompany: {
        for (const QString &company : companies)
            if (!company.trimmed().isEmpty())
                return {};
        if (targetListId > 0)
            return {};
        return QCoreApplication::translate("AlertRule", "Name at least one company or domain to watch.");
    }
    case Kind::PageVisit:
        return PagePattern(pattern).problem();
    case Kind::TrafficChange:
        if (threshold < 10 || threshold > 1000)
            return QCoreApplication::translate("AlertRule", "The change is between 10 % and 1000 %.");
        if (windowHours < 1 || windowHours > 24)
            return QCoreApplication::translate("AlertRule", "Compare between 1 and 24 hours.");
        if (quietMinutes < 0 || quietMinutes > 7 * 24 * 60)
            return QCoreApplication::translate("AlertRule", "The quiet period is at most a week.");
        return {};
    }
    return {};
}

bool AlertRule::watches(QStringView name, QStringView domain) const
{
    const QString leadName = simplifiedLower(name);
    const QString leadDomain = withoutWww(simplifiedLower(domain));
    for (const QString &entry : companies) {
        const QString watched = simplifiedLower(entry);
        if (watched.isEmpty())
            continue;
        if (watched == leadName)
            return true;
        const QString watchedDomain = withoutWww(watched);
        if (!leadDomain.isEmpty()
            && (leadDomain == watchedDomain || leadDomain.endsWith(u'.' + watchedDomain)))
            return true;
    }
    return false;
}
