import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The signed-in window: the top bar (sync state, pending changes, the account switcher), the
// sidebar with the screens, and the current screen. Keyboard: Ctrl+1…9 screens, Ctrl+R sync now,
// Ctrl+F search leads, Esc back from a lead. When the account opens with news since the user last
// looked, the window opens on that screen (unless the user has gone somewhere already).
Item {
    id: shell

    objectName: "appShell"
    required property AccountsModel accounts
    signal addAccount()
    signal signOutRequested()
    signal removeRequested()

    // The screens in sidebar order. Keys and icons only, so the list never changes: its words come
    // from screenTitle() and whether the role may use it from screenAllowed(). A list made anew on
    // a language switch or a role change rebuilt the sidebar while its layout was arranged.
    readonly property var screens: [
        { key: "sinceLastLook", icon: "✦" }, { key: "dashboard", icon: "▦" }, { key: "live", icon: "●" },
        { key: "leads", icon: "☰" }, { key: "targets", icon: "◎" }, { key: "integrations", icon: "⇄" },
        { key: "account", icon: "◉" }, { key: "billing", icon: "£" },
        { key: "audit", icon: "≡" }, { key: "settings", icon: "⚙" }
    ]
    property string screen: screenAllowed(AppSettings.lastScreen) ? AppSettings.lastScreen : "dashboard"
    // The user chose a screen (or a lead) since the window opened: news no longer takes them away.
    property bool navigated: false

    function screenTitle(key) {
        switch (key) {
        case "sinceLastLook": return qsTr("What's new")
        case "dashboard": return qsTr("Dashboard")
        case "live": return qsTr("Live")
        case "leads": return qsTr("Leads")
        case "targets": return qsTr("Target lists")
        case "integrations": return qsTr("Integrations")
        case "account": return qsTr("Account")
        case "billing": return qsTr("Billing")
        case "audit": return qsTr("Audit log")
        case "settings": return qsTr("Settings")
        }
        return key
    }
    function screenAllowed(key) {
        switch (key) {
        case "billing": return Workspace.canSeeBilling
        case "audit": return Workspace.canSeeAudit
        }
        return screens.some(s => s.key === key)
    }
    function show(key) {
        if (!screenAllowed(key))
            return
        navigated = true
        screen = key
        AppSettings.lastScreen = key
    }
    // The first look at the opened account found changes since the last one: show them first. Not
    // remembered as the last screen, so a start with nothing new opens where the user left off.
    function showNews() {
        if (!navigated && Workspace.sinceLastLook.newsAtOpen)
            screen = "sinceLastLook"
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
        // A notification, the tray or a link (the window is already brought forward).
        function onOpenRequested(screen, leadId) {
            if (leadId > 0) {
                shell.openLead(leadId)
                return
            }
            if (screen === "hotLeads")
                Workspace.leads.showHottest()
            const key = screen === "hotLeads" ? "leads" : screen
            shell.show(key)
            // The list itself, not a lead left open on top of it.
            if (key === "leads" && pageLoader.item && pageLoader.item.back)
                pageLoader.item.back(false)
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
    Connections {
        target: Workspace.sinceLastLook
        function onNewsAtOpenChanged() { shell.showNews() }
    }
    Component.onCompleted: showNews()

    // Ctrl+1…9, then Ctrl+0 for a tenth screen.
    Repeater {
        model: Math.min(shell.screens.length, 10)
        delegate: Item {
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1) % 10
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
                titleOf: shell.screenTitle
                allowed: shell.screenAllowed
                current: shell.screen
                newHotLeads: Workspace.alerts.newHotLeads
                sinceLastLook: Workspace.sinceLastLook.total
                onSelected: key => shell.show(key)
            }

            Loader {
                id: pageLoader
                objectName: "pageLoader"
                Layout.fillWidth: true
                Layout.fillHeight: true
                focus: true
                source: "qrc:/com/miraget/desktop/" + {
                    sinceLastLook: "SinceLastLookPage.qml", dashboard: "DashboardPage.qml", live: "LivePage.qml",
                    leads: "LeadsPage.qml", targets: "TargetListsPage.qml",
                    integrations: "IntegrationsPage.qml", account: "AccountPage.qml",
                    billing: "BillingPage.qml", audit: "AuditLogPage.qml", settings: "SettingsPage.qml"
                }[shell.screen]
                onLoaded: {
                    item.shell = shell
                    // For the log and scripts/fresh-check: a screen whose QML failed never says this.
                    console.info("screen", shell.screen, "shown")
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
