#pragma once

// The C++ types QML sees, registered declaratively in one place. The models and objects live in
// miraget_core (app/models), which knows nothing of QML, so they can be tested headless and used by
// the benchmark; here each is made known to the com.miraget.desktop module under its own name. All
// are uncreatable: the Workspace singleton owns one of each for the open account.

#include "analytics/visitdimension.h"
#include "core/icpprofile.h"
#include "core/leadvocabulary.h"
#include "models/accountinfo.h"
#include "models/alertfeed.h"
#include "models/alertrulesmodel.h"
#include "models/annotationsmodel.h"
#include "models/auditlogmodel.h"
#include "models/billingmodel.h"
#include "models/breakdownmodel.h"
#include "models/dashboardmodel.h"
#include "models/exclusionsmodel.h"
#include "models/funnelreportmodel.h"
#include "models/goalreportmodel.h"
#include "models/icpeditor.h"
#include "models/integrationsmodel.h"
#include "models/invoicesmodel.h"
#include "models/leadbulkedit.h"
#include "models/leaddetail.h"
#include "models/leadexport.h"
#include "models/leadfilteroptions.h"
#include "models/leadlistmodel.h"
#include "models/leadselection.h"
#include "models/leadtriage.h"
#include "models/livefeedmodel.h"
#include "models/livemonitor.h"
#include "models/notesmodel.h"
#include "models/pendingchangesmodel.h"
#include "models/savedsegmentsmodel.h"
#include "models/savedviewsmodel.h"
#include "models/segmentmodel.h"
#include "models/sincelastlookmodel.h"
#include "models/sitesmodel.h"
#include "models/syncrunsmodel.h"
#include "models/targetaccountsmodel.h"
#include "models/targetlistsmodel.h"
#include "models/teammodel.h"
#include "models/timeseries.h"
#include "models/visitanalytics.h"
#include "models/visittimelinemodel.h"

#include <QtQml/qqml.h>

struct AccountInfoForeign
{
    Q_GADGET
    QML_FOREIGN(AccountInfo)
    QML_NAMED_ELEMENT(AccountInfo)
    QML_UNCREATABLE("The open account's facts are Workspace.accountInfo.")
};

struct AlertFeedForeign
{
    Q_GADGET
    QML_FOREIGN(AlertFeed)
    QML_NAMED_ELEMENT(AlertFeed)
    QML_UNCREATABLE("The open account's alerts are Workspace.alerts.")
};

struct AlertRulesModelForeign
{
    Q_GADGET
    QML_FOREIGN(AlertRulesModel)
    QML_NAMED_ELEMENT(AlertRulesModel)
    QML_UNCREATABLE("The open account's alert rules are Workspace.alertRules.")
};

struct AuditLogModelForeign
{
    Q_GADGET
    QML_FOREIGN(AuditLogModel)
    QML_NAMED_ELEMENT(AuditLogModel)
    QML_UNCREATABLE("The audit log of the open account is Workspace.audit.")
};

struct BillingModelForeign
{
    Q_GADGET
    QML_FOREIGN(BillingModel)
    QML_NAMED_ELEMENT(BillingModel)
    QML_UNCREATABLE("The open account's billing is Workspace.billing.")
};

struct BreakdownModelForeign
{
    Q_GADGET
    QML_FOREIGN(BreakdownModel)
    QML_NAMED_ELEMENT(BreakdownModel)
    QML_UNCREATABLE("Breakdowns belong to Workspace.dashboard.")
};

struct DashboardModelForeign
{
    Q_GADGET
    QML_FOREIGN(DashboardModel)
    QML_NAMED_ELEMENT(DashboardModel)
    QML_UNCREATABLE("The dashboard of the open account is Workspace.dashboard.")
};

struct VisitAnalyticsForeign
{
    Q_GADGET
    QML_FOREIGN(VisitAnalytics)
    QML_NAMED_ELEMENT(VisitAnalytics)
    QML_UNCREATABLE("The dashboard's analytics are Workspace.dashboard.analytics.")
};

struct SegmentModelForeign
{
    Q_GADGET
    QML_FOREIGN(SegmentModel)
    QML_NAMED_ELEMENT(SegmentModel)
    QML_UNCREATABLE("The dashboard's filters are Workspace.dashboard.analytics.segment.")
};

