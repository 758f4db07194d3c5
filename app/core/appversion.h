#pragma once

#include <QString>

// The application's identity as the build knows it. The version comes from the top-level
// project() call so that --version, the window and the installers can never disagree.
namespace AppVersion {
QString version();
// What QCoreApplication's name, organisation and domain are set to; QStandardPaths derives the
// per-profile directories from them, so changing one moves every user's data.
QString applicationName();
QString organizationName();
QString organizationDomain();
} // namespace AppVersion
