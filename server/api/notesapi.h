#pragma once

#include "../http/apiresponse.h"

class ChangeLog;
class Database;
class Router;
struct ApiContext;

// Notes on leads: create, edit and delete. Sales members change only their own notes; owners and
// admins any note in the account. Deleting leaves a tombstone for sync clients.
class NotesApi
{
public:
    static constexpr int kMaxNoteLength = 10000;

    NotesApi(Database &db, ChangeLog &changes);
    void registerRoutes(Router &router);

private:
    ApiResponse create(const ApiContext &ctx);
    ApiResponse edit(const ApiContext &ctx);
    ApiResponse remove(const ApiContext &ctx);
    // The note if the caller may change it; otherwise *refusal is the answer.
    QJsonObject editableNote(const ApiContext &ctx, ApiResponse *refusal);

    Database &m_db;
    ChangeLog &m_changes;
};
