#include "livemessage.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <limits>
#include <optional>

namespace {

// A JSON number that is a whole number, exactly. QJsonValue::toInteger() signals "not integral or out
// of range" only by returning its default, so asking with two different defaults tells a real value
// apart from the fallback without going through double (which would round ids above 2^53).
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 a = value.toInteger(0);
    const qint64 b = value.toInteger(1);
    if (a != b)
        return std::nullopt;
    return a;
}

// Reads the members of one message, stopping at the first problem so the error names exactly one.
class Reader
{
public:
    Reader(const QJsonObject &object, QString type)
        : m_object(object)
        , m_type(std::move(type))
    { }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    bool has(const QString &name) const { return m_object.contains(name); }

    QString nonEmptyString(const QString &name)
    {
        if (failed())
            return {};
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined()) {
            fail(name, QStringLiteral("is missing"));
            return {};
        }
        if (!value.isString() || value.toString().isEmpty()) {
            fail(name, QStringLiteral("must be a non-empty string"));
            return {};
        }
        return value.toString();
    }

    qint64 positive(const QString &name)
    {
        const std::optional<qint64> n = number(name, QStringLiteral("must be a positive whole number"));
        if (n && *n <= 0)
            fail(name, QStringLiteral("must be a positive whole number"));
        return failed() ? 0 : n.value_or(0);
    }

    int count(const QString &name)
    {
        const QString rule
            = QStringLiteral("must be a whole number from 0 to %1").arg(std::numeric_limits<int>::max());
        const std::optional<qint64> n = number(name, rule);
        if (n && (*n < 0 || *n > std::numeric_limits<int>::max()))
            fail(name, rule);
        return failed() ? 0 : int(n.value_or(0));
    }

    QDateTime time(const QString &name)
    {
        const QString text = nonEmptyString(name);
        if (failed())
            return {};
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
        if (!parsed.isValid()) {
            fail(name, QStringLiteral("must be an ISO 8601 time"));
            return {};
        }
        return parsed.toUTC();
    }

    QJsonObject object(const QString &name)
    {
        if (failed())
            return {};
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined()) {
            fail(name, QStringLiteral("is missing"));
            return {};
        }
        if (!value.isObject()) {
            fail(name, QStringLiteral("must be a JSON object"));
            return {};
        }
        return value.toObject();
    }

    void fail(const QString &name, const QString &problem)
    {
        if (!failed())
            m_error = QStringLiteral("\"%1\" message: \"%2\" %3").arg(m_type, name, problem);
    }

private:
    std::optional<qint64> number(const QString &name, const QString &rule)
    {
        if (failed())
            return std::nullopt;
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined()) {
            fail(name, QStringLiteral("is missing"));
            return {};
        }
        const std::optional<qint64> n = wholeNumber(value);
        if (!n)
            fail(name, rule);
        return n;
    }

    const QJsonObject &m_object;
    QString m_type;
    QString m_error;
};

LiveMessage invalid(QString error)
{
    LiveMessage message;
    message.error = std::move(error);
    return message;
}

} // namespace

LiveMessage LiveMessage::parse(const QByteArray &frame)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(
            QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalid(QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();

    const QJsonValue typeValue = object.value(QStringLiteral("type"));
    if (typeValue.isUndefined())
        return invalid(QStringLiteral("\"type\" is missing"));
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        return invalid(QStringLiteral("\"type\" must be a non-empty string"));
    const QString type = typeValue.toString();

    LiveMessage message;
    Reader read(object, type);
    if (type == u"hello") {
        message.type = Type::Hello;
        message.accountId = read.positive(QStringLiteral("account_id"));
        message.userId = read.positive(QStringLiteral("user_id"));
    } else if (type == u"change") {
        message.type = Type::Change;
        message.collection = read.nonEmptyString(QStringLiteral("collection"));
        // account and subscription are not synced collections: they come without seq and item, and
        // one without the other would leave the receiver unable either to apply or to re-read.
        const bool hasSeq = read.has(QStringLiteral("seq"));
        const bool hasItem = read.has(QStringLiteral("item"));
        if (hasSeq || hasItem) {
            message.seq = read.positive(QStringLiteral("seq"));
            message.item = read.object(QStringLiteral("item"));
        }
    } else if (type == u"delete") {
        message.type = Type::Delete;
        message.collection = read.nonEmptyString(QStringLiteral("collection"));
        message.seq = read.positive(QStringLiteral("seq"));
        message.id = read.positive(QStringLiteral("id"));
    } else if (type == u"counters") {
        message.type = Type::Counters;
        message.at = read.time(QStringLiteral("at"));
        message.visitors5m = read.count(QStringLiteral("visitors_5m"));
        message.pageviews1m = read.count(QStringLiteral("pageviews_1m"));
    } else {
        // The name is the server's vocabulary, not customer data, but cut it short all the same.
        LiveMessage unknown = invalid(QStringLiteral("unknown message type \"%1\"").arg(type.left(40)));
        unknown.unknownType = true;
        return unknown;
    }
    if (read.failed())
        return invalid(read.error());
    return message;
}
