#include "definitionsapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"
#include "core/pagepattern.h"
#include "itemedit.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
// A page pattern as stored (trimmed), or why it is not one.
bool readPattern(const QJsonValue &value, const QString &where, QString *pattern, ApiResponse *error)
{
    const QString text = value.toString().trimmed();
    const QString problem
        = value.isString() ? PagePattern(text).problem() : QStringLiteral("Type a page, such as /pricing.");
    if (!problem.isEmpty()) {
        *error = api::invalid(QStringLiteral("%1 is not a page pattern: %2").arg(where, problem));
        return false;
    }
    *pattern = text;
    return true;
}
} // namespace

DefinitionsApi::DefinitionsApi(Kind kind, Database &db, ChangeLog &changes)
    : m_kind(kind)
    , m_collection(kind == Kind::Goal ? QStringLiteral("goals") : QStringLiteral("funnels"))
    , m_noun(kind == Kind::Goal ? QStringLiteral("goal") : QStringLiteral("funnel"))
    , m_field(kind == Kind::Goal ? QStringLiteral("pattern") : QStringLiteral("steps"))
    , m_db(db)
    , m_changes(changes)
{ }

void DefinitionsApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    const QString path = QStringLiteral("/v1/") + m_collection;
    router.add(M::Post, path, roles::managers, [this](ApiContext &ctx) { return create(ctx); });
    router.add(M::Patch, path + QStringLiteral("/{id}"), roles::managers,
        [this](ApiContext &ctx) { return edit(ctx); });
    router.add(M::Delete, path + QStringLiteral("/{id}"), roles::managers,
        [this](ApiContext &ctx) { return remove(ctx); });
}

bool DefinitionsApi::readPatterns(const QJsonValue &value, QString *stored, ApiResponse *error) const
{
    if (m_kind == Kind::Goal)
        return readPattern(value, QStringLiteral("pattern"), stored, error);
    const QJsonArray steps = value.toArray();
    if (!value.isArray() || steps.size() < kMinSteps || steps.size() > kMaxSteps) {
        *error = api::invalid(QStringLiteral("steps must be a list of %1 to %2 steps, each"
                                             " {\"pattern\": \"/pricing\", \"label\": \"Pricing\"}.")
                                  .arg(kMinSteps)
                                  .arg(kMaxSteps));
        return false;
    }
    QJsonArray normalised;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        const QString where = QStringLiteral("steps[%1]").arg(i);
        QString pattern, label;
        if (!steps.at(i).isObject()) {
            *error = api::invalid(QStringLiteral("%1 must be {\"pattern\": …, \"label\": …}.").arg(where));
            return false;
        }
        for (auto it = step.begin(); it != step.end(); ++it) {
            if (it.key() != u"pattern" && it.key() != u"label") {
                *error = api::invalid(QStringLiteral("%1 has an unknown field %2.").arg(where, it.key()));
                return false;
            }
        }
        if (!readPattern(
                step.value(QStringLiteral("pattern")), where + QStringLiteral(".pattern"), &pattern, error))
            return false;
        if (!api::optionalText(step.value(QStringLiteral("label")), kMaxLabelLength, &label, true)) {
            *error = api::invalid(QStringLiteral("%1.label must be text of at most %2 characters.")
                                      .arg(where)
                                      .arg(kMaxLabelLength));
            return false;
        }
        normalised.append(
            QJsonObject {{QStringLiteral("pattern"), pattern}, {QStringLiteral("label"), label}});
    }
    *stored = QString::fromUtf8(QJsonDocument(normalised).toJson(QJsonDocument::Compact));
    return true;
}

ApiResponse DefinitionsApi::create(const ApiContext &ctx)
{
    QJsonObject body;
    ApiResponse error;
    QString name, patterns;
    if (!api::readBody(ctx, &body, &error)
        || !api::requiredText(
            body.value(QStringLiteral("name")), kMaxNameLength, QStringLiteral("name"), &name, &error)
        || !readPatterns(body.value(m_field), &patterns, &error))
        return error;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"name" && it.key() != m_field)
            return api::invalid(
                QStringLiteral("Unknown field %1; a %2 has: name, %3.").arg(it.key(), m_noun, m_field));
    }
    const qint64 account = ctx.principal.accountId;
    if (api::nameTaken(m_db, m_collection, account, name, 0))
        return api::conflict(QStringLiteral("A %1 with that name exists.").arg(m_noun));
    if (m_db.scalar(
                QStringLiteral("SELECT count(*) FROM %1 WHERE account_id = ?").arg(m_collection), {account})
            .toLongLong()
        >= kMaxPerAccount)
        return api::invalid(
            QStringLiteral("An account has at most %1 %2.").arg(kMaxPerAccount).arg(m_collection));
    const qint64 t = api::now();
    if (!m_db.exec(QStringLiteral("INSERT INTO %1(account_id, name, name_key, %2, created_by, created_at,"
                                  " updated_at, seq) VALUES(?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(m_collection, m_field),
            {account, name, name.toCaseFolded(), patterns, ctx.principal.userId, t, t, m_db.nextSeq()}))
        return api::storageError();
    const qint64 id = m_db.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    m_changes.touched(account, m_collection, id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, m_noun + QStringLiteral(".created"),
        m_noun, id, QJsonObject {{QStringLiteral("name"), name}});
    return api::item(m_changes.readItem(*Collection::find(m_collection), account, id), 201);
}

ApiResponse DefinitionsApi::edit(const ApiContext &ctx)
{
    return ItemEdit(m_db, m_changes, *Collection::find(m_collection), m_noun)
        .nameField(kMaxNameLength)
        .field(m_field,
            [this](const QJsonValue &value, ItemEdit &edit, ApiResponse *error) {
                QString stored;
                if (!readPatterns(value, &stored, error))
                    return false;
                edit.set(m_field + QStringLiteral(" = ?"), {stored});
                return true;
            })
        .run(ctx);
}

ApiResponse DefinitionsApi::remove(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const qint64 id = ctx.ids.value(0);
    const QJsonObject current = m_changes.readItem(*Collection::find(m_collection), account, id);
    if (current.isEmpty())
        return api::notFound(m_noun);
    if (!m_db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ? AND account_id = ?").arg(m_collection),
            {id, account}))
        return api::storageError();
    m_changes.tombstone(account, m_collection, id);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, m_noun + QStringLiteral(".deleted"),
        m_noun, id, QJsonObject {{QStringLiteral("name"), current.value(QStringLiteral("name"))}});
    return ApiResponse::noContent();
}
