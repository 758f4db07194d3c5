#include "notesapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"

namespace {
const Collection &notes()
{
    return *Collection::find(QStringLiteral("notes"));
}

bool validBody(const QJsonObject &body, QString *text, ApiResponse *error)
{
    *text = body.value(QStringLiteral("body")).toString().trimmed();
    if (text->isEmpty() || text->size() > NotesApi::kMaxNoteLength) {
        *error = api::invalid(
            QStringLiteral("body must be text of 1 to %1 characters.").arg(NotesApi::kMaxNoteLength));
        return false;
    }
    return true;
}
} // namespace

NotesApi::NotesApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

void NotesApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Post, QStringLiteral("/v1/leads/{id}/notes"), roles::editors,
        [this](ApiContext &ctx) { return create(ctx); });
    router.add(M::Patch, QStringLiteral("/v1/notes/{id}"), roles::editors,
        [this](ApiContext &ctx) { return edit(ctx); });
    router.add(M::Delete, QStringLiteral("/v1/notes/{id}"), roles::editors,
        [this](ApiContext &ctx) { return remove(ctx); });
}

ApiResponse NotesApi::create(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const qint64 leadId = ctx.ids.value(0);
    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM leads WHERE id = ? AND account_id = ?"), {leadId, account})
             .isValid())
        return api::notFound(QStringLiteral("lead"));
    QJsonObject body;
    ApiResponse error;
    QString text;
    if (!api::readBody(ctx, &body, &error) || !validBody(body, &text, &error))
        return error;
    const qint64 t = api::now();
    m_db.exec(
        QStringLiteral("INSERT INTO notes(account_id, lead_id, author_id, body, created_at, updated_at, seq)"
                       " VALUES(?, ?, ?, ?, ?, ?, ?)"),
        {account, leadId, ctx.principal.userId, text, t, t, m_db.nextSeq()});
    const qint64 id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    m_changes.touched(account, QStringLiteral("notes"), id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("note.created"),
        QStringLiteral("note"), id, QJsonObject {{QStringLiteral("lead_id"), leadId}});
    return api::item(m_changes.readItem(notes(), account, id), 201);
}

QJsonObject NotesApi::editableNote(const ApiContext &ctx, ApiResponse *refusal)
{
    const QJsonObject note = m_changes.readItem(notes(), ctx.principal.accountId, ctx.ids.value(0));
    if (note.isEmpty()) {
        *refusal = api::notFound(QStringLiteral("note"));
        return {};
    }
    const bool own = note.value(QStringLiteral("author_id")).toInteger() == ctx.principal.userId;
    if (!own && !roleIn(ctx.principal.role, roles::managers)) {
        *refusal = ApiResponse::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
            QStringLiteral("Only the author, an admin or the owner may change a note."));
        return {};
    }
    if (auto stale = api::checkVersion(ctx, note)) {
        *refusal = *stale;
        return {};
    }
    return note;
}

ApiResponse NotesApi::edit(const ApiContext &ctx)
{
    ApiResponse refusal;
    QJsonObject body;
    QString text;
    if (editableNote(ctx, &refusal).isEmpty())
        return refusal;
    if (!api::readBody(ctx, &body, &refusal) || !validBody(body, &text, &refusal))
        return refusal;
    const qint64 account = ctx.principal.accountId;
    const qint64 id = ctx.ids.value(0);
    m_db.exec(QStringLiteral("UPDATE notes SET body = ?, updated_at = ?, seq = ?, version = version + 1"
                             " WHERE id = ? AND account_id = ?"),
        {text, api::now(), m_db.nextSeq(), id, account});
    m_changes.touched(account, QStringLiteral("notes"), id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("note.updated"),
        QStringLiteral("note"), id);
    return api::item(m_changes.readItem(notes(), account, id));
}

ApiResponse NotesApi::remove(const ApiContext &ctx)
{
    ApiResponse refusal;
    const QJsonObject note = editableNote(ctx, &refusal);
    if (note.isEmpty())
        return refusal;
    const qint64 account = ctx.principal.accountId;
    const qint64 id = ctx.ids.value(0);
    m_db.exec(QStringLiteral("DELETE FROM notes WHERE id = ? AND account_id = ?"), {id, account});
    m_changes.tombstone(account, QStringLiteral("notes"), id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("note.deleted"),
        QStringLiteral("note"), id,
        QJsonObject {{QStringLiteral("lead_id"), note.value(QStringLiteral("lead_id"))}});
    return ApiResponse::noContent();
}
