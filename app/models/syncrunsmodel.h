#pragma once

#include "querylistmodel.h"

// Recent sync runs of the integrations, newest first: one integration's, or every one's.
class SyncRunsModel : public QueryListModel
{
    Q_OBJECT
    Q_PROPERTY(qint64 integrationId READ integrationId WRITE setIntegrationId NOTIFY integrationIdChanged)

public:
    static constexpr int kLimit = 50;

    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        IntegrationNameRole,
        IntegrationIdRole,
        TriggerRole, // schedule, manual
        StatusRole, // running, succeeded, failed
        StartedAtRole,
        FinishedAtRole,
        RecordsRole,
        ErrorsRole,
        ErrorMessageRole,
    };
    Q_ENUM(Roles)

    explicit SyncRunsModel(QObject *parent = nullptr);

    qint64 integrationId() const { return m_integrationId; }
    void setIntegrationId(qint64 id); // 0: every integration

Q_SIGNALS:
    void integrationIdChanged();

protected:
    Query query() const override;

private:
    qint64 m_integrationId = 0;
};
