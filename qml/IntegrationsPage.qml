import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Integrations (MiragetConnector): each connection with its status, last sync, records moved and
// errors; "Sync now" for owners and admins; and the recent sync runs.
Item {
    id: page

    property var shell
    objectName: "integrationsPage"
    Accessible.name: qsTr("Integrations")

    Connections {
        target: Workspace.integrations
        function onActionFinished(ok, message) { page.shell.report(ok, message) }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: Theme.gap

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Integrations")
            subtitle: qsTr("Connections that import and export your data (MiragetConnector)")
        }

        GridLayout {
            Layout.fillWidth: true
            columns: width > 1000 ? 4 : 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap

            Repeater {
                model: Workspace.integrations
                delegate: Card {
                    required property int integrationId
                    required property string name
                    required property string provider
                    required property string status
                    required property var lastSyncAt
                    required property int recordsImported
                    required property int recordsExported
                    required property int errorCount
                    required property var lastError
                    required property bool running

                    Layout.fillWidth: true
                    implicitHeight: 210
                    title: name
                    actions: Chip { text: running ? Format.label("running") : Format.label(status); tint: Theme.stateColor(running ? "running" : status) }

                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 4
                        Label { text: Format.label(provider); color: Theme.mutedText }
                        Label { text: qsTr("Last sync: %1").arg(Format.relative(lastSyncAt)); color: Theme.text }
                        Label { text: qsTr("%1 imported · %2 exported").arg(Format.number(recordsImported)).arg(Format.number(recordsExported)); color: Theme.text }
                        Label {
                            text: qsTr("%n error(s)", "", errorCount)
                            color: errorCount > 0 ? Theme.danger : Theme.mutedText
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: !!lastError
                            text: lastError || ""
                            color: Theme.danger
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            font.pixelSize: 12
                        }
                        Item { Layout.fillHeight: true }
                        RowLayout {
                            Button {
                                objectName: "syncNow-" + provider
                                text: running ? qsTr("Syncing…") : qsTr("Sync now")
                                visible: Workspace.canManageIntegrations
                                enabled: !running && status !== "disconnected" && Workspace.sync.online
                                onClicked: Workspace.integrations.syncNow(integrationId)
                                ToolTip.visible: hovered && !enabled
                                ToolTip.text: !Workspace.sync.online ? qsTr("Needs a connection to the server") : qsTr("Not connected")
                            }
                            Button {
                                text: qsTr("Runs")
                                flat: true
                                onClicked: Workspace.syncRuns.integrationId = (Workspace.syncRuns.integrationId === integrationId ? 0 : integrationId)
                                highlighted: Workspace.syncRuns.integrationId === integrationId
                            }
                        }
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: Workspace.syncRuns.integrationId > 0 ? qsTr("Recent sync runs of this integration") : qsTr("Recent sync runs")

            ListView {
                id: runs
                anchors.fill: parent
                clip: true
                model: Workspace.syncRuns
                ScrollBar.vertical: ScrollBar {}
                delegate: RowLayout {
                    required property var integrationName
                    required property string trigger
                    required property string status
                    required property var startedAt
                    required property var finishedAt
                    required property int records
                    required property int errors
                    required property var errorMessage
                    width: ListView.view.width
                    height: 32
                    spacing: 12
                    Label { Layout.preferredWidth: 150; text: integrationName || ""; color: Theme.text; elide: Text.ElideRight }
                    Chip { text: Format.label(status); tint: Theme.stateColor(status) }
                    Label { Layout.preferredWidth: 90; text: Format.label(trigger); color: Theme.mutedText }
                    Label { Layout.preferredWidth: 160; text: Format.dateTime(startedAt); color: Theme.text }
                    Label { Layout.preferredWidth: 120; text: qsTr("%n record(s)", "", records); color: Theme.text }
                    Label { Layout.fillWidth: true; text: errorMessage || ""; color: Theme.danger; elide: Text.ElideRight }
                }
                StateView {
                    anchors.fill: parent
                    state: runs.count > 0 ? "" : Workspace.syncRuns.loading ? "loading" : "empty"
                    title: qsTr("No sync runs yet")
                }
            }
        }
    }
}
