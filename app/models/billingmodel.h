#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>

class AccountRuntime;

// The Billing screen, for the owner and billing roles (the cache holds no subscription for anyone
// else, and the server refuses them anyway): plan, cycle, trial, usage against the plan's limits and
// the plans on offer, from the cache; and the changes that need the server — a price preview before
// any plan or cycle change, the change itself, cancelling at the end of the period and resuming.
class BillingModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QVariantMap subscription READ subscription NOTIFY changed)
    Q_PROPERTY(QVariantList usage READ usage NOTIFY changed)
    Q_PROPERTY(QVariantList plans READ plans NOTIFY changed)
    Q_PROPERTY(QVariantMap preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY previewChanged)

public:
    explicit BillingModel(QObject *parent = nullptr);

    void setRuntime(AccountRuntime *runtime);
    bool available() const;
    QVariantMap subscription() const { return m_subscription; }
    QVariantList usage() const { return m_usage; }
    QVariantList plans() const { return m_plans; }
    QVariantMap preview() const { return m_preview; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }

    // Asks the server what a change would cost now and at renewal (changes nothing).
    Q_INVOKABLE void previewChange(const QString &plan, const QString &cycle);
    Q_INVOKABLE void applyChange(const QString &plan, const QString &cycle);
    // Cancel: the plan runs to the end of the period and does not renew. Resume undoes that.
    Q_INVOKABLE void setCancelAtPeriodEnd(bool cancel);
    Q_INVOKABLE void clearPreview();
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();
    void previewChanged();
    void busyChanged();
    void actionFinished(bool ok, const QString &message);

private:
    void setBusy(bool busy);
    void patch(const QJsonObject &body, const QString &done);

    QPointer<AccountRuntime> m_runtime;
    QVariantMap m_subscription;
    QVariantList m_usage;
    QVariantList m_plans;
    QVariantMap m_preview;
    QString m_error;
    bool m_busy = false;
};
