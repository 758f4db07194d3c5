#include "collection.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <chrono>
#include <cstdio>

namespace {
using T = Collection::Type;

Collection make(const char *name, const char *table, Roles readers, QList<Collection::Field> fields)
{
    Collection c;
    c.name = QString::fromLatin1(name);
    c.table = QString::fromLatin1(table);
    c.readers = readers;
    c.fields = std::move(fields);
    return c;
}

Collection::Field f(const char *column, T type)
{
    return {QString::fromLatin1(column), QString::fromLatin1(column), type,
        QByteArray('"' + QByteArray(column) + "\":")};
}

QList<Collection> buildCollections()
{
    return {
        make("team", "users", roles::anyone,
            {f("id", T::Int), f("email", T::Text), f("name", T::Text), f("role", T::Text),
                f("created_at", T::Time), f("version", T::Int)}),
        make("sites", "sites", roles::anyone,
            {f("id", T::Int), f("domain", T::Text), f("tracker_status", T::Text), f("people_tracked", T::Int),
                f("people_limit", T::Int), f("created_at", T::Time), f("version", T::Int)}),
        make("leads", "leads", roles::anyone,
            {f("id", T::Int), f("site_id", T::Int), f("name", T::Text), f("domain", T::Text),
                f("industry", T::Text), f("size", T::Text), f("country", T::Text), f("city", T::Text),
                f("score", T::Int), f("status", T::Text), f("assignee_id", T::Int), f("tags", T::Json),
                f("first_visit_at", T::Time), f("last_visit_at", T::Time), f("visits", T::Int),
                f("page_views", T::Int), f("crm_state", T::Text), f("crm_provider", T::Text),
                f("crm_id", T::Text), f("crm_synced_at", T::Time), f("created_at", T::Time),
                f("updated_at", T::Time), f("version", T::Int)}),
        make("visits", "visits", roles::anyone,
            {f("id", T::Int), f("site_id", T::Int), f("lead_id", T::Int), f("visitor_id", T::Text),
                f("started_at", T::Time), f("ended_at", T::Time), f("page_views", T::Int),
                f("landing_url", T::Text), f("referrer", T::Text), f("utm_source", T::Text),
                f("utm_medium", T::Text), f("utm_campaign", T::Text), f("device_type", T::Text),
                f("os", T::Text), f("browser", T::Text), f("screen", T::Text), f("country", T::Text),
                f("city", T::Text)}),
        make("pageviews", "pageviews", roles::anyone,
            {f("id", T::Int), f("site_id", T::Int), f("visit_id", T::Int), f("lead_id", T::Int),
                f("visitor_id", T::Text), f("url", T::Text), f("title", T::Text), f("referrer", T::Text),
                f("utm_source", T::Text), f("utm_medium", T::Text), f("utm_campaign", T::Text),
                f("time_on_page_s", T::Int), f("device_type", T::Text), f("os", T::Text),
                f("browser", T::Text), f("screen", T::Text), f("country", T::Text), f("city", T::Text),
                f("viewed_at", T::Time)}),
        make("notes", "notes", roles::anyone,
            {f("id", T::Int), f("lead_id", T::Int), f("author_id", T::Int), f("body", T::Text),
                f("created_at", T::Time), f("updated_at", T::Time), f("version", T::Int)}),
        make("integrations", "integrations", roles::anyone,
            {f("id", T::Int), f("provider", T::Text), f("name", T::Text), f("status", T::Text),
                f("last_sync_at", T::Time), f("records_imported", T::Int), f("records_exported", T::Int),
                f("error_count", T::Int), f("last_error", T::Text), f("version", T::Int)}),
        make("sync-runs", "sync_runs", roles::anyone,
            {f("id", T::Int), f("integration_id", T::Int), f("trigger", T::Text), f("status", T::Text),
                f("started_at", T::Time), f("finished_at", T::Time), f("records", T::Int),
                f("errors", T::Int), f("error_message", T::Text)}),
        make("invoices", "invoices", roles::billing,
            {f("id", T::Int), f("number", T::Text), f("customer_name", T::Text), f("website", T::Text),
                f("billing_address", T::Text), f("description", T::Text), f("amount_cents", T::Int),
                f("currency", T::Text), f("status", T::Text), f("issued_at", T::Time),
                f("period_start", T::Time), f("period_end", T::Time)}),
        make("audit", "audit", roles::managers,
            {f("id", T::Int), f("user_id", T::Int), f("actor_email", T::Text), f("action", T::Text),
                f("target_type", T::Text), f("target_id", T::Int), f("detail", T::Json), f("at", T::Time)}),
        make("exclusions", "exclusions", roles::anyone,
            {f("id", T::Int), f("domain", T::Text), f("reason", T::Text), f("note", T::Text),
                f("created_by", T::Int), f("created_at", T::Time)}),
        make("target-lists", "target_lists", roles::anyone,
            {f("id", T::Int), f("name", T::Text), f("description", T::Text), f("created_by", T::Int),
                f("created_at", T::Time), f("updated_at", T::Time), f("version", T::Int)}),
        make("target-accounts", "target_accounts", roles::anyone,
            {f("id", T::Int), f("list_id", T::Int), f("domain", T::Text), f("name", T::Text),
                f("created_at", T::Time)}),
        make("goals", "goals", roles::anyone,
            {f("id", T::Int), f("name", T::Text), f("pattern", T::Text), f("created_by", T::Int),
                f("created_at", T::Time), f("updated_at", T::Time), f("version", T::Int)}),
        make("funnels", "funnels", roles::anyone,
            {f("id", T::Int), f("name", T::Text), f("steps", T::Json), f("created_by", T::Int),
                f("created_at", T::Time), f("updated_at", T::Time), f("version", T::Int)}),
        make("annotations", "annotations", roles::anyone,
            {f("id", T::Int), f("site_id", T::Int), f("day", T::Text), f("text", T::Text),
                f("created_by", T::Int), f("created_at", T::Time), f("updated_at", T::Time),
                f("version", T::Int)}),
    };
}

QJsonValue fieldValue(const QVariant &v, T type)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (type) {
    case T::Int:
        return v.toLongLong();
    case T::Text:
        return v.toString();
    case T::Time:
        return isoTime(v.toLongLong());
    case T::Bool:
        return v.toLongLong() != 0;
    case T::Json: {
        // Stored JSON text: arrays (tags) or objects (audit detail).
        const QJsonDocument doc = QJsonDocument::fromJson(v.toByteArray());
        if (doc.isArray())
            return doc.array();
        if (doc.isObject())
            return doc.object();
        return QJsonValue::Null;
    }
    }
    return QJsonValue::Null;
}

