#pragma once

#include "../http/apiresponse.h"

#include <QString>

class ChangeLog;
class Database;
class QJsonValue;
class QVariant;
class Router;
struct ApiContext;

// Goals and funnels (issue #16): the account's named analytics definitions, built of page
// patterns in the app's own syntax (app/core/pagepattern, so the server refuses exactly what the
// app could not match). A goal is one pattern ("visited /pricing"); a funnel is 2 to 5 ordered
// steps, each a pattern with an optional label. Managers create, edit under If-Match and delete
// them; everyone reads them as synced collections. Names are unique per account ignoring case,
// like target lists. One class serves both kinds: they differ only in the field of patterns.
class DefinitionsApi
{
public:
    enum class Kind
    {
        Goal,
        Funnel
    };

    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxPerAccount = 100;
    static constexpr int kMinSteps = 2;
    static constexpr int kMaxSteps = 5;
    static constexpr int kMaxLabelLength = 60;

    DefinitionsApi(Kind kind, Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

private:
    ApiResponse create(const ApiContext &ctx);
    ApiResponse edit(const ApiContext &ctx);
    ApiResponse remove(const ApiContext &ctx);
    // The pattern field (`pattern` or `steps`) as stored; false with a 422 in *error.
    bool readPatterns(const QJsonValue &value, QString *stored, ApiResponse *error) const;

    Kind m_kind;
    QString m_collection; // "goals", "funnels": URL, sync collection and table
    QString m_noun; // "goal", "funnel": messages and audit
    QString m_field; // "pattern", "steps"
    Database &m_db;
    ChangeLog &m_changes;
};
