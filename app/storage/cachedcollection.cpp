#include "cachedcollection.h"

#include "core/permissions.h"
#include "isotime.h"
#include "sqldatabase.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace {
using T = CachedCollection::Type;
using R = CachedCollection::Readers;

CachedCollection make(Collection id, const char *name, const char *table, R readers, bool immutable,
    std::initializer_list<std::pair<const char *, T>> fields)
{
    CachedCollection c;
    c.id = id;
    c.name = QString::fromLatin1(name);
    c.table = QString::fromLatin1(table);
    c.readers = readers;
    c.immutable = immutable;
    for (const auto &[field, type] : fields)
        c.fields.append({QString::fromLatin1(field), type});
    return c;
}

QList<CachedCollection> build()
{
    // Order matters to sync: small reference data first, so screens fill in quickly, events last.
    return {
        make(Collection::Team, "team", "team", R::Everyone, false,
            {{"id", T::Int}, {"email", T::Text}, {"name", T::Text}, {"role", T::Text},
                {"created_at", T::Time}, {"version", T::Int}}),
        make(Collection::Sites, "sites", "sites", R::Everyone, false,
            {{"id", T::Int}, {"domain", T::Text}, {"tracker_status", T::Text}, {"people_tracked", T::Int},
                {"people_limit", T::Int}, {"created_at", T::Time}, {"version", T::Int}}),
        make(Collection::Integrations, "integrations", "integrations", R::Everyone, false,
            {{"id", T::Int}, {"provider", T::Text}, {"name", T::Text}, {"status", T::Text},
                {"last_sync_at", T::Time}, {"records_imported", T::Int}, {"records_exported", T::Int},
                {"error_count", T::Int}, {"last_error", T::Text}, {"version", T::Int}}),
        make(Collection::SyncRuns, "sync-runs", "sync_runs", R::Everyone, false,
            {{"id", T::Int}, {"integration_id", T::Int}, {"trigger", T::Text}, {"status", T::Text},
                {"started_at", T::Time}, {"finished_at", T::Time}, {"records", T::Int}, {"errors", T::Int},
                {"error_message", T::Text}}),
        make(Collection::Invoices, "invoices", "invoices", R::Billing, false,
            {{"id", T::Int}, {"number", T::Text}, {"customer_name", T::Text}, {"website", T::Text},
                {"billing_address", T::Text}, {"description", T::Text}, {"amount_cents", T::Int},
                {"currency", T::Text}, {"status", T::Text}, {"issued_at", T::Time}, {"period_start", T::Time},
                {"period_end", T::Time}}),
        // Before the leads, so a hidden company is hidden from the first page of leads on.
        make(Collection::Exclusions, "exclusions", "exclusions", R::Everyone, false,
            {{"id", T::Int}, {"domain", T::Text}, {"reason", T::Text}, {"note", T::Text},
                {"created_by", T::Int}, {"created_at", T::Time}}),
        make(Collection::TargetLists, "target-lists", "target_lists", R::Everyone, false,
            {{"id", T::Int}, {"name", T::Text}, {"description", T::Text}, {"created_by", T::Int},
                {"created_at", T::Time}, {"updated_at", T::Time}, {"version", T::Int}}),
        make(Collection::TargetAccounts, "target-accounts", "target_accounts", R::Everyone, false,
            {{"id", T::Int}, {"list_id", T::Int}, {"domain", T::Text}, {"name", T::Text},
                {"created_at", T::Time}}),
        // The dashboard's definitions (issue #16): small, before the events they count.
        make(Collection::Goals, "goals", "goals", R::Everyone, false,
            {{"id", T::Int}, {"name", T::Text}, {"pattern", T::Text}, {"created_by", T::Int},
                {"created_at", T::Time}, {"updated_at", T::Time}, {"version", T::Int}}),
        make(Collection::Funnels, "funnels", "funnels", R::Everyone, false,
            {{"id", T::Int}, {"name", T::Text}, {"steps", T::Json}, {"created_by", T::Int},
                {"created_at", T::Time}, {"updated_at", T::Time}, {"version", T::Int}}),
        make(Collection::Annotations, "annotations", "annotations", R::Everyone, false,
            {{"id", T::Int}, {"site_id", T::Int}, {"day", T::Text}, {"text", T::Text}, {"created_by", T::Int},
                {"created_at", T::Time}, {"updated_at", T::Time}, {"version", T::Int}}),
        make(Collection::Leads, "leads", "leads", R::Everyone, false,
            {{"id", T::Int}, {"site_id", T::Int}, {"name", T::Text}, {"domain", T::Text},
                {"industry", T::Text}, {"size", T::Text}, {"country", T::Text}, {"city", T::Text},
                {"score", T::Int}, {"status", T::Text}, {"assignee_id", T::Int}, {"tags", T::Json},
                {"first_visit_at", T::Time}, {"last_visit_at", T::Time}, {"visits", T::Int},
                {"page_views", T::Int}, {"crm_state", T::Text}, {"crm_provider", T::Text},
                {"crm_id", T::Text}, {"crm_synced_at", T::Time}, {"created_at", T::Time},
                {"updated_at", T::Time}, {"version", T::Int}}),
        make(Collection::Notes, "notes", "notes", R::Everyone, false,
            {{"id", T::Int}, {"lead_id", T::Int}, {"author_id", T::Int}, {"body", T::Text},
                {"created_at", T::Time}, {"updated_at", T::Time}, {"version", T::Int}}),
        make(Collection::Audit, "audit", "audit", R::Managers, false,
            {{"id", T::Int}, {"user_id", T::Int}, {"actor_email", T::Text}, {"action", T::Text},
                {"target_type", T::Text}, {"target_id", T::Int}, {"detail", T::Json}, {"at", T::Time}}),
        make(Collection::Visits, "visits", "visits", R::Everyone, false,
            {{"id", T::Int}, {"site_id", T::Int}, {"lead_id", T::Int}, {"visitor_id", T::Text},
                {"started_at", T::Time}, {"ended_at", T::Time}, {"page_views", T::Int},
                {"landing_url", T::Text}, {"referrer", T::Text}, {"utm_source", T::Text},
                {"utm_medium", T::Text}, {"utm_campaign", T::Text}, {"device_type", T::Text}, {"os", T::Text},
                {"browser", T::Text}, {"screen", T::Text}, {"country", T::Text}, {"city", T::Text}}),
        make(Collection::Pageviews, "pageviews", "pageviews", R::Everyone, true,
            {{"id", T::Int}, {"site_id", T::Int}, {"visit_id", T::Int}, {"lead_id", T::Int},
                {"visitor_id", T::Text}, {"url", T::Text}, {"title", T::Text}, {"referrer", T::Text},
                {"utm_source", T::Text}, {"utm_medium", T::Text}, {"utm_campaign", T::Text},
                {"time_on_page_s", T::Int}, {"device_type", T::Text}, {"os", T::Text}, {"browser", T::Text},
                {"screen", T::Text}, {"country", T::Text}, {"city", T::Text}, {"viewed_at", T::Time}}),
    };
}

