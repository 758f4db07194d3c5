#pragma once

#include "apirequest.h"
#include "roles.h"

#include <QList>

// The authenticated caller of an API request, resolved from its bearer token.
struct Principal
{
    qint64 userId = 0;
    qint64 accountId = 0;
    Role role = Role::None;
    QString email;
    QByteArray tokenHash;
};

// Everything a route handler sees: the request, who sent it and the numeric ids matched in its path.
struct ApiContext
{
    const ApiRequest &request;
    Principal principal;
    QList<qint64> ids;
};
