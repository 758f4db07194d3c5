#include "icpapi.h"

#include "../http/router.h"
#include "../store/changelog.h"
#include "../store/collection.h"
#include "../store/database.h"
#include "apihelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {
const QStringList &dimensions()
{
    static const QStringList d = {QStringLiteral("industries"), QStringLiteral("sizes"),
        QStringLiteral("countries"), QStringLiteral("tags")};
    return d;
}

// Members a client may send back as it read them; they are the server's to set.
bool readOnly(const QString &key)
{
    return key == u"version" || key == u"updated_at" || key == u"updated_by";
}

QJsonObject dimension(qint64 weight, const QJsonArray &values)
{
    return QJsonObject {{QStringLiteral("weight"), weight}, {QStringLiteral("values"), values}};
}

// One value of a dimension as stored, or a null QString when it is not acceptable.
QString normaliseValue(const QString &dimension, const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString();
    if (dimension == u"industries") {
        const QString industry = text.trimmed();
        return industry.isEmpty() || industry.size() > IcpApi::kMaxIndustryLength ? QString() : industry;
    }
    if (dimension == u"sizes")
        return IcpApi::sizes().contains(text) ? text : QString();
    if (dimension == u"countries") {
        const QString code = text.toUpper();
        const bool letters
            = code.size() == 2 && code[0] >= u'A' && code[0] <= u'Z' && code[1] >= u'A' && code[1] <= u'Z';
        return letters ? code : QString();
    }
    QStringList tag; // the lead tag rule, one tag at a time so the error can name its index
    return api::normaliseTags(QJsonArray {value}, &tag) ? tag.first() : QString();
}

QString valueRule(const QString &dimension)
{
    if (dimension == u"industries")
        return QStringLiteral("must be text of 1 to %1 characters").arg(IcpApi::kMaxIndustryLength);
    if (dimension == u"sizes")
        return QStringLiteral("must be one of: %1").arg(IcpApi::sizes().join(u", "));
    if (dimension == u"countries")
        return QStringLiteral("must be an ISO 3166-1 alpha-2 country code");
    return QStringLiteral("must be a tag of 1 to %1 characters").arg(api::kMaxTagLength);
}

// {"weight": 0..100, "values": [...]} with the values normalised and de-duplicated (first kept);
// false with *error set to the 422 detail.
bool readDimension(const QString &name, const QJsonValue &value, QJsonObject *out, QString *error)
{
    const QJsonObject o = value.toObject();
    const bool shaped = value.isObject() && o.size() == 2 && o.contains(QStringLiteral("weight"))
        && o.contains(QStringLiteral("values"));
    if (!shaped) {
        *error = QStringLiteral("%1 must be an object with exactly weight and values.").arg(name);
        return false;
    }
    const QJsonValue weight = o.value(QStringLiteral("weight"));
    const double w = weight.toDouble(-1);
    if (!weight.isDouble() || w < 0 || w > 100 || std::floor(w) != w) {
        *error = QStringLiteral("%1.weight must be an integer from 0 to 100.").arg(name);
        return false;
    }
    const QJsonValue values = o.value(QStringLiteral("values"));
    if (!values.isArray() || values.toArray().size() > IcpApi::kMaxValues) {
        *error = QStringLiteral("%1.values must be an array of at most %2 strings.")
                     .arg(name)
                     .arg(IcpApi::kMaxValues);
        return false;
    }
    QStringList kept;
    const QJsonArray given = values.toArray();
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QString v = normaliseValue(name, given.at(i));
        if (v.isNull()) {
            *error = QStringLiteral("%1.values[%2] %3.").arg(name).arg(i).arg(valueRule(name));
            return false;
        }
        if (!kept.contains(v))
            kept.append(v);
    }
    *out = dimension(qint64(w), QJsonArray::fromStringList(kept));
    return true;
}

QString valuesText(const QJsonObject &dimension)
{
    return QString::fromUtf8(
        QJsonDocument(dimension.value(QStringLiteral("values")).toArray()).toJson(QJsonDocument::Compact));
}
} // namespace

