import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Account: who you are, the account's details, the team and its roles (owners and admins change
// roles; only an owner grants or removes the owner role) and the sites with their tracker status
// and people tracked against the plan's limit.
Flickable {
    id: page

    FocusScroller { flickable: page }

    property var shell
    readonly property var me: Workspace.accountInfo.me
    readonly property var account: Workspace.accountInfo.account

    objectName: "accountPage"
    Accessible.name: qsTr("Account")
    contentHeight: column.implicitHeight + 48
    clip: true
    ScrollBar.vertical: ScrollBar {}

    Connections {
        target: Workspace.team
        function onActionFinished(ok, message) { page.shell.report(ok, message) }
    }

    ColumnLayout {
        id: column
        x: 24
        y: 24
        width: page.width - 48
        spacing: Theme.gap

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Account")
            subtitle: page.account.name || ""
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Card {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                title: qsTr("You")
                implicitHeight: youColumn.implicitHeight + 60
                ColumnLayout {
                    id: youColumn
                    width: parent.width
                    Label { objectName: "profileName"; text: page.me.name || ""; color: Theme.text; font.pixelSize: 18; font.weight: Font.DemiBold }
                    Label { objectName: "profileEmail"; text: page.me.email || ""; color: Theme.mutedText }
                    Chip { text: Format.label(page.me.role || ""); tint: Theme.brand }
                }
            }
            Card {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                title: qsTr("Account details")
                implicitHeight: accountGrid.implicitHeight + 60
                GridLayout {
                    id: accountGrid
                    width: parent.width
                    columns: 2
                    columnSpacing: 12
                    Label { text: qsTr("Name"); color: Theme.mutedText }
                    Label { Layout.fillWidth: true; text: page.account.name || ""; color: Theme.text; elide: Text.ElideRight }
                    Label { text: qsTr("Website"); color: Theme.mutedText }
                    Label { Layout.fillWidth: true; text: page.account.website || ""; color: Theme.text; elide: Text.ElideRight }
                    Label { text: qsTr("Billing address"); color: Theme.mutedText }
                    Label { Layout.fillWidth: true; text: page.account.billing_address || ""; color: Theme.text; wrapMode: Text.WordWrap }
                    Label { text: qsTr("Data retention"); color: Theme.mutedText }
                    Label { text: page.account.retention_days ? qsTr("%n day(s)", "", page.account.retention_days) : ""; color: Theme.text }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Team")
            implicitHeight: teamList.contentHeight + 70
            ListView {
                id: teamList
                anchors.fill: parent
                interactive: false
                model: Workspace.team
                delegate: RowLayout {
                    required property int memberId
                    required property string name
                    required property string email
                    required property string teamRole
                    required property bool isMe
                    width: ListView.view.width
                    height: 44
                    spacing: 12
                    Label { Layout.preferredWidth: 220; text: name + (isMe ? qsTr(" (you)") : ""); color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight }
                    Label { Layout.fillWidth: true; text: email; color: Theme.mutedText; elide: Text.ElideRight }
                    ComboBox {
                        Layout.preferredWidth: 160
                        visible: Workspace.canManageTeam
                        enabled: Workspace.sync.online
                        model: ["owner", "admin", "billing", "sales", "viewer"]
                        displayText: Format.label(currentText)
                        currentIndex: model.indexOf(teamRole)
                        delegate: ItemDelegate {
                            required property string modelData
                            width: ListView.view ? ListView.view.width : 160
                            text: Format.label(modelData)
                        }
                        onActivated: if (currentText !== teamRole) Workspace.team.changeRole(memberId, currentText)
                        Accessible.name: qsTr("Role of %1").arg(name)
                    }
                    Chip { visible: !Workspace.canManageTeam; text: Format.label(teamRole); tint: Theme.brand }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            title: qsTr("Sites")
            implicitHeight: sitesList.contentHeight + 70
            ListView {
                id: sitesList
                anchors.fill: parent
                interactive: false
                model: Workspace.sites
                delegate: RowLayout {
                    required property string domain
                    required property string trackerStatus
                    required property int peopleTracked
                    required property int peopleLimit
                    required property real usage
                    width: ListView.view.width
                    height: 44
                    spacing: 12
                    Label { Layout.preferredWidth: 260; text: domain; color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight }
                    Chip { text: Format.label(trackerStatus); tint: Theme.stateColor(trackerStatus) }
                    ProgressBar { Layout.fillWidth: true; value: Math.min(1, usage) }
                    Label {
                        Layout.preferredWidth: 220
                        text: qsTr("%1 of %2 people tracked").arg(Format.number(peopleTracked)).arg(Format.number(peopleLimit))
                        color: usage > 1 ? Theme.danger : Theme.mutedText
                        horizontalAlignment: Text.AlignRight
                    }
                }
            }
        }
    }
}
