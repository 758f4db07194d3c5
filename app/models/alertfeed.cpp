#include "alertfeed.h"

#include "account/accountruntime.h"
#include "alerts/alertstore.h"
#include "core/logging.h"
#include "runtimebinding.h"
#include "storage/cachereader.h"
#include "storage/databasecontext.h"

#include <QDateTime>

namespace {
struct Claimed
{
    AlertList alerts;
    int unseenHotLeads = 0;
    QString error;
};
} // namespace

AlertFeed::AlertFeed(QObject *parent)
    : QObject(parent)
{ }

AccountRuntime *AlertFeed::runtime() const
{
    return m_runtime;
}

void AlertFeed::setRuntime(AccountRuntime *runtime)
{
    if (!runtimebinding::rebind(m_runtime, runtime, this))
        return;
    ++m_generation;
    m_claiming = false;
    m_claimAgain = false;
    setNewHotLeads(0);
    if (!runtime)
        return;
    connect(&runtime->cache(), &CacheReader::alertsRaised, this, &AlertFeed::claim);
    claim(); // what a previous run raised but never showed, and the count
}

void AlertFeed::setDelivering(bool delivering)
{
    if (m_delivering == delivering)
        return;
    m_delivering = delivering;
    if (delivering)
        claim();
}

void AlertFeed::claim()
{
    AccountRuntime *ws = m_runtime;
    if (!ws)
        return;
    if (m_claiming) {
        m_claimAgain = true; // alerts raised while the last claim was on its way
        return;
    }
    m_claiming = true;
    const bool deliver = m_delivering;
    const quint64 generation = m_generation;
    ws->writer().call<Claimed>(
        this,
        [deliver](DatabaseContext &context) {
            Claimed result;
            if (deliver)
                result.alerts = alertstore::claimUndelivered(
                    context.db(), QDateTime::currentSecsSinceEpoch(), kClaimBatch, &result.error);
            if (result.error.isEmpty())
                result.unseenHotLeads
                    = alertstore::unseenCount(context.db(), AlertRule::Kind::HotLead, &result.error);
            return result;
        },
        [this, generation](const Claimed &result) {
            if (generation != m_generation)
                return;
            m_claiming = false;
            if (!result.error.isEmpty())
                qCWarning(lcSync) << "alerts:" << result.error;
            setNewHotLeads(result.unseenHotLeads);
            if (!result.alerts.isEmpty())
                Q_EMIT alertsRaised(result.alerts);
            // A full batch means more may be waiting (after a long time offline).
            if (m_claimAgain || result.alerts.size() == kClaimBatch) {
                m_claimAgain = false;
                claim();
            }
        });
}

void AlertFeed::markHotLeadsSeen()
{
    AccountRuntime *ws = m_runtime;
    if (!ws || m_newHotLeads == 0)
        return;
    setNewHotLeads(0);
    ws->writer().call<QString>(
        this,
        [](DatabaseContext &context) {
            QString error;
            alertstore::markSeen(
                context.db(), AlertRule::Kind::HotLead, QDateTime::currentSecsSinceEpoch(), &error);
            return error;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                qCWarning(lcSync) << "alerts:" << error;
            claim(); // hot leads that came in meanwhile
        });
}

void AlertFeed::setNewHotLeads(int count)
{
    if (count == m_newHotLeads)
        return;
    m_newHotLeads = count;
    Q_EMIT newHotLeadsChanged();
}
