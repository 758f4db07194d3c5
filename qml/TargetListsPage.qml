import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import com.miraget.desktop

// Target lists: the team's lists of target accounts (Workspace.targetLists), each with how many
// have visited; a list's accounts (Workspace.targetAccounts) with the lead each became, or
// "never visited". Import a CSV with a preview of what will be added and what could not be read;
// show a list's leads in the lead list; be alerted when one of its companies comes back.
Item {
    id: page

    property var shell
    readonly property TargetListsModel lists: Workspace.targetLists
    readonly property TargetAccountsModel accounts: Workspace.targetAccounts
    property int currentRow: 0
    readonly property var currentId: lists.count > 0 ? lists.get(currentRow, "listId") : 0

    objectName: "targetsPage"
    Accessible.name: qsTr("Target lists")

    onCurrentIdChanged: accounts.listId = currentId || 0
    Component.onCompleted: accounts.listId = currentId || 0

    Connections {
        target: page.lists
        function onActionFinished(ok, message) { page.shell.report(ok, message) }
        function onListCreated(listId) { const row = page.lists.indexOf("listId", listId); if (row >= 0) page.currentRow = row }
    }
    Connections {
        target: page.accounts
        function onActionFinished(ok, message) { page.shell.report(ok, message) }
    }

    FileDialog {
        id: csvDialog
        title: qsTr("Import target accounts from a CSV file")
        nameFilters: [qsTr("CSV files (*.csv *.txt)"), qsTr("All files (*)")]
        onAccepted: { page.lists.previewFile(selectedFile); previewDialog.open() }
    }

    Dialog {
        id: previewDialog
        objectName: "csvPreviewDialog"
        anchors.centerIn: parent
        modal: true
        width: Math.min(page.width - 80, 720)
        title: qsTr("Import target accounts")
        readonly property var preview: page.lists.preview
        standardButtons: Dialog.Cancel
        onRejected: page.lists.clearPreview()
        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: previewDialog.preview.error ? Theme.danger : Theme.text
                text: !previewDialog.preview.file ? qsTr("Reading the file…")
                      : previewDialog.preview.error ? previewDialog.preview.error
                      : qsTr("%1: %n account(s) to import", "", previewDialog.preview.accounts).arg(previewDialog.preview.file)
                        + " · " + qsTr("%n row(s) read", "", previewDialog.preview.rows)
                        + (previewDialog.preview.duplicates > 0 ? " · " + qsTr("%n duplicate(s) merged", "", previewDialog.preview.duplicates) : "")
                        + " · " + previewDialog.preview.encoding
            }
            ListView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 160)
                clip: true
                model: previewDialog.preview.sample || []
                delegate: Label { required property var modelData; text: modelData.domain + (modelData.name ? "  —  " + modelData.name : ""); color: Theme.text }
            }
            Label {
                visible: (previewDialog.preview.problemCount || 0) > 0
                text: qsTr("%n row(s) could not be read and will be left out:", "", previewDialog.preview.problemCount || 0)
                color: Theme.warning
                font.weight: Font.DemiBold
            }
            ListView {
                objectName: "csvProblems"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 120)
                clip: true
                model: previewDialog.preview.problems || []
                delegate: Label { required property var modelData; text: qsTr("Line %1: %2").arg(modelData.line).arg(modelData.reason); color: Theme.mutedText; width: ListView.view.width; elide: Text.ElideRight }
            }
            RowLayout {
                visible: (previewDialog.preview.accounts || 0) > 0
                spacing: 8
                FittedComboBox {
                    id: intoBox
                    textRole: "text"; valueRole: "value"
                    model: {
                        const items = [{ text: qsTr("A new list"), value: 0 }]
                        for (let i = 0; i < page.lists.count; ++i)
                            items.push({ text: qsTr("Add to “%1”").arg(page.lists.get(i, "name")), value: page.lists.get(i, "listId") })
                        return items
                    }
                    Accessible.name: qsTr("Import into")
                }
                TextField {
                    id: newName
                    objectName: "newListName"
                    visible: intoBox.currentValue === 0
                    Layout.preferredWidth: 240
                    placeholderText: qsTr("Name of the new list")
                    text: previewDialog.preview.file ? previewDialog.preview.file.replace(/\.[^.]*$/, "") : ""
                    Accessible.name: qsTr("Name of the new list")
                }
                Button {
                    objectName: "importButton"
                    text: page.lists.importing ? qsTr("Importing… %1").arg(Format.number(page.lists.imported)) : qsTr("Import")
                    highlighted: true
                    enabled: !page.lists.importing && Workspace.sync.online && (intoBox.currentValue !== 0 || newName.text.trim().length > 0)
                    onClicked: page.lists.importPreview(intoBox.currentValue, newName.text)
                }
            }
        }
        Connections {
            target: page.lists
            function onImportingChanged() { if (!page.lists.importing && !page.lists.preview.file) previewDialog.close() }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 16

        ColumnLayout {
            Layout.preferredWidth: 300
            Layout.fillHeight: true
            spacing: 8
            PageHeader { Layout.fillWidth: true; title: qsTr("Target lists") }
            Button {
                objectName: "importCsvButton"
                visible: Workspace.canManageTriage
                text: qsTr("Import CSV…")
                enabled: Workspace.sync.online
                onClicked: csvDialog.open()
            }
            ListView {
                id: listView
                objectName: "targetLists"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.lists
                currentIndex: page.currentRow
                // One Tab stop; the arrows move between lists (FocusRing shows the focus).
                Accessible.name: qsTr("Target lists")
                activeFocusOnTab: true
                readonly property bool keyboardFocusRing: true
                onCurrentIndexChanged: if (currentIndex >= 0) page.currentRow = currentIndex
                delegate: ItemDelegate {
                    required property int index
                    required property var model
                    width: ListView.view.width
                    highlighted: index === page.currentRow
                    onClicked: page.currentRow = index
                    Accessible.name: model.name
                    contentItem: ColumnLayout {
                        spacing: 0
                        Label { text: model.name; color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label {
                            text: qsTr("%n account(s)", "", model.accounts) + " · " + qsTr("%1 visited").arg(Format.number(model.visited))
                            color: Theme.mutedText; font.pixelSize: 12
                        }
                    }
                }
                StateView {
                    anchors.fill: parent
                    visible: page.lists.count === 0
                    state: page.lists.loading ? "loading" : "empty"
                    title: page.lists.loading ? qsTr("Reading the cache…") : qsTr("No target lists yet")
                    detail: Workspace.canManageTriage ? qsTr("Import a CSV of the companies you want to win.") : ""
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            visible: page.lists.count > 0
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Label { Layout.fillWidth: true; text: page.lists.nameOf(page.currentId); color: Theme.text; font.pixelSize: 20; font.weight: Font.DemiBold; elide: Text.ElideRight }
                Button {
                    objectName: "neverVisited"
                    text: qsTr("Never visited")
                    checkable: true
                    checked: page.accounts.neverVisitedOnly
                    onToggled: page.accounts.neverVisitedOnly = checked
                }
                Button {
                    objectName: "showListLeads"
                    text: qsTr("Show their leads")
                    onClicked: { Workspace.leads.clearFilters(); Workspace.leads.targetListId = page.currentId; page.shell.show("leads") }
                }
                Button {
                    objectName: "alertOnReturn"
                    text: qsTr("Alert me when they return")
                    onClicked: Workspace.alertRules.watchTargetList(page.currentId)
                }
                Button {
                    visible: Workspace.canManageTriage
                    text: qsTr("Delete list")
                    enabled: Workspace.sync.online
                    onClicked: page.lists.deleteList(page.currentId)
                }
            }
            ListView {
                objectName: "targetAccounts"
                Accessible.name: qsTr("Accounts on this list")
                activeFocusOnTab: true
                readonly property bool keyboardFocusRing: true
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.accounts
                delegate: ItemDelegate {
                    id: accountRow
                    required property var model
                    width: ListView.view.width
                    enabled: model.leadId > 0
                    onClicked: page.shell.openLead(model.leadId)
                    Accessible.name: model.domain
                    contentItem: RowLayout {
                        spacing: 12
                        Label { text: accountRow.model.domain; color: Theme.text; font.weight: Font.DemiBold; Layout.preferredWidth: 230; elide: Text.ElideRight }
                        Label { text: accountRow.model.leadName || accountRow.model.name; color: Theme.text; Layout.fillWidth: true; elide: Text.ElideRight }
                        Chip {
                            visible: accountRow.model.fit !== undefined && accountRow.model.leadId > 0
                            text: qsTr("Fit %1").arg(accountRow.model.fit)
                            tint: Theme.brand
                        }
                        Label {
                            text: accountRow.model.hidden ? qsTr("hidden")
                                  : accountRow.model.leadId > 0 ? qsTr("visited %1").arg(Format.relative(accountRow.model.lastVisitAt))
                                  : qsTr("never visited")
                            color: accountRow.model.leadId > 0 ? Theme.success : Theme.mutedText
                            Layout.preferredWidth: 170
                        }
                    }
                }
            }
        }
    }
}
