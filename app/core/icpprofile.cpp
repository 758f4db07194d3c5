#include "icpprofile.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
bool counts(const IcpProfile::Criterion &c)
{
    return c.weight > 0 && !c.values.isEmpty();
}

// Values compare as the cache's icp_values do: COLLATE NOCASE folds ASCII letters only.
bool sameValue(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    const auto fold = [](QChar c) { return c.unicode() < 128 ? c.toLower() : c; };
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (fold(a[i]) != fold(b[i]))
            return false;
    }
    return true;
}
} // namespace

const QList<IcpProfile::Dimension> &IcpProfile::dimensions()
{
    static const QList<Dimension> list
        = {Dimension::Industry, Dimension::Size, Dimension::Country, Dimension::Tag};
    return list;
}

QString IcpProfile::documentKey(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Industry:
        return QStringLiteral("industries");
    case Dimension::Size:
        return QStringLiteral("sizes");
    case Dimension::Country:
        return QStringLiteral("countries");
    case Dimension::Tag:
        return QStringLiteral("tags");
    }
    return {};
}

QString IcpProfile::cacheName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Industry:
        return QStringLiteral("industry");
    case Dimension::Size:
        return QStringLiteral("size");
    case Dimension::Country:
        return QStringLiteral("country");
    case Dimension::Tag:
        return QStringLiteral("tag");
    }
    return {};
}

QString IcpProfile::label(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Industry:
        return QCoreApplication::translate("IcpProfile", "Industry");
    case Dimension::Size:
        return QCoreApplication::translate("IcpProfile", "Company size");
    case Dimension::Country:
        return QCoreApplication::translate("IcpProfile", "Country");
    case Dimension::Tag:
        return QCoreApplication::translate("IcpProfile", "Tags");
    }
    return {};
}

QString IcpProfile::label(Grade grade)
{
    switch (grade) {
    case Grade::A:
        return QStringLiteral("A");
    case Grade::B:
        return QStringLiteral("B");
    case Grade::C:
        return QStringLiteral("C");
    case Grade::D:
        return QStringLiteral("D");
    case Grade::None:
        break;
    }
    return QStringLiteral("—");
}

const QList<IcpProfile::Grade> &IcpProfile::grades()
{
    static const QList<Grade> list = {Grade::A, Grade::B, Grade::C, Grade::D, Grade::None};
    return list;
}

QString IcpProfile::wireName(Grade grade)
{
    return grade == Grade::None ? QStringLiteral("none") : label(grade);
}

std::optional<IcpProfile::Grade> IcpProfile::gradeFromWire(QStringView name)
{
    for (const Grade grade : grades()) {
        if (name == wireName(grade))
            return grade;
    }
    return std::nullopt;
}

std::optional<IcpProfile> IcpProfile::fromJson(const QJsonObject &document, QString *error)
{
    IcpProfile profile;
    for (const Dimension dimension : dimensions()) {
        const QJsonValue value = document.value(documentKey(dimension));
        if (value.isUndefined() || value.isNull())
            continue;
        const QJsonObject object = value.toObject();
        const QJsonValue weight = object.value(QLatin1String("weight"));
        const QJsonArray values = object.value(QLatin1String("values")).toArray();
        if (!value.isObject() || !weight.isDouble() || weight.toInt(-1) < 0 || weight.toInt(-1) > kMaxWeight
            || double(weight.toInt()) != weight.toDouble() || values.size() > kMaxValues) {
            if (error)
                *error = QCoreApplication::translate(
                    "IcpProfile", "The ideal customer profile's “%1” is not valid.")
                             .arg(documentKey(dimension));
            return std::nullopt;
        }
        Criterion criterion;
        criterion.weight = weight.toInt();
        for (const QJsonValue &v : values) {
            if (!v.isString()) {
                if (error)
                    *error = QCoreApplication::translate(
                        "IcpProfile", "The ideal customer profile's “%1” has a value that is not text.")
                                 .arg(documentKey(dimension));
                return std::nullopt;
            }
            criterion.values.append(v.toString());
        }
        profile.m_criteria[size_t(dimension)] = criterion;
    }
    profile.m_version = document.value(QLatin1String("version")).toInteger();
    profile.m_updatedAt
        = QDateTime::fromString(document.value(QLatin1String("updated_at")).toString(), Qt::ISODate);
    return profile;
}

