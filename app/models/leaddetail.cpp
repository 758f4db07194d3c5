#include "leaddetail.h"

#include "core/leadvocabulary.h"

#include "account/accountruntime.h"
#include "apicall.h"
#include "leadquery.h"
#include "querylistmodel.h"
#include "runtimebinding.h"
#include "storage/cachereader.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
struct Loaded
{
    QVariantMap lead;
    bool pending = false;
    QVariantList conflicts;
    QVariantList crmTargets;
    QString error;
};

using Column = QueryListModel::Column;

Loaded loadLead(SqlDatabase &db, qint64 id)
{
    Loaded out;
    static const QList<std::pair<const char *, Column>> fields = {{"id", Column::Int}, {"name", Column::Text},
        {"domain", Column::Text}, {"siteId", Column::Int}, {"industry", Column::Text}, {"size", Column::Text},
        {"country", Column::Text}, {"city", Column::Text}, {"score", Column::Int}, {"status", Column::Text},
        {"assigneeId", Column::Int}, {"tags", Column::Json}, {"firstVisitAt", Column::Time},
        {"lastVisitAt", Column::Time}, {"visits", Column::Int}, {"pageViews", Column::Int},
        {"crmState", Column::Text}, {"crmProvider", Column::Text}, {"crmId", Column::Text},
        {"crmSyncedAt", Column::Time}, {"createdAt", Column::Time}, {"updatedAt", Column::Time},
        {"version", Column::Int}, {"siteDomain", Column::Text}, {"assigneeName", Column::Text},
        {"pending", Column::Bool}};
    SqlStatement lead(db,
        QStringLiteral(
            "SELECT l.id, l.name, l.domain, l.site_id, l.industry, l.size, l.country, l.city, l.score,"
            " l.status, l.assignee_id, l.tags, l.first_visit_at, l.last_visit_at, l.visits, l.page_views,"
            " l.crm_state, l.crm_provider, l.crm_id, l.crm_synced_at, l.created_at, l.updated_at,"
            " l.version, s.domain, t.name,"
            " EXISTS(SELECT 1 FROM outbox o WHERE o.kind = 'lead_patch' AND o.target_id = l.id)"
            " FROM leads l LEFT JOIN sites s ON s.id = l.site_id"
            " LEFT JOIN team t ON t.id = l.assignee_id WHERE l.id = ?"));
    lead.bind(1, id);
    const SqlStatement::Step step = lead.step();
    if (step == SqlStatement::Step::Error) {
        out.error = lead.error();
        return out;
    }
    if (step != SqlStatement::Step::Row)
        return out;
    for (int i = 0; i < int(fields.size()); ++i)
        out.lead.insert(
            QString::fromLatin1(fields[i].first), QueryListModel::columnValue(lead, i, fields[i].second));
    out.lead.insert(QStringLiteral("temperature"),
        Lead::wireName(Lead::temperatureOf(out.lead.value(QStringLiteral("score")).toInt())));
    out.pending = out.lead.value(QStringLiteral("pending")).toBool();

    SqlStatement conflicts(db,
        QStringLiteral("SELECT c.id, c.field, c.mine, c.theirs, c.reason, c.created_at FROM conflicts c"
                       " LEFT JOIN notes n ON c.collection = 'notes' AND n.id = c.target_id"
                       " WHERE c.dismissed = 0 AND ((c.collection = 'leads' AND c.target_id = ?1)"
                       " OR n.lead_id = ?1) ORDER BY c.id"));
    conflicts.bind(1, id);
    while (conflicts.step() == SqlStatement::Step::Row) {
        out.conflicts.append(QVariantMap {{QStringLiteral("conflictId"), conflicts.integer(0)},
            {QStringLiteral("field"), conflicts.text(1)}, {QStringLiteral("mine"), conflicts.text(2)},
            {QStringLiteral("theirs"), conflicts.text(3)}, {QStringLiteral("reason"), conflicts.text(4)},
            {QStringLiteral("createdAt"), QueryListModel::columnValue(conflicts, 5, Column::Time)}});
    }
    SqlStatement crms(db,
        QStringLiteral("SELECT id, name, provider, status FROM integrations WHERE provider <> 'webhook'"
                       " ORDER BY status <> 'connected', name"));
    while (crms.step() == SqlStatement::Step::Row) {
        out.crmTargets.append(QVariantMap {{QStringLiteral("integrationId"), crms.integer(0)},
            {QStringLiteral("name"), crms.text(1)}, {QStringLiteral("provider"), crms.text(2)},
            {QStringLiteral("status"), crms.text(3)}});
    }
    return out;
}
} // namespace

