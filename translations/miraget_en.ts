<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertRulesCard</name>
    <message numerus="yes">
        <source>against the same %n hour(s) a week before</source>
        <translation>
            <numerusform>against the same %n hour a week before</numerusform>
            <numerusform>against the same %n hours a week before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fired %n time(s), last %1</source>
        <translation>
            <numerusform>Fired %n time, last %1</numerusform>
            <numerusform>Fired %n times, last %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quiet for %n minute(s) after an alert</source>
        <translation>
            <numerusform>quiet for %n minute after an alert</numerusform>
            <numerusform>quiet for %n minutes after an alert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message numerus="yes">
        <source>Trial: %n day(s) left</source>
        <translation>
            <numerusform>Trial: %n day left</numerusform>
            <numerusform>Trial: %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopAlerts</name>
    <message numerus="yes">
        <source>%n page view(s) in the last %1</source>
        <translation>
            <numerusform>%n page view in the last %1</numerusform>
            <numerusform>%n page views in the last %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page view(s) in the same hours a week ago</source>
        <translation>
            <numerusform>%n page view in the same hours a week ago</numerusform>
            <numerusform>%n page views in the same hours a week ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>%n more alert</numerusform>
            <numerusform>%n more alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Including %n new hot lead(s)</source>
        <translation>
            <numerusform>Including %n new hot lead</numerusform>
            <numerusform>Including %n new hot leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExclusionsModel</name>
    <message numerus="yes">
        <source>%n company(ies) hidden from the lead list.</source>
        <translation>
            <numerusform>%n company hidden from the lead list.</numerusform>
            <numerusform>%n companies hidden from the lead list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelCard</name>
    <message numerus="yes">
        <source>%1 stopped here (%n companies)</source>
        <translation>
            <numerusform>%1 stopped here (%n company)</numerusform>
            <numerusform>%1 stopped here (%n companies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HiddenCompaniesCard</name>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBulkEdit</name>
    <message numerus="yes">
        <source>Status changed for %n leads.</source>
        <translation>
            <numerusform>Status changed for %n lead.</numerusform>
            <numerusform>Status changed for %n leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignee changed for %n leads.</source>
        <translation>
            <numerusform>Assignee changed for %n lead.</numerusform>
            <numerusform>Assignee changed for %n leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” added to %n leads.</source>
        <translation>
            <numerusform>Tag “%1” added to %n lead.</numerusform>
            <numerusform>Tag “%1” added to %n leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” removed from %n leads.</source>
        <translation>
            <numerusform>Tag “%1” removed from %n lead.</numerusform>
            <numerusform>Tag “%1” removed from %n leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n leads could not be changed: %2</source>
        <translation>
            <numerusform>%1 %n lead could not be changed: %2</numerusform>
            <numerusform>%1 %n leads could not be changed: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadExport</name>
    <message numerus="yes">
        <source>Exported %n leads to %1.</source>
        <translation>
            <numerusform>Exported %n lead to %1.</numerusform>
            <numerusform>Exported %n leads to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadFilterBar</name>
    <message numerus="yes">
        <source>%1 (%n companies)  ✕</source>
        <translation>
            <numerusform>%1 (%n company)  ✕</numerusform>
            <numerusform>%1 (%n companies)  ✕</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadListView</name>
    <message numerus="yes">
        <source>%n lead(s) match</source>
        <translation>
            <numerusform>%n lead match</numerusform>
            <numerusform>%n leads match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Select all %n</source>
        <translation>
            <numerusform>Select all %n</numerusform>
            <numerusform>Select all %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <source>The note is longer than %n character(s).</source>
        <translation>
            <numerusform>The note is longer than %n character.</numerusform>
            <numerusform>The note is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>Retention: visitor activity older than %n day(s) (your plan&apos;s retention) is removed from this computer after every sync.</source>
        <translation>
            <numerusform>Retention: visitor activity older than %n day (your plan&apos;s retention) is removed from this computer after every sync.</numerusform>
            <numerusform>Retention: visitor activity older than %n days (your plan&apos;s retention) is removed from this computer after every sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>%n new hot lead(s)</source>
        <translation>
            <numerusform>%n new hot lead</numerusform>
            <numerusform>%n new hot leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since you last looked</source>
        <translation>
            <numerusform>%n change since you last looked</numerusform>
            <numerusform>%n changes since you last looked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message numerus="yes">
        <source>Sign-in timed out: no answer came back from the browser within %n second(s).</source>
        <translation>
            <numerusform>Sign-in timed out: no answer came back from the browser within %n second.</numerusform>
            <numerusform>Sign-in timed out: no answer came back from the browser within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SinceLastLookModel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message numerus="yes">
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>Exported %n lead to %1.</numerusform>
            <numerusform>Exported %n leads to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetListsModel</name>
    <message numerus="yes">
        <source>%n account(s) added to the list</source>
        <translation>
            <numerusform>%n account added to the list</numerusform>
            <numerusform>%n accounts added to the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already on it).</source>
        <translation>
            <numerusform>(%n already on it).</numerusform>
            <numerusform>(%n already on it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) were added before the import stopped: </source>
        <translation>
            <numerusform>%n account was added before the import stopped: </numerusform>
            <numerusform>%n accounts were added before the import stopped: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetListsPage</name>
    <message numerus="yes">
        <source>%1: %n account(s) to import</source>
        <translation>
            <numerusform>%1: %n account to import</numerusform>
            <numerusform>%1: %n accounts to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) merged</source>
        <translation>
            <numerusform>%n duplicate merged</numerusform>
            <numerusform>%n duplicates merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and will be left out:</source>
        <translation>
            <numerusform>%n row could not be read and will be left out:</numerusform>
            <numerusform>%n rows could not be read and will be left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%n new hot lead(s)</source>
        <translation>
            <numerusform>%n new hot lead</numerusform>
            <numerusform>%n new hot leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitTimelineCard</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
