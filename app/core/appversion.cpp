#include "appversion.h"

#ifndef MIRAGET_VERSION
#error "MIRAGET_VERSION must be defined by the build (see app/CMakeLists.txt)"
#endif

namespace AppVersion {

QString version()
{
    return QStringLiteral(MIRAGET_VERSION);
}

QString applicationName()
{
    return QStringLiteral("miraget-desktop");
}

QString organizationName()
{
    return QStringLiteral("Miraget");
}

QString organizationDomain()
{
    return QStringLiteral("miraget.com");
}

} // namespace AppVersion
