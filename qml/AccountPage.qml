import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Who is signed in, and the other accounts of this profile: switch, add, sign out.
Rectangle {
    id: page

    required property AccountsModel accounts
    signal addAccount()
    signal signOutConfirmed()

    color: "white"
    radius: 12
    border.color: Theme.cardBorder
    implicitHeight: content.implicitHeight + 64

    ColumnLayout {
        id: content

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 32
        spacing: 10

        Label {
            text: qsTr("Signed in")
            color: Theme.mutedText
            font.pixelSize: 12
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
        }
        Label {
            objectName: "currentName"
            text: page.accounts.current.name || ""
            color: Theme.text
            font.pixelSize: 24
            font.weight: Font.DemiBold
        }
        Label {
            objectName: "currentEmail"
            text: page.accounts.current.email || ""
            color: Theme.mutedText
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Badge { objectName: "currentRole"; text: page.accounts.current.userRole || ""; tint: Theme.brand }
            Badge { objectName: "currentAccount"; text: page.accounts.current.accountName || ""; tint: "#1f8a4c" }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("on %1").arg(page.accounts.current.server || "")
            color: Theme.mutedText
            wrapMode: Text.WrapAnywhere
        }

        Label {
            Layout.topMargin: 16
            visible: page.accounts.count > 1
            text: qsTr("Other accounts")
            color: Theme.mutedText
            font.pixelSize: 12
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
        }
        Repeater {
            model: page.accounts
            delegate: RowLayout {
                required property int index
                required property string email
                required property string accountName
                required property string userRole
                required property bool isCurrent

                Layout.fillWidth: true
                visible: !isCurrent
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 — %2 (%3)").arg(email).arg(accountName).arg(userRole)
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Button {
                    text: qsTr("Switch")
                    onClicked: page.accounts.switchTo(index)
                    Accessible.name: qsTr("Switch to %1").arg(email)
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: page.accounts.lastError.length > 0
            text: page.accounts.lastError
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.topMargin: 12
            spacing: 8
            Button {
                objectName: "addAccountButton"
                text: qsTr("Add account")
                onClicked: page.addAccount()
            }
            Button {
                objectName: "signOutButton"
                text: qsTr("Sign out")
                onClicked: confirmSignOut.open()
                Accessible.name: qsTr("Sign out of %1").arg(page.accounts.current.email || "")
            }
        }
    }

    Dialog {
        id: confirmSignOut

        anchors.centerIn: parent
        modal: true
        title: qsTr("Sign out?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            text: qsTr("This signs %1 out on the server and removes the account's sign-in from this computer.")
                      .arg(page.accounts.current.email || "")
            wrapMode: Text.WordWrap
            width: 360
        }
        onAccepted: page.signOutConfirmed()
    }
}