struct AnnotationsModelForeign
{
    Q_GADGET
    QML_FOREIGN(AnnotationsModel)
    QML_NAMED_ELEMENT(AnnotationsModel)
    QML_UNCREATABLE("The dashboard's annotations are Workspace.dashboard.annotations.")
};

struct SavedSegmentsModelForeign
{
    Q_GADGET
    QML_FOREIGN(SavedSegmentsModel)
    QML_NAMED_ELEMENT(SavedSegmentsModel)
    QML_UNCREATABLE("The saved segments are Workspace.dashboard.analytics.savedSegments.")
};

struct GoalReportModelForeign
{
    Q_GADGET
    QML_FOREIGN(GoalReportModel)
    QML_NAMED_ELEMENT(GoalReportModel)
    QML_UNCREATABLE("Goal figures belong to Workspace.dashboard.analytics.")
};

struct FunnelReportModelForeign
{
    Q_GADGET
    QML_FOREIGN(FunnelReportModel)
    QML_NAMED_ELEMENT(FunnelReportModel)
    QML_UNCREATABLE("Funnel figures belong to Workspace.dashboard.analytics.")
};

struct IntegrationsModelForeign
{
    Q_GADGET
    QML_FOREIGN(IntegrationsModel)
    QML_NAMED_ELEMENT(IntegrationsModel)
    QML_UNCREATABLE("The integrations of the open account are Workspace.integrations.")
};

struct InvoicesModelForeign
{
    Q_GADGET
    QML_FOREIGN(InvoicesModel)
    QML_NAMED_ELEMENT(InvoicesModel)
    QML_UNCREATABLE("The invoices of the open account are Workspace.invoices.")
};

struct LeadDetailForeign
{
    Q_GADGET
    QML_FOREIGN(LeadDetail)
    QML_NAMED_ELEMENT(LeadDetail)
    QML_UNCREATABLE("The open lead is Workspace.leadDetail.")
};

struct LeadBulkEditForeign
{
    Q_GADGET
    QML_FOREIGN(LeadBulkEdit)
    QML_NAMED_ELEMENT(LeadBulkEdit)
    QML_UNCREATABLE("A lead list's bulk edits are LeadListModel.bulk.")
};

struct LeadExportForeign
{
    Q_GADGET
    QML_FOREIGN(LeadExport)
    QML_NAMED_ELEMENT(LeadExport)
    QML_UNCREATABLE("A lead list's export is LeadListModel.exporter.")
};

struct LeadFilterOptionsForeign
{
    Q_GADGET
    QML_FOREIGN(LeadFilterOptions)
    QML_NAMED_ELEMENT(LeadFilterOptions)
    QML_UNCREATABLE("A lead list's filter choices are LeadListModel.options.")
};

struct IcpEditorForeign
{
    Q_GADGET
    QML_FOREIGN(IcpEditor)
    QML_NAMED_ELEMENT(IcpEditor)
    QML_UNCREATABLE("The profile editor is Workspace.icp.")
};

struct ExclusionsModelForeign
{
    Q_GADGET
    QML_FOREIGN(ExclusionsModel)
    QML_NAMED_ELEMENT(ExclusionsModel)
    QML_UNCREATABLE("Hidden companies are Workspace.exclusions.")
};

struct TargetListsModelForeign
{
    Q_GADGET
    QML_FOREIGN(TargetListsModel)
    QML_NAMED_ELEMENT(TargetListsModel)
    QML_UNCREATABLE("Target lists are Workspace.targetLists.")
};

struct TargetAccountsModelForeign
{
    Q_GADGET
    QML_FOREIGN(TargetAccountsModel)
    QML_NAMED_ELEMENT(TargetAccountsModel)
    QML_UNCREATABLE("A list's accounts are Workspace.targetAccounts.")
};

struct LeadTriageForeign
{
    Q_GADGET
    QML_FOREIGN(LeadTriage)
    QML_NAMED_ELEMENT(LeadTriage)
    QML_UNCREATABLE("A lead's triage is LeadDetail.triage.")
};

// Exclusion.Reason: why a company is hidden.
namespace ExclusionForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Exclusion)
QML_NAMED_ELEMENT(Exclusion)
} // namespace ExclusionForeign