IcpApi::IcpApi(Database &db, ChangeLog &changes)
    : m_db(db)
    , m_changes(changes)
{ }

const QStringList &IcpApi::sizes()
{
    static const QStringList s = {QStringLiteral("1-10"), QStringLiteral("11-50"), QStringLiteral("51-200"),
        QStringLiteral("201-500"), QStringLiteral("501-1000"), QStringLiteral("1001-5000"),
        QStringLiteral("5001-10000"), QStringLiteral("10000+")};
    return s;
}

void IcpApi::registerRoutes(Router &router)
{
    using M = QHttpServerRequest::Method;
    router.add(M::Get, QStringLiteral("/v1/icp"), roles::anyone,
        [this](ApiContext &ctx) { return api::item(profile(ctx.principal.accountId)); });
    router.add(
        M::Put, QStringLiteral("/v1/icp"), roles::managers, [this](ApiContext &ctx) { return put(ctx); });
}

QJsonObject IcpApi::profile(qint64 accountId)
{
    QSqlQuery *q = m_db.run(QStringLiteral("SELECT industries_weight, industries, sizes_weight, sizes,"
                                           " countries_weight, countries, tags_weight, tags, version,"
                                           " updated_at, updated_by FROM icp_profiles WHERE account_id = ?"),
        {accountId});
    QJsonObject o;
    if (q && q->next()) {
        for (int i = 0; i < 4; ++i) {
            o.insert(dimensions()[i],
                dimension(q->value(2 * i).toLongLong(),
                    QJsonDocument::fromJson(q->value(2 * i + 1).toByteArray()).array()));
        }
        o.insert(QStringLiteral("version"), q->value(8).toLongLong());
        o.insert(QStringLiteral("updated_at"), isoTime(q->value(9).toLongLong()));
        o.insert(QStringLiteral("updated_by"),
            q->value(10).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q->value(10).toLongLong()));
        q->finish();
        return o;
    }
    if (q)
        q->finish();
    // Never saved: the empty profile, as of the account's creation.
    for (const QString &d : dimensions())
        o.insert(d, dimension(0, {}));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("updated_at"),
        isoTime(m_db.scalar(QStringLiteral("SELECT created_at FROM accounts WHERE id = ?"), {accountId})
                    .toLongLong()));
    o.insert(QStringLiteral("updated_by"), QJsonValue::Null);
    return o;
}

ApiResponse IcpApi::put(const ApiContext &ctx)
{
    const qint64 account = ctx.principal.accountId;
    const QJsonObject current = profile(account);
    QJsonObject body;
    ApiResponse error;
    if (!api::readEdit(ctx, current, &body, &error))
        return error;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!dimensions().contains(it.key()) && !readOnly(it.key()))
            return api::invalid(
                QStringLiteral("Field %1 cannot be changed; editable: industries, sizes, countries, tags.")
                    .arg(it.key()));
    }
    QVariantList values {account};
    for (const QString &d : dimensions()) {
        QJsonObject parsed = dimension(0, {}); // a dimension left out is cleared
        QString why;
        if (body.contains(d) && !readDimension(d, body.value(d), &parsed, &why))
            return api::invalid(why);
        values << parsed.value(QStringLiteral("weight")).toInteger() << valuesText(parsed);
    }
    const qint64 version = current.value(QStringLiteral("version")).toInteger() + 1;
    values << api::now() << ctx.principal.userId << version << m_db.nextSeq();
    if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO icp_profiles(account_id, industries_weight,"
                                  " industries, sizes_weight, sizes, countries_weight, countries,"
                                  " tags_weight, tags, updated_at, updated_by, version, seq)"
                                  " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values))
        return api::storageError();
    // Not a collection: the change goes out without an item, as for the account.
    m_changes.touched(account, QStringLiteral("icp"), account);
    m_changes.audit(account, ctx.principal.userId, ctx.principal.email, QStringLiteral("icp.updated"),
        QStringLiteral("icp"), account, QJsonObject {{QStringLiteral("version"), version}});
    return api::item(profile(account));
}
