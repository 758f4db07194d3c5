#pragma once

#include "core/exclusion.h"
#include "core/icpprofile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantList>

class AccountRuntime;

// The triage part of a lead's page: its fit grade and why (each dimension of the ideal customer
// profile it matched or missed, from IcpProfile::explain, the same arithmetic the cache grades
// with), whether its company is hidden and why, and the target-account lists that name it.
// "Hide this company" and "Show it again" go through the outbox, so they work offline.
class LeadTriage : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int grade READ grade NOTIFY changed) // IcpProfile.Grade
    Q_PROPERTY(QVariant fit READ fit NOTIFY changed) // 0-100, or undefined without a profile
    // {dimension (IcpProfile.Dimension), value, weight, matched} per dimension that counts.
    Q_PROPERTY(QVariantList reasons READ reasons NOTIFY changed)
    Q_PROPERTY(bool hidden READ hidden NOTIFY changed)
    Q_PROPERTY(int hiddenReason READ hiddenReason NOTIFY changed) // Exclusion.Reason
    Q_PROPERTY(QString hiddenNote READ hiddenNote NOTIFY changed)
    Q_PROPERTY(QStringList targetLists READ targetLists NOTIFY changed)
    Q_PROPERTY(bool canHide READ canHide NOTIFY changed)

public:
    explicit LeadTriage(QObject *parent = nullptr);

    void setRuntime(AccountRuntime *runtime);
    void setLeadId(qint64 id);

    int grade() const { return int(IcpProfile::gradeOf(m_fit)); }
    QVariant fit() const { return m_fit ? QVariant(*m_fit) : QVariant(); }
    QVariantList reasons() const { return m_reasons; }
    bool hidden() const { return m_exclusionId != 0; }
    int hiddenReason() const { return int(m_hiddenReason); }
    QString hiddenNote() const { return m_hiddenNote; }
    QStringList targetLists() const { return m_targetLists; }
    bool canHide() const;

    // `reason`: an Exclusion.Reason value.
    Q_INVOKABLE void hideCompany(int reason, const QString &note);
    Q_INVOKABLE void showCompany();
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();
    void actionFinished(bool ok, const QString &message);

private:
    QPointer<AccountRuntime> m_runtime;
    qint64 m_leadId = 0;
    QString m_domain;
    std::optional<int> m_fit;
    QVariantList m_reasons;
    qint64 m_exclusionId = 0;
    Exclusion::Reason m_hiddenReason = Exclusion::Reason::Other;
    QString m_hiddenNote;
    QStringList m_targetLists;
    quint64 m_generation = 0;
    QTimer m_reloadTimer;
};
