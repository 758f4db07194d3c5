#include "billingmodel.h"

#include "account/accountruntime.h"
#include "apicall.h"
#include "runtimebinding.h"
#include "storage/cachedocuments.h"
#include "storage/cachereader.h"
#include "sync/accountsync.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QLocale>

namespace {
struct Documents
{
    QJsonObject subscription;
    QJsonObject usage;
    QJsonObject plans;
};

QVariant time(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? QVariant(t) : QVariant();
}
} // namespace

BillingModel::BillingModel(QObject *parent)
    : QObject(parent)
{ }

void BillingModel::setRuntime(AccountRuntime *runtime)
{
    if (!runtimebinding::rebind(m_runtime, runtime, this))
        return;
    m_subscription.clear();
    m_usage.clear();
    m_plans.clear();
    m_preview.clear();
    if (runtime) {
        connect(&runtime->cache(), &CacheReader::documentChanged, this, [this](const QString &name) {
            if (name == u"subscription" || name == u"usage" || name == u"plans")
                reload();
        });
        connect(runtime, &AccountRuntime::permissionsChanged, this, &BillingModel::changed);
    }
    Q_EMIT changed();
    reload();
}

bool BillingModel::available() const
{
    const AccountRuntime *ws = m_runtime;
    return ws && ws->permissions().billing;
}

void BillingModel::reload()
{
    AccountRuntime *ws = m_runtime;
    if (!ws)
        return;
    ws->cache().read<Documents>(
        this,
        [](SqlDatabase &db) {
            return Documents {cachedocuments::read(db, QStringLiteral("subscription")),
                cachedocuments::read(db, QStringLiteral("usage")),
                cachedocuments::read(db, QStringLiteral("plans"))};
        },
        [this](const Documents &d) {
            QVariantMap s = d.subscription.toVariantMap();
            for (const char *key : {"trial_ends_at", "current_period_start", "current_period_end"})
                s.insert(QString::fromLatin1(key), time(d.subscription.value(QLatin1String(key))));
            QString planName = s.value(QStringLiteral("plan")).toString();
            m_plans.clear();
            for (const QJsonValue &p : d.plans.value(QStringLiteral("items")).toArray()) {
                const QJsonObject plan = p.toObject();
                m_plans.append(plan.toVariantMap());
                if (plan.value(QStringLiteral("id")).toString() == s.value(QStringLiteral("plan")).toString())
                    planName = plan.value(QStringLiteral("name")).toString();
            }
            s.insert(QStringLiteral("plan_name"), planName);
            m_subscription = d.subscription.isEmpty() ? QVariantMap() : s;
            m_usage.clear();
            // Keyed by the measure ("people_tracked"); the screen words it in the UI language.
            const auto entry = [&](const char *used, const char *limit) {
                if (!d.usage.contains(QLatin1String(used)))
                    return;
                m_usage.append(QVariantMap {{QStringLiteral("key"), QString::fromLatin1(used)},
                    {QStringLiteral("used"), d.usage.value(QLatin1String(used)).toInteger()},
                    {QStringLiteral("limit"), d.usage.value(QLatin1String(limit)).toInteger()}});
            };
            entry("people_tracked", "people_limit");
            entry("sites", "sites_limit");
            entry("seats", "seats_limit");
            Q_EMIT changed();
        });
}

void BillingModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void BillingModel::clearPreview()
{
    m_preview.clear();
    m_error.clear();
    Q_EMIT previewChanged();
}

void BillingModel::previewChange(const QString &plan, const QString &cycle)
{
    AccountRuntime *ws = m_runtime;
    if (!ws || m_busy)
        return;
    setBusy(true);
    m_error.clear();
    apicall::send(*ws, this, "POST", QStringLiteral("/billing/preview"),
        {{QStringLiteral("plan"), plan}, {QStringLiteral("cycle"), cycle}}, {},
        [this](const ApiResult &result) {
            setBusy(false);
            if (!result.ok()) {
                m_preview.clear();
                m_error = apicall::failureText(result);
            } else {
                const QJsonObject quote = result.json();
                m_preview = quote.toVariantMap();
                m_preview.insert(
                    QStringLiteral("next_renewal_at"), time(quote.value(QStringLiteral("next_renewal_at"))));
            }
            Q_EMIT previewChanged();
        });
}

void BillingModel::patch(const QJsonObject &body, const QString &done)
{
    AccountRuntime *ws = m_runtime;
    if (!ws || m_busy)
        return;
    setBusy(true);
    const qint64 version = m_subscription.value(QStringLiteral("version")).toLongLong();
    apicall::send(*ws, this, "PATCH", QStringLiteral("/billing/subscription"), body,
        apicall::ifMatch(version), [this, done](const ApiResult &result) {
            setBusy(false);
            if (!result.ok()) {
                Q_EMIT actionFinished(false, apicall::failureText(result));
                return;
            }
            if (AccountRuntime *current = m_runtime) {
                current->storeDocument(QStringLiteral("subscription"), result.json());
                // Usage limits, sites and a new invoice follow from the change.
                current->sync().engine().syncNow();
            }
            clearPreview();
            Q_EMIT actionFinished(true, done);
        });
}

void BillingModel::applyChange(const QString &plan, const QString &cycle)
{
    patch({{QStringLiteral("plan"), plan}, {QStringLiteral("cycle"), cycle}},
        tr("Your plan has been changed."));
}

void BillingModel::setCancelAtPeriodEnd(bool cancel)
{
    patch({{QStringLiteral("cancel_at_period_end"), cancel}},
        cancel ? tr("Cancelled: the plan stays active until the end of the period and does not renew.")
               : tr("Resumed: the plan renews at the end of the period."));
}
