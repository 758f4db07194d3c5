#include "router.h"

void Router::add(
    QHttpServerRequest::Method method, const QString &pattern, Roles allowed, Handler handler, Replay replay)
{
    m_routes.push_back(
        {method, pattern.split(u'/', Qt::SkipEmptyParts), allowed, std::move(handler), replay});
}

Router::Match Router::match(QHttpServerRequest::Method method, const QString &path) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    Match result;
    for (const Route &route : m_routes) {
        QList<qint64> ids;
        if (!matchSegments(route.segments, segments, &ids))
            continue;
        if (route.method == method) {
            result.route = &route;
            result.ids = ids;
            result.allowedMethods.clear();
            return result;
        }
        result.allowedMethods.append(ApiRequest::methodName(route.method));
    }
    return result;
}

bool Router::matchSegments(const QStringList &pattern, const QStringList &path, QList<qint64> *ids)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u"{id}") {
            bool ok = false;
            const qint64 id = path[i].toLongLong(&ok);
            if (!ok || id <= 0 || path[i].startsWith(u'+'))
                return false;
            ids->append(id);
        } else if (pattern[i] != path[i]) {
            return false;
        }
    }
    return true;
}
