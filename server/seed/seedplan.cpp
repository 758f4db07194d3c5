#include "seedplan.h"

namespace seeding {

std::vector<qint64> AccountSeed::salesUserIds() const
{
    std::vector<qint64> ids;
    for (const UserSeed &u : users) {
        if (u.role == u"sales")
            ids.push_back(u.id);
    }
    return ids;
}

} // namespace seeding
