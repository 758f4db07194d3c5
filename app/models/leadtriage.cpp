#include "leadtriage.h"

#include "account/accountruntime.h"
#include "runtimebinding.h"
#include "storage/cachereader.h"
#include "storage/fitgrades.h"
#include "storage/sqldatabase.h"
#include "storage/sqlstatement.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
struct Loaded
{
    QString domain;
    std::optional<int> fit;
    QList<IcpProfile::Reason> reasons;
    qint64 exclusionId = 0;
    QString reason, note;
    QStringList lists;
};

Loaded load(SqlDatabase &db, qint64 id)
{
    Loaded out;
    SqlStatement lead(
        db, QStringLiteral("SELECT domain, industry, size, country, tags FROM leads WHERE id = ?"));
    lead.bind(1, id);
    if (lead.step() != SqlStatement::Step::Row)
        return out;
    out.domain = lead.text(0);
    IcpProfile::Company company {lead.text(1), lead.text(2), lead.text(3), {}};
    for (const QJsonValue &tag : QJsonDocument::fromJson(lead.blob(4)).array())
        company.tags.append(tag.toString());
    const IcpProfile profile = fitgrades::read(db);
    out.fit = profile.fit(company);
    out.reasons = profile.explain(company);
    SqlStatement exclusion(
        db, QStringLiteral("SELECT id, reason, note FROM exclusions WHERE domain = ? LIMIT 1"));
    exclusion.bind(1, out.domain);
    if (exclusion.step() == SqlStatement::Step::Row) {
        out.exclusionId = exclusion.integer(0);
        out.reason = exclusion.text(1);
        out.note = exclusion.text(2);
    }
    SqlStatement lists(db,
        QStringLiteral("SELECT tl.name FROM target_accounts ta JOIN target_lists tl ON tl.id = ta.list_id"
                       " WHERE ta.domain = ? ORDER BY tl.name COLLATE NOCASE"));
    lists.bind(1, out.domain);
    while (lists.step() == SqlStatement::Step::Row)
        out.lists.append(lists.text(0));
    return out;
}
} // namespace

LeadTriage::LeadTriage(QObject *parent)
    : QObject(parent)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(100);
    connect(&m_reloadTimer, &QTimer::timeout, this, &LeadTriage::reload);
}

void LeadTriage::setRuntime(AccountRuntime *runtime)
{
    if (!runtimebinding::rebind(m_runtime, runtime, this))
        return;
    if (runtime) {
        connect(&runtime->cache(), &CacheReader::collectionChanged, this, [this](Collection collection) {
            if (collection == Collection::Leads || collection == Collection::Exclusions
                || collection == Collection::TargetLists || collection == Collection::TargetAccounts)
                m_reloadTimer.start();
        });
        connect(&runtime->cache(), &CacheReader::documentChanged, this, [this](const QString &name) {
            if (name == fitgrades::kDocument)
                m_reloadTimer.start();
        });
        connect(runtime, &AccountRuntime::permissionsChanged, this, &LeadTriage::changed);
    }
    reload();
}

void LeadTriage::setLeadId(qint64 id)
{
    if (id == m_leadId)
        return;
    m_leadId = id;
    reload();
}

bool LeadTriage::canHide() const
{
    const AccountRuntime *runtime = m_runtime;
    return runtime && runtime->permissions().manageTriage;
}

void LeadTriage::reload()
{
    m_reloadTimer.stop();
    const quint64 generation = ++m_generation;
    AccountRuntime *runtime = m_runtime;
    if (!runtime || m_leadId == 0)
        return;
    runtime->cache().read<Loaded>(
        this, [id = m_leadId](SqlDatabase &db) { return load(db, id); },
        [this, generation](const Loaded &loaded) {
            if (generation != m_generation)
                return;
            m_domain = loaded.domain;
            m_fit = loaded.fit;
            m_reasons.clear();
            for (const IcpProfile::Reason &reason : loaded.reasons) {
                m_reasons.append(QVariantMap {{QStringLiteral("dimension"), int(reason.dimension)},
                    {QStringLiteral("value"), reason.value}, {QStringLiteral("weight"), reason.weight},
                    {QStringLiteral("matched"), reason.matched}});
            }
            m_exclusionId = loaded.exclusionId;
            m_hiddenReason = Exclusion::reasonFromWire(loaded.reason).value_or(Exclusion::Reason::Other);
            m_hiddenNote = loaded.note;
            m_targetLists = loaded.lists;
            Q_EMIT changed();
        });
}

void LeadTriage::hideCompany(int reason, const QString &note)
{
    AccountRuntime *runtime = m_runtime;
    if (!runtime || m_domain.isEmpty())
        return;
    if (!canHide()) {
        Q_EMIT actionFinished(false, tr("Only an owner or an admin may hide companies."));
        return;
    }
    const QString domain = m_domain;
    QPointer<LeadTriage> self(this);
    runtime->outbox().hideCompany(
        domain, Exclusion::Reason(reason), note, [self, domain](bool ok, const QString &error, qint64) {
            if (self)
                Q_EMIT self->actionFinished(
                    ok, ok ? tr("%1 is hidden from the lead list for the whole team.").arg(domain) : error);
        });
}

void LeadTriage::showCompany()
{
    AccountRuntime *runtime = m_runtime;
    if (!runtime || m_exclusionId == 0)
        return;
    const QString domain = m_domain;
    QPointer<LeadTriage> self(this);
    runtime->outbox().showDomain(domain, [self, domain](bool ok, const QString &error, qint64) {
        if (self)
            Q_EMIT self->actionFinished(ok, ok ? tr("%1 is back in the lead list.").arg(domain) : error);
    });
}
