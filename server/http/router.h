#pragma once

#include "apicontext.h"
#include "apiresponse.h"

#include <QStringList>

#include <functional>
#include <vector>

// Maps (method, path) to a handler and the roles allowed to call it. Patterns are literal segments
// and `{id}` placeholders that match positive integers only, so an id is validated before any SQL.
class Router
{
public:
    using Handler = std::function<ApiResponse(ApiContext &)>;

    // What a retry with the same Idempotency-Key gets back.
    enum class Replay
    {
        StoredAnswer, // the first answer, as it was (a write must not happen twice)
        RunAgain, // the handler again: for a read sent as POST whose answer is too big or too
                  // sensitive to keep (the privacy export), with the caller's rights of now
    };

    struct Route
    {
        QHttpServerRequest::Method method;
        QStringList segments;
        Roles allowed;
        Handler handler;
        Replay replay = Replay::StoredAnswer;
    };

    struct Match
    {
        const Route *route = nullptr;
        QList<qint64> ids;
        QStringList allowedMethods; // non-empty when the path exists but the method does not
    };

    void add(QHttpServerRequest::Method method, const QString &pattern, Roles allowed, Handler handler,
        Replay replay = Replay::StoredAnswer);
    Match match(QHttpServerRequest::Method method, const QString &path) const;
    const std::vector<Route> &routes() const { return m_routes; }

private:
    static bool matchSegments(const QStringList &pattern, const QStringList &path, QList<qint64> *ids);
    std::vector<Route> m_routes;
};
