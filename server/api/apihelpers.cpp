#include "apihelpers.h"

#include <QDateTime>
#include <QJsonArray>

namespace api {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

ApiResponse notFound(const QString &what)
{
    return ApiResponse::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
        QStringLiteral("No %1 with that id in your account.").arg(what));
}

ApiResponse invalid(const QString &detail)
{
    return ApiResponse::problem(
        422, QStringLiteral("validation-failed"), QStringLiteral("Validation failed"), detail);
}

ApiResponse badRequest(const QString &detail)
{
    return ApiResponse::problem(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"), detail);
}

ApiResponse conflict(const QString &detail)
{
    return ApiResponse::problem(409, QStringLiteral("conflict"), QStringLiteral("Conflict"), detail);
}

ApiResponse storageError()
{
    return ApiResponse::problem(500, QStringLiteral("storage-error"), QStringLiteral("Storage error"),
        QStringLiteral("The change could not be saved; nothing was changed."));
}

bool readBody(const ApiContext &context, QJsonObject *body, ApiResponse *error)
{
    QString why;
    if (context.request.jsonBody(body, &why))
        return true;
    *error = badRequest(why);
    return false;
}

std::optional<ApiResponse> checkVersion(const ApiContext &context, const QJsonObject &current)
{
    QByteArray ifMatch = context.request.header("if-match").trimmed();
    if (ifMatch.isEmpty())
        return ApiResponse::problem(428, QStringLiteral("precondition-required"),
            QStringLiteral("If-Match required"),
            QStringLiteral("Send If-Match with the version you edited (its ETag)."));
    if (ifMatch.startsWith("W/"))
        ifMatch = ifMatch.mid(2);
    if (ifMatch.size() >= 2 && ifMatch.startsWith('"') && ifMatch.endsWith('"'))
        ifMatch = ifMatch.mid(1, ifMatch.size() - 2);
    bool ok = false;
    const qint64 version = ifMatch.toLongLong(&ok);
    const qint64 currentVersion = current.value(QStringLiteral("version")).toInteger();
    if (ok && version == currentVersion)
        return std::nullopt;
    return ApiResponse::problem(412, QStringLiteral("version-conflict"), QStringLiteral("Version conflict"),
        QStringLiteral("The record changed since version %1; it is now version %2.")
            .arg(QString::fromLatin1(ifMatch))
            .arg(currentVersion),
        QJsonObject {{QStringLiteral("current"), current}})
        .withHeader("ETag", '"' + QByteArray::number(currentVersion) + '"');
}

bool readEdit(const ApiContext &context, const QJsonObject &current, QJsonObject *body, ApiResponse *refusal)
{
    if (!readBody(context, body, refusal))
        return false;
    if (auto stale = checkVersion(context, current)) {
        *refusal = *stale;
        return false;
    }
    return true;
}

ApiResponse item(const QJsonObject &item, int status)
{
    ApiResponse r = ApiResponse::json(item, status);
    if (item.contains(QStringLiteral("version")))
        r.withHeader(
            "ETag", '"' + QByteArray::number(item.value(QStringLiteral("version")).toInteger()) + '"');
    return r;
}

bool optionalText(const QJsonValue &value, qsizetype maxLength, QString *out, bool trim)
{
    if (value.isUndefined() || value.isNull()) {
        *out = QStringLiteral("");
        return true;
    }
    if (!value.isString())
        return false;
    *out = trim ? value.toString().trimmed() : value.toString();
    if (out->isNull())
        *out = QStringLiteral("");
    return out->size() <= maxLength;
}

bool requiredText(
    const QJsonValue &value, qsizetype maxLength, const QString &field, QString *out, ApiResponse *error)
{
    *out = value.toString().trimmed();
    if (value.isString() && !out->isEmpty() && out->size() <= maxLength)
        return true;
    *error = invalid(QStringLiteral("%1 must be text of 1 to %2 characters.").arg(field).arg(maxLength));
    return false;
}

bool normaliseTags(const QJsonArray &tags, QStringList *out)
{
    QStringList seen;
    for (const QJsonValue &tag : tags) {
        const QString t = tag.toString().trimmed().toLower();
        if (!tag.isString() || t.isEmpty() || t.size() > kMaxTagLength)
            return false;
        if (!seen.contains(t))
            seen.append(t);
    }
    *out = seen;
    return true;
}

} // namespace api
