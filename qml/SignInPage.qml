import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Sign-in: the server address (validated as it is typed, with the servers used before), then the
// system browser does the rest. Everything it shows comes from SignInController.
Rectangle {
    id: page

    property bool canGoBack: false
    signal back()
    signal done()

    color: "white"
    radius: 12
    border.color: Theme.cardBorder
    implicitHeight: content.implicitHeight + 64

    SignInController {
        id: controller
        onSignedIn: page.done()
    }

    ColumnLayout {
        id: content

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 32
        spacing: 12

        Label {
            text: qsTr("Sign in to Miraget")
            color: Theme.text
            font.pixelSize: 22
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Your browser opens to sign you in; your password never passes through this app.")
            color: Theme.mutedText
            wrapMode: Text.WordWrap
        }

        Label {
            Layout.topMargin: 8
            text: qsTr("Server")
            color: Theme.mutedText
            font.pixelSize: 12
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            TextField {
                id: serverField

                objectName: "serverField"
                Layout.fillWidth: true
                enabled: !controller.busy
                text: controller.serverText
                placeholderText: "https://miraget.example.com"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                onTextEdited: controller.serverText = text
                onAccepted: if (controller.serverValid) controller.signIn()
                Accessible.name: qsTr("Miraget server address")
            }
            ComboBox {
                // Servers used before; picking one fills the field.
                visible: controller.rememberedServers.length > 0
                enabled: !controller.busy
                model: controller.rememberedServers
                displayText: qsTr("Recent")
                onActivated: index => controller.serverText = controller.rememberedServers[index]
                Accessible.name: qsTr("Recently used servers")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: controller.serverText.trim().length === 0
            text: qsTr("No server configured")
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: controller.serverText.trim().length === 0
            text: qsTr("Enter your company's Miraget address, e.g. https://miraget.example.com.")
            color: Theme.mutedText
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "serverError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: controller.serverError
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            visible: controller.serverValid
            spacing: 8

            Badge {
                text: controller.serverSecure ? qsTr("HTTPS · encrypted") : qsTr("HTTP · not encrypted")
                tint: controller.serverSecure ? "#1f8a4c" : "#b26a00"
            }
            Badge {
                text: controller.serverLoopback ? qsTr("Loopback · this computer only") : qsTr("Remote host")
                tint: controller.serverLoopback ? "#6b4fd8" : "#2f6fd8"
            }
        }

        RowLayout {
            Layout.topMargin: 8
            spacing: 8

            Button {
                objectName: "signInButton"
                text: qsTr("Sign in with browser")
                highlighted: true
                enabled: controller.serverValid && !controller.busy
                onClicked: controller.signIn()
                Accessible.name: text
            }
            Button {
                text: qsTr("Cancel")
                visible: controller.busy
                onClicked: controller.cancel()
                Accessible.name: qsTr("Cancel sign-in")
            }
            Button {
                text: qsTr("Back")
                visible: page.canGoBack && !controller.busy
                onClicked: page.back()
            }
            BusyIndicator {
                running: controller.busy
                visible: running
                implicitWidth: 28
                implicitHeight: 28
            }
        }
        Label {
            Layout.fillWidth: true
            visible: controller.busy
            text: controller.statusText
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "signInError"
            Layout.fillWidth: true
            visible: controller.stage === SignInFlow.Failed && controller.errorMessage.length > 0
            text: controller.errorMessage
            color: Theme.danger
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
        }

        // No browser could be opened: the address to copy, and a field for where the browser ended up.
        ColumnLayout {
            Layout.fillWidth: true
            visible: controller.stage === SignInFlow.WaitingForBrowser && !controller.browserOpened
            spacing: 8

            Label {
                Layout.fillWidth: true
                text: qsTr("No browser could be opened. Open this address yourself:")
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    Layout.fillWidth: true
                    readOnly: true
                    text: controller.authorizeUrl
                    Accessible.name: qsTr("Sign-in address")
                }
                Button {
                    text: qsTr("Copy")
                    onClicked: controller.copyAuthorizeUrl()
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("After signing in, paste the address the browser shows (it starts with http://127.0.0.1):")
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: pasted
                    Layout.fillWidth: true
                    placeholderText: "http://127.0.0.1:…/callback?…"
                    Accessible.name: qsTr("Address after sign-in")
                }
                Button {
                    text: qsTr("Continue")
                    enabled: pasted.text.length > 0
                    onClicked: controller.submitRedirect(pasted.text)
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: 8
            implicitHeight: 1
            color: Theme.cardBorder
        }
        GridLayout {
            columns: 2
            columnSpacing: 24
            rowSpacing: 6

            Label { text: qsTr("Profile"); color: Theme.mutedText }
            Label { objectName: "profileLabel"; text: AppContext.profile; color: Theme.text }
            Label { text: qsTr("Version"); color: Theme.mutedText }
            Label { objectName: "versionLabel"; text: AppContext.version; color: Theme.text }
        }
    }
}