QJsonObject IcpProfile::toJson() const
{
    QJsonObject document;
    for (const Dimension dimension : dimensions()) {
        const Criterion &c = criterion(dimension);
        document.insert(documentKey(dimension),
            QJsonObject {{QStringLiteral("weight"), c.weight},
                {QStringLiteral("values"), QJsonArray::fromStringList(c.values)}});
    }
    return document;
}

void IcpProfile::setCriterion(Dimension dimension, Criterion criterion)
{
    m_criteria[size_t(dimension)] = std::move(criterion);
}

bool IcpProfile::isEmpty() const
{
    return std::none_of(m_criteria.begin(), m_criteria.end(), counts);
}

QList<IcpProfile::Reason> IcpProfile::explain(const Company &company) const
{
    QList<Reason> reasons;
    for (const Dimension dimension : dimensions()) {
        const Criterion &c = criterion(dimension);
        if (!counts(c))
            continue;
        Reason reason {dimension, c.weight, false, {}};
        const auto matches = [&c](const QString &value) {
            return std::any_of(
                c.values.begin(), c.values.end(), [&value](const QString &v) { return sameValue(v, value); });
        };
        switch (dimension) {
        case Dimension::Industry:
            reason.value = company.industry;
            break;
        case Dimension::Size:
            reason.value = company.size;
            break;
        case Dimension::Country:
            reason.value = company.country;
            break;
        case Dimension::Tag:
            for (const QString &tag : company.tags) {
                if (matches(tag)) {
                    reason.value = tag;
                    break;
                }
            }
            reason.matched = !reason.value.isEmpty();
            reasons.append(reason);
            continue;
        }
        reason.matched = !reason.value.isEmpty() && matches(reason.value);
        reasons.append(reason);
    }
    return reasons;
}

std::optional<int> IcpProfile::fit(const Company &company) const
{
    int total = 0;
    int matched = 0;
    for (const Reason &reason : explain(company)) {
        total += reason.weight;
        if (reason.matched)
            matched += reason.weight;
    }
    if (total == 0)
        return std::nullopt;
    return (200 * matched + total) / (2 * total); // rounded half up, as fit_scores does
}

std::optional<int> IcpProfile::fitOfClass(
    const QString &industry, const QString &size, const QString &country, const QString &tagsJson) const
{
    int total = 0;
    int matched = 0;
    const QString tags = tagsJson.toLower();
    for (const Dimension dimension : dimensions()) {
        const Criterion &c = criterion(dimension);
        if (!counts(c))
            continue;
        total += c.weight;
        bool hit = false;
        for (const QString &v : c.values) {
            switch (dimension) {
            case Dimension::Industry:
                hit = sameValue(v, industry);
                break;
            case Dimension::Size:
                hit = sameValue(v, size);
                break;
            case Dimension::Country:
                hit = sameValue(v, country);
                break;
            case Dimension::Tag:
                hit = tags.contains(u'"' + v.toLower() + u'"');
                break;
            }
            if (hit)
                break;
        }
        if (hit)
            matched += c.weight;
    }
    if (total == 0)
        return std::nullopt;
    return (200 * matched + total) / (2 * total);
}

IcpProfile::Grade IcpProfile::gradeOf(std::optional<int> fit)
{
    if (!fit)
        return Grade::None;
    if (*fit >= kGradeA)
        return Grade::A;
    if (*fit >= kGradeB)
        return Grade::B;
    if (*fit >= kGradeC)
        return Grade::C;
    return Grade::D;
}

std::pair<int, int> IcpProfile::range(Grade grade)
{
    switch (grade) {
    case Grade::A:
        return {kGradeA, 100};
    case Grade::B:
        return {kGradeB, kGradeA - 1};
    case Grade::C:
        return {kGradeC, kGradeB - 1};
    case Grade::D:
        return {0, kGradeC - 1};
    case Grade::None:
        break;
    }
    return {-1, -1};
}
