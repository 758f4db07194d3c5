#include "exclusion.h"

#include <QCoreApplication>

const QList<Exclusion::Reason> &Exclusion::reasons()
{
    static const QList<Reason> list
        = {Reason::Customer, Reason::Competitor, Reason::Partner, Reason::Isp, Reason::Other};
    return list;
}

QString Exclusion::wireName(Reason reason)
{
    switch (reason) {
    case Reason::Customer:
        return QStringLiteral("customer");
    case Reason::Competitor:
        return QStringLiteral("competitor");
    case Reason::Partner:
        return QStringLiteral("partner");
    case Reason::Isp:
        return QStringLiteral("isp");
    case Reason::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Exclusion::Reason> Exclusion::reasonFromWire(QStringView name)
{
    for (const Reason reason : reasons()) {
        if (name == wireName(reason))
            return reason;
    }
    return std::nullopt;
}

QString Exclusion::label(Reason reason)
{
    switch (reason) {
    case Reason::Customer:
        return QCoreApplication::translate("Exclusion", "Customer");
    case Reason::Competitor:
        return QCoreApplication::translate("Exclusion", "Competitor");
    case Reason::Partner:
        return QCoreApplication::translate("Exclusion", "Partner");
    case Reason::Isp:
        return QCoreApplication::translate("Exclusion", "Internet provider");
    case Reason::Other:
        break;
    }
    return QCoreApplication::translate("Exclusion", "Other");
}