// JSON has only doubles in its grammar; 87.5 where an integer belongs is an error, not 0.
bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && double(value.toInteger()) == value.toDouble();
}

// Text, not a blob: search indexes it and people can read it in an export.
QString compactJson(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString quoted(const QString &column)
{
    return u'"' + column + u'"';
}
} // namespace

const QList<CachedCollection> &CachedCollection::all()
{
    static const QList<CachedCollection> collections = build();
    return collections;
}

const CachedCollection &CachedCollection::of(Collection id)
{
    const CachedCollection &c = all().at(qsizetype(id));
    Q_ASSERT(c.id == id);
    return c;
}

bool CachedCollection::readableWith(const Permissions &permissions) const
{
    switch (readers) {
    case Readers::Everyone:
        return true;
    case Readers::Billing:
        return permissions.billing;
    case Readers::Managers:
        return permissions.auditLog;
    }
    return false;
}

QMap<Collection, qint64> CachedCollection::rowCounts(SqlDatabase &db)
{
    QMap<Collection, qint64> counts;
    for (const CachedCollection &c : all())
        counts[c.id] = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(c.table));
    return counts;
}

const CachedCollection *CachedCollection::find(QStringView name)
{
    for (const CachedCollection &c : all()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString CachedCollection::upsertSql() const
{
    QStringList columns;
    QStringList placeholders;
    for (qsizetype i = 0; i <= fields.size(); ++i) {
        columns.append(i < fields.size() ? quoted(fields[i].name) : QStringLiteral("seq"));
        placeholders.append(QStringLiteral("?%1").arg(i + 1));
    }
    const QString seqParameter = placeholders.last();
    const QString notDeleted
        = QStringLiteral("NOT EXISTS (SELECT 1 FROM tombstones WHERE collection = '%1' AND id = ?1)")
              .arg(name);
    if (immutable) {
        return QStringLiteral("INSERT OR IGNORE INTO %1(%2) SELECT %3 WHERE %4")
            .arg(table, columns.join(u','), placeholders.join(u','), notDeleted);
    }
    return QStringLiteral("INSERT OR REPLACE INTO %1(%2) SELECT %3 WHERE %4 AND NOT EXISTS"
                          " (SELECT 1 FROM %1 WHERE id = ?1 AND seq > %5)")
        .arg(table, columns.join(u','), placeholders.join(u','), notDeleted, seqParameter);
}

QString CachedCollection::selectSql() const
{
    QStringList columns;
    for (const Field &field : fields)
        columns.append(quoted(field.name));
    columns.append(QStringLiteral("seq"));
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(u','), table);
}

bool CachedCollection::bindItem(SqlStatement &statement, const QJsonObject &item, QString *error) const
{
    auto wrongType = [&](const Field &field) {
        *error
            = QCoreApplication::translate("CachedCollection", "Field “%1” of a %2 item has the wrong type.")
                  .arg(field.name, name);
        return false;
    };
    int index = 1;
    for (const Field &field : fields) {
        const QJsonValue value = item.value(field.name);
        if (value.isNull() || value.isUndefined()) {
            if (index == 1)
                return wrongType(field); // every item has an id
            statement.bindNull(index++);
            continue;
        }
        switch (field.type) {
        case T::Int:
            if (!isWholeNumber(value))
                return wrongType(field);
            statement.bind(index++, value.toInteger());
            break;
        case T::Text:
            if (!value.isString())
                return wrongType(field);
            statement.bind(index++, value.toString());
            break;
        case T::Time: {
            const auto seconds = isotime::parse(value.toString());
            if (!value.isString() || !seconds)
                return wrongType(field);
            statement.bind(index++, *seconds);
            break;
        }
        case T::Json:
            if (value.isArray())
                statement.bind(index++, compactJson(QJsonDocument(value.toArray())));
            else if (value.isObject())
                statement.bind(index++, compactJson(QJsonDocument(value.toObject())));
            else
                return wrongType(field);
            break;
        }
    }
    const QJsonValue seq = item.value(QLatin1String("seq"));
    if (!isWholeNumber(seq)) {
        *error = QCoreApplication::translate("CachedCollection", "A %1 item has no seq.").arg(name);
        return false;
    }
    statement.bind(index, seq.toInteger());
    return true;
}

QJsonObject CachedCollection::itemFromRow(const SqlStatement &row) const
{
    QJsonObject item;
    int column = 0;
    for (const Field &field : fields) {
        if (row.isNull(column)) {
            item.insert(field.name, QJsonValue::Null);
            ++column;
            continue;
        }
        switch (field.type) {
        case T::Int:
            item.insert(field.name, row.integer(column));
            break;
        case T::Text:
            item.insert(field.name, row.text(column));
            break;
        case T::Time:
            item.insert(field.name, isotime::format(row.integer(column)));
            break;
        case T::Json: {
            const QJsonDocument doc = QJsonDocument::fromJson(row.blob(column));
            item.insert(field.name, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
            break;
        }
        }
        ++column;
    }
    item.insert(QStringLiteral("seq"), row.integer(column));
    return item;
}
