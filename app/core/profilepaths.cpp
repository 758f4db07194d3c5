#include "profilepaths.h"

#include <QStandardPaths>

#include <algorithm>

namespace {

bool isAllowedCharacter(QChar c)
{
    // Deliberately ASCII only: QChar::isLetterOrNumber() would let in look-alike Unicode names.
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'
        || u == u'_' || u == u'-';
}

QString profileDir(QStandardPaths::StandardLocation location, const QString &name)
{
    return QStandardPaths::writableLocation(location) + u"/profiles/" + name;
}

} // namespace

bool ProfilePaths::isValidName(const QString &name)
{
    return nameError(name).isEmpty();
}

QString ProfilePaths::nameError(const QString &name)
{
    if (name.isEmpty())
        return tr("The profile name must not be empty.");
    if (name.size() > MaxNameLength)
        return tr("The profile name must be at most %1 characters long.").arg(MaxNameLength);
    if (!std::all_of(name.cbegin(), name.cend(), isAllowedCharacter))
        return tr("The profile name “%1” may only contain letters A–Z and a–z, digits, “.”, “_” and “-”.")
            .arg(name);
    // Both are valid characters but would name the profiles directory or its parent.
    if (name == u"." || name == u"..")
        return tr("The profile name must not be “.” or “..”.");
    return {};
}

ProfilePaths::ProfilePaths(const QString &name)
    : m_profile(name)
    , m_config(profileDir(QStandardPaths::AppConfigLocation, name))
    , m_data(profileDir(QStandardPaths::AppDataLocation, name))
    , m_cache(profileDir(QStandardPaths::CacheLocation, name))
    // Qt 6.4 has no StateLocation; logs live with the profile's local data so wiping a profile
    // removes its logs too.
    , m_log(profileDir(QStandardPaths::AppLocalDataLocation, name) + u"/logs")
{
    Q_ASSERT(isValidName(name));
}

QJsonObject ProfilePaths::toJson() const
{
    return {
        {QStringLiteral("profile"), m_profile},
        {QStringLiteral("config"), m_config},
        {QStringLiteral("data"), m_data},
        {QStringLiteral("cache"), m_cache},
        {QStringLiteral("log"), m_log},
    };
}
