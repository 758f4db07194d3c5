#include "leadfilter.h"

#include <QJsonArray>

namespace {
const char *const kColumnNames[] = {"name", "domain", "score", "status", "country", "industry", "size",
    "assignee", "lastVisit", "visits", "pageViews", "created", "crm", "fit"};

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}
} // namespace

QString LeadSort::columnName(Column column)
{
    return QString::fromLatin1(kColumnNames[int(column)]);
}

LeadSort::Column LeadSort::columnFromName(const QString &name, bool *ok)
{
    for (int i = 0; i < int(std::size(kColumnNames)); ++i) {
        if (name == QLatin1String(kColumnNames[i])) {
            if (ok)
                *ok = true;
            return Column(i);
        }
    }
    if (ok)
        *ok = false;
    return Column::LastVisit;
}

QJsonObject LeadFilter::toJson() const
{
    QJsonObject o;
    if (!search.isEmpty())
        o.insert(QStringLiteral("search"), search);
    if (!statuses.isEmpty())
        o.insert(QStringLiteral("statuses"), array(statuses));
    if (scoreMin != 0)
        o.insert(QStringLiteral("scoreMin"), scoreMin);
    if (scoreMax != 100)
        o.insert(QStringLiteral("scoreMax"), scoreMax);
    if (!temperatures.isEmpty())
        o.insert(QStringLiteral("temperatures"), array(temperatures));
    if (!country.isEmpty())
        o.insert(QStringLiteral("country"), country);
    if (!industry.isEmpty())
        o.insert(QStringLiteral("industry"), industry);
    if (!size.isEmpty())
        o.insert(QStringLiteral("size"), size);
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), array(tags));
    if (assigneeId >= 0)
        o.insert(QStringLiteral("assigneeId"), assigneeId);
    if (siteId > 0)
        o.insert(QStringLiteral("siteId"), siteId);
    if (lastVisitFrom.isValid())
        o.insert(QStringLiteral("lastVisitFrom"), lastVisitFrom.toString(Qt::ISODate));
    if (lastVisitTo.isValid())
        o.insert(QStringLiteral("lastVisitTo"), lastVisitTo.toString(Qt::ISODate));
    if (!grades.isEmpty()) {
        QJsonArray names;
        for (const IcpProfile::Grade grade : grades)
            names.append(IcpProfile::wireName(grade));
        o.insert(QStringLiteral("grades"), names);
    }
    if (targetListId > 0)
        o.insert(QStringLiteral("targetListId"), targetListId);
    if (hidden)
        o.insert(QStringLiteral("hidden"), true);
    return o;
}

LeadFilter LeadFilter::fromJson(const QJsonObject &o)
{
    LeadFilter f;
    f.search = o.value(QStringLiteral("search")).toString();
    f.statuses = strings(o.value(QStringLiteral("statuses")));
    f.scoreMin = std::clamp(o.value(QStringLiteral("scoreMin")).toInt(0), 0, 100);
    f.scoreMax = std::clamp(o.value(QStringLiteral("scoreMax")).toInt(100), 0, 100);
    f.temperatures = strings(o.value(QStringLiteral("temperatures")));
    f.country = o.value(QStringLiteral("country")).toString();
    f.industry = o.value(QStringLiteral("industry")).toString();
    f.size = o.value(QStringLiteral("size")).toString();
    f.tags = strings(o.value(QStringLiteral("tags")));
    f.assigneeId = o.value(QStringLiteral("assigneeId")).toInteger(-1);
    f.siteId = o.value(QStringLiteral("siteId")).toInteger(0);
    f.lastVisitFrom = QDate::fromString(o.value(QStringLiteral("lastVisitFrom")).toString(), Qt::ISODate);
    f.lastVisitTo = QDate::fromString(o.value(QStringLiteral("lastVisitTo")).toString(), Qt::ISODate);
    for (const QString &name : strings(o.value(QStringLiteral("grades")))) {
        if (const auto grade = IcpProfile::gradeFromWire(name); grade && !f.grades.contains(*grade))
            f.grades.append(*grade);
    }
    f.targetListId = std::max<qint64>(0, o.value(QStringLiteral("targetListId")).toInteger(0));
    f.hidden = o.value(QStringLiteral("hidden")).toBool(false);
    return f;
}