struct LeadSelectionForeign
{
    Q_GADGET
    QML_FOREIGN(LeadSelection)
    QML_NAMED_ELEMENT(LeadSelection)
    QML_UNCREATABLE("A lead list's selection is LeadListModel.selection.")
};

// Lead.Status, Lead.Temperature, Lead.SyncState: the enums, for QML to compare with.
namespace LeadForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Lead)
QML_NAMED_ELEMENT(Lead)
} // namespace LeadForeign

// VisitDimension.Page, .Country …: what a dashboard filter and breakdown are about.
namespace VisitDimensionForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(analytics::Visit)
QML_NAMED_ELEMENT(VisitDimension)
} // namespace VisitDimensionForeign

// IcpProfile.Grade (A–D, None) and IcpProfile.Dimension.
namespace IcpProfileForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(IcpProfile)
QML_NAMED_ELEMENT(IcpProfile)
} // namespace IcpProfileForeign

struct LeadListModelForeign
{
    Q_GADGET
    QML_FOREIGN(LeadListModel)
    QML_NAMED_ELEMENT(LeadListModel)
    QML_UNCREATABLE("The lead list of the open account is Workspace.leads.")
};

struct LiveFeedModelForeign
{
    Q_GADGET
    QML_FOREIGN(LiveFeedModel)
    QML_NAMED_ELEMENT(LiveFeedModel)
    QML_UNCREATABLE("The live feed is Workspace.live.feed.")
};

struct LiveMonitorForeign
{
    Q_GADGET
    QML_FOREIGN(LiveMonitor)
    QML_NAMED_ELEMENT(LiveMonitor)
    QML_UNCREATABLE("The live view of the open account is Workspace.live.")
};

struct NotesModelForeign
{
    Q_GADGET
    QML_FOREIGN(NotesModel)
    QML_NAMED_ELEMENT(NotesModel)
    QML_UNCREATABLE("A lead's notes are LeadDetail.notes.")
};

struct PendingChangesModelForeign
{
    Q_GADGET
    QML_FOREIGN(PendingChangesModel)
    QML_NAMED_ELEMENT(PendingChangesModel)
    QML_UNCREATABLE("The open account's queued edits are Workspace.pendingChanges.")
};

struct SavedViewsModelForeign
{
    Q_GADGET
    QML_FOREIGN(SavedViewsModel)
    QML_NAMED_ELEMENT(SavedViewsModel)
    QML_UNCREATABLE("Saved lead views are Workspace.savedViews.")
};

struct SinceLastLookModelForeign
{
    Q_GADGET
    QML_FOREIGN(SinceLastLookModel)
    QML_NAMED_ELEMENT(SinceLastLookModel)
    QML_UNCREATABLE("What changed since the last look is Workspace.sinceLastLook.")
};

// SinceLastLook.Section: the digest's sections, for QML to compare with.
namespace SinceLastLookForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(SinceLastLook)
QML_NAMED_ELEMENT(SinceLastLook)
} // namespace SinceLastLookForeign

struct SitesModelForeign
{
    Q_GADGET
    QML_FOREIGN(SitesModel)
    QML_NAMED_ELEMENT(SitesModel)
    QML_UNCREATABLE("The sites of the open account are Workspace.sites.")
};

struct SyncRunsModelForeign
{
    Q_GADGET
    QML_FOREIGN(SyncRunsModel)
    QML_NAMED_ELEMENT(SyncRunsModel)
    QML_UNCREATABLE("The sync runs of the open account are Workspace.syncRuns.")
};

struct TeamModelForeign
{
    Q_GADGET
    QML_FOREIGN(TeamModel)
    QML_NAMED_ELEMENT(TeamModel)
    QML_UNCREATABLE("The team of the open account is Workspace.team.")
};

struct TimeSeriesForeign
{
    Q_GADGET
    QML_FOREIGN(TimeSeries)
    QML_NAMED_ELEMENT(TimeSeries)
    QML_UNCREATABLE("Series are made by the dashboard and live models.")
};

struct VisitTimelineModelForeign
{
    Q_GADGET
    QML_FOREIGN(VisitTimelineModel)
    QML_NAMED_ELEMENT(VisitTimelineModel)
    QML_UNCREATABLE("A lead's visits are LeadDetail.visits.")
};
