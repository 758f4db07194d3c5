#pragma once

#include "seedcatalog.h"
#include "seedconstants.h"
#include "weightedpicker.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QtGlobal>

#include <array>
#include <vector>

// The rows the seeder plans before writing anything, one struct per kind of row. They hold indexes
// into the seed catalogue and into each other instead of text where a table has many rows (leads,
// visitors, visits), which keeps the million-event load test at a few bytes per page view; the
// writers turn the indexes into column values. Times are seconds since the epoch, and 0 (or a null
// QString) stands for NULL where a column is nullable.
namespace seeding {

struct UserSeed
{
    qint64 id;
    QString email;
    QString name;
    QString role;
    qint64 createdAt;
};

struct SiteSeed
{
    qint64 id;
    QString domain;
    QString trackerStatus;
    qint64 createdAt;
    seedcatalog::SiteKind kind;
    int visitWeight; // share of the account's visits; 0 while the tracker is not installed
    qint64 peopleTracked = 0;
    // Per catalogue page, ready to bind.
    std::vector<QVariant> urls;
    std::vector<QVariant> titles;
    WeightedPicker landing;
    WeightedPicker browse;
};

enum CrmState : quint8
{
    CrmNone,
    CrmSynced,
    CrmError
};

struct LeadSeed
{
    qint64 id = 0;
    QString name;
    QString domain;
    QString tags;
    int industry = 0;
    int size = 0;
    int country = 0;
    int city = 0;
    int weight = 1; // how strongly further visits are drawn to this lead
    int score = 0;
    int status = 0;
    qint64 assigneeId = 0; // 0: unassigned
    CrmState crm = CrmNone;
    qint64 crmSyncedAt = 0;
    qint64 siteId = 0;
    qint64 firstVisitAt = 0;
    qint64 lastVisitAt = 0;
    qint64 createdAt = 0;
    int visits = 0;
    int pageViews = 0;
    int visitorCount = 0;
    std::array<int, kMaxVisitorsPerLead> visitors {};
};

struct VisitorSeed
{
    quint64 code;
    int device;
    int country; // -1: no location consent
    int city;
    quint32 siteMask = 0;
};

struct VisitSeed
{
    qint64 start = 0;
    qint32 firstPage = 0; // offset into AccountSeed::pageTimes
    qint32 lead = -1; // index into AccountSeed::leads
    qint32 visitor = -1;
    quint32 duration = 0;
    quint16 pages = 0;
    quint8 site = 0; // index into AccountSeed::sites
    bool campaign = false;
    quint8 source = 0; // index into organicSources() or campaignSources()
};

struct IntegrationSeed
{
    qint64 id;
    QString provider;
    QString name;
    QString status;
    qint64 lastSyncAt; // 0: NULL
    qint64 imported;
    qint64 exported;
    int errorCount;
    QString lastError; // null: NULL
    qint64 connectedAt;
};

struct SyncRunSeed
{
    qint64 accountId;
    qint64 integrationId;
    QString trigger;
    QString status;
    qint64 startedAt;
    qint64 finishedAt;
    int records;
    int errors;
    QString errorMessage;
};

struct NoteSeed
{
    qint64 accountId;
    qint64 leadId;
    qint64 authorId;
    QString body;
    qint64 createdAt;
    qint64 updatedAt;
};

struct AuditSeed
{
    qint64 accountId;
    qint64 userId;
    QString actorEmail;
    QString action;
    QString targetType;
    qint64 targetId;
    QJsonObject detail;
    qint64 at;
};

struct InvoiceSeed
{
    qint64 accountId;
    QString description;
    qint64 amountCents;
    qint64 periodStart;
    qint64 periodEnd;
};

} // namespace seeding
