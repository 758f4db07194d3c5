#pragma once

#include "../http/apicontext.h"
#include "../http/apiresponse.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

// Small answers and checks shared by the API modules, so every endpoint reports the same problem
// types for the same mistakes.
namespace api {
qint64 now();
ApiResponse notFound(const QString &what);
ApiResponse invalid(const QString &detail); // 422: well-formed but unacceptable
ApiResponse badRequest(const QString &detail);
ApiResponse conflict(const QString &detail);
// 500 for a statement that failed inside a write; the dispatcher rolls the transaction back.
ApiResponse storageError();
// Parses the JSON object body; on failure *error is the 400 answer.
bool readBody(const ApiContext &context, QJsonObject *body, ApiResponse *error);
// Optimistic concurrency: If-Match must name the current version. nullopt means go ahead;
// otherwise 428 (no If-Match) or 412 carrying the current record so the client can merge.
std::optional<ApiResponse> checkVersion(const ApiContext &context, const QJsonObject &current);
// The preamble of every edit: the JSON body (400 if malformed), then If-Match against `current`
// (428/412). False with *refusal set when the edit must not go ahead.
bool readEdit(const ApiContext &context, const QJsonObject &current, QJsonObject *body, ApiResponse *refusal);
// 200/201 with the item and its version as ETag.
ApiResponse item(const QJsonObject &item, int status = 200);

// An optional text member: missing or null reads as "" (never a null QString, which SQL stores as
// NULL); false when it is not text or is longer than maxLength once trimmed (if `trim`).
bool optionalText(const QJsonValue &value, qsizetype maxLength, QString *out, bool trim = false);
// A required text member, trimmed: false with a 422 naming `field` in *error when it is not text
// or is empty or longer than maxLength.
bool requiredText(
    const QJsonValue &value, qsizetype maxLength, const QString &field, QString *out, ApiResponse *error);

// Tags are case-insensitive labels: each trimmed and lower-cased, 1..kMaxTagLength characters;
// duplicates dropped, order kept. False (with *out untouched) when an entry is not such a tag. Lead
// tags and the ICP profile's tags share it so a profile tag matches a lead tag as text.
constexpr int kMaxTagLength = 40;
bool normaliseTags(const QJsonArray &tags, QStringList *out);
} // namespace api