LeadDetail::LeadDetail(QObject *parent)
    : QObject(parent)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(CacheListModel::kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &LeadDetail::reload);
    connect(&m_triage, &LeadTriage::actionFinished, this, &LeadDetail::actionFinished);
}

void LeadDetail::setRuntime(AccountRuntime *runtime)
{
    if (!runtimebinding::rebind(m_runtime, runtime, this))
        return;
    m_notes.setRuntime(runtime);
    m_visits.setRuntime(runtime);
    m_triage.setRuntime(runtime);
    m_lead.clear();
    if (runtime) {
        connect(&runtime->cache(), &CacheReader::collectionChanged, this, [this](Collection collection) {
            if (collection == Collection::Leads || collection == Collection::Notes
                || collection == Collection::Integrations || collection == Collection::Team)
                m_reloadTimer.start();
        });
        connect(runtime, &AccountRuntime::permissionsChanged, this, &LeadDetail::changed);
    }
    reload();
}

void LeadDetail::setLeadId(qint64 id)
{
    if (id == m_leadId)
        return;
    m_leadId = id;
    m_lead.clear();
    m_conflicts.clear();
    Q_EMIT leadIdChanged();
    m_notes.setLeadId(id);
    m_visits.setLeadId(id);
    m_triage.setLeadId(id);
    reload();
}

bool LeadDetail::canEdit() const
{
    const AccountRuntime *ws = m_runtime;
    return ws && ws->permissions().editLeads;
}

void LeadDetail::reload()
{
    m_reloadTimer.stop();
    const quint64 generation = ++m_generation;
    AccountRuntime *ws = m_runtime;
    if (!ws || m_leadId == 0) {
        m_loading = false;
        Q_EMIT changed();
        return;
    }
    m_loading = true;
    Q_EMIT changed();
    ws->cache().read<Loaded>(
        this, [id = m_leadId](SqlDatabase &db) { return loadLead(db, id); },
        [this, generation](const Loaded &loaded) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_lead = loaded.lead;
            m_error = loaded.error;
            m_conflicts = loaded.conflicts;
            m_crmTargets = loaded.crmTargets;
            m_syncState = !m_conflicts.isEmpty() ? Lead::SyncState::Conflict
                : loaded.pending                 ? Lead::SyncState::Pending
                                                 : Lead::SyncState::Synced;
            Q_EMIT changed();
        });
}

void LeadDetail::report(bool ok, const QString &error, const QString &done)
{
    Q_EMIT actionFinished(ok, ok ? done : error);
}

void LeadDetail::edit(const QJsonObject &fields)
{
    AccountRuntime *ws = m_runtime;
    if (!ws || m_leadId == 0)
        return;
    if (!canEdit()) {
        Q_EMIT actionFinished(false, tr("Your role may not change leads."));
        return;
    }
    QPointer<LeadDetail> self(this);
    ws->outbox().editLead(m_leadId, fields, [self](bool ok, const QString &error, qint64) {
        if (self)
            self->report(ok, error, tr("Saved on this computer; it goes to the server as soon as it can."));
    });
}