// Stored JSON was produced by the server itself; it is validated anyway so a damaged row cannot
// break a whole page. Rows share few distinct texts (a lead's tags come from a short list), so
// each text is parsed once per thread and the answer remembered; the memory stays bounded.
QByteArray validatedJson(const QByteArray &text)
{
    thread_local QHash<QByteArray, QByteArray> known;
    if (const auto found = known.constFind(text); found != known.cend())
        return found.value();
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    QByteArray compact = doc.isNull() ? QByteArray("null") : doc.toJson(QJsonDocument::Compact);
    if (known.size() >= 4096)
        known.clear();
    known.insert(text, compact);
    return compact;
}
} // namespace

QString Collection::selectSql() const
{
    QStringList columns;
    columns.reserve(fields.size() + 1);
    for (const Field &field : fields)
        columns.append(field.column);
    columns.append(QStringLiteral("seq"));
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table;
}

QJsonObject Collection::toJson(const QSqlQuery &row) const
{
    QJsonObject o;
    for (int i = 0; i < fields.size(); ++i)
        o.insert(fields[i].json, fieldValue(row.value(i), fields[i].type));
    o.insert(QStringLiteral("seq"), row.value(int(fields.size())).toLongLong());
    return o;
}

const QList<Collection> &Collection::all()
{
    static const QList<Collection> collections = buildCollections();
    return collections;
}

const Collection *Collection::find(const QString &name)
{
    for (const Collection &c : all()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void Collection::appendJson(const QSqlQuery &row, QByteArray &out) const
{
    out += '{';
    for (int i = 0; i < fields.size(); ++i) {
        const Field &field = fields[i];
        if (i > 0)
            out += ',';
        out += field.key;
        const QVariant v = row.value(i);
        if (v.isNull()) {
            out += "null";
            continue;
        }
        switch (field.type) {
        case T::Int:
            out += QByteArray::number(v.toLongLong());
            break;
        case T::Text:
            appendJsonString(v.toString(), out);
            break;
        case T::Time:
            out += '"';
            appendIsoTime(v.toLongLong(), out);
            out += '"';
            break;
        case T::Bool:
            out += v.toLongLong() != 0 ? "true" : "false";
            break;
        case T::Json:
            out += validatedJson(v.toByteArray());
            break;
        }
    }
    out += ",\"seq\":" + QByteArray::number(row.value(int(fields.size())).toLongLong()) + '}';
}

// Pure arithmetic (std::chrono's civil calendar), no gmtime_r: a page of 5,000 rows formats tens of
// thousands of times, and gmtime_r takes the C library's time zone lock and snprintf's formatting
// path every time.
void appendIsoTime(qint64 unixSeconds, QByteArray &out)
{
    using namespace std::chrono;
    const sys_seconds at {seconds(unixSeconds)};
    const sys_days day = floor<days>(at);
    const year_month_day date {day};
    const hh_mm_ss<seconds> time {at - day};
    const int y = int(date.year());
    if (y < 0 || y > 9999) { // outside what four digits say: the C library's wording
        char buffer[40];
        const int n = std::snprintf(buffer, sizeof buffer, "%d-%02u-%02uT%02d:%02d:%02dZ", y,
            unsigned(date.month()), unsigned(date.day()), int(time.hours().count()),
            int(time.minutes().count()), int(time.seconds().count()));
        out.append(buffer, n);
        return;
    }
    char text[19]; // YYYY-MM-DDTHH:MM:SS
    const auto two = [&](int offset, int value) {
        text[offset] = char('0' + value / 10);
        text[offset + 1] = char('0' + value % 10);
    };
    two(0, y / 100);
    two(2, y % 100);
    text[4] = '-';
    two(5, int(unsigned(date.month())));
    text[7] = '-';
    two(8, int(unsigned(date.day())));
    text[10] = 'T';
    two(11, int(time.hours().count()));
    text[13] = ':';
    two(14, int(time.minutes().count()));
    text[16] = ':';
    two(17, int(time.seconds().count()));
    out.append(text, sizeof text);
    out += 'Z';
}

void appendJsonString(const QString &text, QByteArray &out)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            char escaped[7];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
            out.append(escaped, 6);
        } else {
            out += c;
        }
    }
    out += '"';
}

QString isoTime(qint64 unixSeconds)
{
    QByteArray out;
    appendIsoTime(unixSeconds, out);
    return QString::fromLatin1(out);
}

bool parseIsoTime(const QString &text, qint64 *unixSeconds)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return false;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    *unixSeconds = dt.toSecsSinceEpoch();
    return true;
}
