import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Help → About Miraget: the version, the Qt it runs on, the licences (the app's own and the
// third-party components NOTICE lists) and the Terms and Privacy pages. Esc or Close closes it.
Dialog {
    id: dialog

    objectName: "aboutDialog"
    modal: true
    focus: true
    width: 520 // fixed: a longer translated title or text would make implicitWidth loop
    title: qsTr("About Miraget")
    standardButtons: Dialog.Close

    ColumnLayout {
        width: 460
        spacing: 6

        Label {
            text: qsTr("Miraget Desktop %1").arg(AppContext.version)
            color: Theme.text
            font.pixelSize: 17
            font.weight: Font.DemiBold
        }
        Label { text: qsTr("Powered by Miraget"); color: Theme.mutedText }
        Label { text: qsTr("Built with Qt %1").arg(AppContext.qtVersion); color: Theme.mutedText }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: 8
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("Miraget Desktop is proprietary software. © Miraget. All rights reserved.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("Third-party components: Qt (GNU LGPL v3; Qt Charts and Qt HTTP Server GNU GPL v3), SQLCipher (BSD-style licence, includes the public-domain SQLite), QtKeychain (BSD 3-Clause), OpenSSL (Apache License 2.0). Their licence texts come with the operating system's packages.")
        }
        RowLayout {
            Layout.topMargin: 8
            spacing: 16
            Label {
                objectName: "termsLink"
                text: "<a href=\"https://miraget.com/terms\">" + qsTr("Terms of Service") + "</a>"
                textFormat: Text.StyledText
                linkColor: Theme.brand
                onLinkActivated: link => Qt.openUrlExternally(link)
            }
            Label {
                objectName: "privacyLink"
                text: "<a href=\"https://miraget.com/privacy\">" + qsTr("Privacy Policy") + "</a>"
                textFormat: Text.StyledText
                linkColor: Theme.brand
                onLinkActivated: link => Qt.openUrlExternally(link)
            }
        }
    }
}
