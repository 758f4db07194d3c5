#pragma once

#include "querylistmodel.h"

// The account's connections to CRMs and webhooks (MiragetConnector): status, last sync, records
// moved each way, errors, and whether a run is going on now. Owners and admins start a sync run
// here; its progress arrives through the live stream like any other change.
class IntegrationsModel : public QueryListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ProviderRole, // hubspot, salesforce, pipedrive, webhook
        StatusRole, // connected, error, disconnected
        LastSyncAtRole,
        RecordsImportedRole,
        RecordsExportedRole,
        ErrorCountRole,
        LastErrorRole,
        RunningRole,
        IsCrmRole, // leads can be pushed to it (a connected CRM, not a webhook)
    };
    Q_ENUM(Roles)

    explicit IntegrationsModel(QObject *parent = nullptr);

    Q_INVOKABLE void syncNow(qint64 integrationId);

Q_SIGNALS:
    void actionFinished(bool ok, const QString &message);

protected:
    Query query() const override;
};
