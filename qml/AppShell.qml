import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The signed-in window: the top bar (sync state, pending changes, the account switcher), the
// sidebar with the screens, and the current screen. Keyboard: Ctrl+1…8 screens, Ctrl+R sync now,
// Ctrl+F search leads, Esc back from a lead.
Item {
    id: shell

    objectName: "appShell"
    required property AccountsModel accounts
    signal addAccount()
    signal signOutRequested()
    signal removeRequested()

    readonly property var screens: [
        { key: "dashboard", title: qsTr("Dashboard"), icon: "▦", visible: true },
        { key: "live", title: qsTr("Live"), icon: "●", visible: true },
        { key: "leads", title: qsTr("Leads"), icon: "☰", visible: true },
        { key: "integrations", title: qsTr("Integrations"), icon: "⇄", visible: true },
        { key: "account", title: qsTr("Account"), icon: "◉", visible: true },
        { key: "billing", title: qsTr("Billing"), icon: "£", visible: Workspace.canSeeBilling },
        { key: "audit", title: qsTr("Audit log"), icon: "≡", visible: Workspace.canSeeAudit },
        { key: "settings", title: qsTr("Settings"), icon: "⚙", visible: true }
    ]
    property string screen: screenAllowed(AppSettings.lastScreen) ? AppSettings.lastScreen : "dashboard"

    function screenAllowed(key) {
        for (const s of screens)
            if (s.key === key)
                return s.visible
        return false
    }
    function show(key) {
        if (!screenAllowed(key))
            return
        screen = key
        AppSettings.lastScreen = key
    }
    function openLead(leadId) {
        openLeadWith(leadId, false)
    }
    // From a list worked with the keyboard: the detail then shows its focus ring on Back.
    function openLeadByKeyboard(leadId) {
        openLeadWith(leadId, true)
    }
    function openLeadWith(leadId, byKeyboard) {
        Workspace.leadDetail.leadId = leadId
        show("leads")
        if (pageLoader.item && pageLoader.item.openDetail)
            pageLoader.item.openDetail(byKeyboard)
    }
    function report(ok, message) {
        messageBar.show(ok, message)
    }

    // A screen that became unavailable (the role changed) falls back to the dashboard.
    Connections {
        target: Workspace
        function onPermissionsChanged() {
            if (!shell.screenAllowed(shell.screen))
                shell.show("dashboard")
        }
        function onActionFinished(ok, message) { shell.report(ok, message) }
        // A notification or the tray was clicked (the window is already brought forward).
        function onOpenRequested(screen, leadId) {
            if (leadId > 0) {
                shell.openLead(leadId)
            } else if (screen === "hotLeads") {
                Workspace.leads.clearFilters()
                Workspace.leads.temperatures = ["hot"]
                Workspace.leads.sortColumn = "score"
                Workspace.leads.sortDescending = true
                shell.show("leads")
            } else {
                shell.show(screen)
            }
        }
    }
    // New hot leads count as seen once the lead list is on screen.
    Connections {
        target: Workspace.alerts
        function onNewHotLeadsChanged() {
            if (shell.screen === "leads" && shell.Window.active)
                Workspace.alerts.markHotLeadsSeen()
        }
    }
    onScreenChanged: if (screen === "leads") Workspace.alerts.markHotLeadsSeen()

    Repeater {
        model: shell.screens.length
        delegate: Item {
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                onActivated: {
                    const key = shell.screens[index].key
                    if (!shell.screenAllowed(key))
                        return
                    // The focus was in the page about to be replaced: it goes to where the user is.
                    sidebar.focusEntry(key)
                    shell.show(key)
                }
            }
        }
    }
    Shortcut {
        sequence: "Ctrl+R"
        onActivated: Workspace.syncNow()
    }
    Shortcut {
        sequence: StandardKey.Find
        onActivated: {
            shell.show("leads")
            if (pageLoader.item && pageLoader.item.focusSearch)
                pageLoader.item.focusSearch()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
            accounts: shell.accounts
            onAddAccount: shell.addAccount()
            onShowPending: pendingPopup.open()
            onOpenSettings: shell.show("settings")
        }

        OfflineBanner { Layout.fillWidth: true }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Sidebar {
                id: sidebar
                Layout.fillHeight: true
                Layout.preferredWidth: Theme.sidebarWidth
                screens: shell.screens
                current: shell.screen
                newHotLeads: Workspace.alerts.newHotLeads
                onSelected: key => shell.show(key)
            }

            Loader {
                id: pageLoader
                objectName: "pageLoader"
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                source: "qrc:/com/miraget/desktop/" + {
                    dashboard: "DashboardPage.qml", live: "LivePage.qml", leads: "LeadsPage.qml",
                    integrations: "IntegrationsPage.qml", account: "AccountPage.qml",
                    billing: "BillingPage.qml", audit: "AuditLogPage.qml", settings: "SettingsPage.qml"
                }[shell.screen]
                onLoaded: {
                    item.shell = shell
                }
            }
        }
    }

    PendingChangesPopup {
        id: pendingPopup
        anchors.centerIn: parent
        shell: shell
    }

    MessageBar {
        id: messageBar
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 16
        width: Math.min(640, parent.width - 48)
    }
}