void LeadDetail::setStatus(const QString &status)
{
    if (status != m_lead.value(QStringLiteral("status")).toString())
        edit({{QStringLiteral("status"), status}});
}

void LeadDetail::setAssignee(qint64 memberId)
{
    if (memberId != m_lead.value(QStringLiteral("assigneeId")).toLongLong())
        edit({{QStringLiteral("assignee_id"), memberId > 0 ? QJsonValue(memberId) : QJsonValue()}});
}

void LeadDetail::setTags(const QStringList &tags)
{
    edit({{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
}

void LeadDetail::addTag(const QString &tag)
{
    const QString clean = tag.trimmed().toLower();
    QStringList tags = m_lead.value(QStringLiteral("tags")).toStringList();
    if (clean.isEmpty() || tags.contains(clean))
        return;
    tags.append(clean);
    setTags(tags);
}

void LeadDetail::removeTag(const QString &tag)
{
    QStringList tags = m_lead.value(QStringLiteral("tags")).toStringList();
    if (tags.removeAll(tag) > 0)
        setTags(tags);
}

void LeadDetail::addNote(const QString &body)
{
    AccountRuntime *ws = m_runtime;
    if (!ws || m_leadId == 0 || body.trimmed().isEmpty())
        return;
    if (!canEdit()) {
        Q_EMIT actionFinished(false, tr("Your role may not write notes."));
        return;
    }
    QPointer<LeadDetail> self(this);
    ws->outbox().addNote(m_leadId, body.trimmed(), [self](bool ok, const QString &error, qint64) {
        if (self)
            self->report(ok, error, tr("Note saved."));
    });
}

void LeadDetail::editNote(qint64 noteId, const QString &body)
{
    AccountRuntime *ws = m_runtime;
    if (!ws || body.trimmed().isEmpty())
        return;
    if (!canEdit()) {
        Q_EMIT actionFinished(false, tr("Your role may not change notes."));
        return;
    }
    QPointer<LeadDetail> self(this);
    ws->outbox().editNote(noteId, body.trimmed(), [self](bool ok, const QString &error, qint64) {
        if (self)
            self->report(ok, error, tr("Note saved."));
    });
}

void LeadDetail::deleteNote(qint64 noteId)
{
    AccountRuntime *ws = m_runtime;
    if (!ws)
        return;
    if (!canEdit()) {
        Q_EMIT actionFinished(false, tr("Your role may not delete notes."));
        return;
    }
    QPointer<LeadDetail> self(this);
    ws->outbox().deleteNote(noteId, [self](bool ok, const QString &error, qint64) {
        if (self)
            self->report(ok, error, tr("Note deleted."));
    });
}

void LeadDetail::pushToCrm(qint64 integrationId)
{
    AccountRuntime *ws = m_runtime;
    if (!ws || m_leadId == 0 || m_pushing)
        return;
    m_pushing = true;
    Q_EMIT pushingChanged();
    apicall::send(*ws, this, "POST", QStringLiteral("/leads/%1/push").arg(m_leadId),
        {{QStringLiteral("integration_id"), integrationId}}, {}, [this](const ApiResult &result) {
            m_pushing = false;
            Q_EMIT pushingChanged();
            if (!result.ok()) {
                Q_EMIT actionFinished(false, apicall::failureText(result));
                return;
            }
            const QJsonObject lead = result.json();
            if (AccountRuntime *current = m_runtime)
                current->applyServerItem(Collection::Leads, lead);
            Q_EMIT actionFinished(
                true, tr("Pushed to the CRM as %1.").arg(lead.value(QStringLiteral("crm_id")).toString()));
        });
}

void LeadDetail::dismissConflict(qint64 conflictId)
{
    AccountRuntime *ws = m_runtime;
    if (!ws)
        return;
    QPointer<LeadDetail> self(this);
    ws->outbox().dismissConflict(conflictId, [self](bool) {
        if (self)
            self->reload();
    });
}
