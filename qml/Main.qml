import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The start window. It only shows what AppContext (C++) says; sign-in and the dashboard replace
// the card in later stages.
ApplicationWindow {
    id: window

    readonly property color brandColor: "#2f4fd8"
    readonly property color pageColor: "#f3f5fa"
    readonly property color cardBorderColor: "#dde2ec"
    readonly property color textColor: "#1d2333"
    readonly property color mutedTextColor: "#677089"

    component Badge: Rectangle {
        property alias text: badgeLabel.text
        property color tint

        implicitWidth: badgeLabel.implicitWidth + 20
        implicitHeight: badgeLabel.implicitHeight + 8
        radius: height / 2
        color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)
        border.color: Qt.rgba(tint.r, tint.g, tint.b, 0.35)

        Label {
            id: badgeLabel
            anchors.centerIn: parent
            color: parent.tint
            font.pixelSize: 12
            font.weight: Font.DemiBold
        }
    }

    component FactLabel: Label {
        color: window.mutedTextColor
        font.pixelSize: 13
    }

    width: 1100
    height: 720
    minimumWidth: 640
    minimumHeight: 480
    visible: true
    title: qsTr("Miraget")
    background: Rectangle { color: window.pageColor }

    header: ToolBar {
        implicitHeight: 56
        background: Rectangle { color: window.brandColor }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 24
            anchors.rightMargin: 24
            spacing: 8

            Label {
                text: qsTr("Miraget")
                color: "white"
                font.pixelSize: 20
                font.weight: Font.Bold
            }
            Label {
                text: qsTr("Desktop")
                color: "#c9d4ff"
                font.pixelSize: 20
            }
            Item { Layout.fillWidth: true }
            Label {
                text: qsTr("Profile: %1").arg(AppContext.profile)
                color: "white"
                font.pixelSize: 13
            }
        }
    }

    Rectangle {
        id: card

        anchors.centerIn: parent
        width: Math.min(560, parent.width - 48)
        height: cardContent.implicitHeight + 64
        radius: 12
        color: "white"
        border.color: window.cardBorderColor

        ColumnLayout {
            id: cardContent

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 32
            spacing: 12

            Label {
                text: qsTr("Server")
                color: window.mutedTextColor
                font.pixelSize: 12
                font.weight: Font.DemiBold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 1
            }
            Label {
                objectName: "serverUrlLabel"
                Layout.fillWidth: true
                text: AppContext.serverConfigured ? AppContext.serverUrl : qsTr("No server configured")
                color: window.textColor
                font.pixelSize: 22
                font.weight: Font.DemiBold
                wrapMode: Text.WrapAnywhere
            }
            Label {
                Layout.fillWidth: true
                visible: !AppContext.serverConfigured
                text: qsTr("Start Miraget with --server https://your-server to choose one.")
                color: window.mutedTextColor
                wrapMode: Text.WordWrap
            }
            Flow {
                Layout.fillWidth: true
                visible: AppContext.serverConfigured
                spacing: 8

                Badge {
                    text: AppContext.serverSecure ? qsTr("HTTPS · encrypted") : qsTr("HTTP · not encrypted")
                    tint: AppContext.serverSecure ? "#1f8a4c" : "#b26a00"
                }
                Badge {
                    text: AppContext.serverLoopback ? qsTr("Loopback · this computer only")
                                                    : qsTr("Remote host")
                    tint: AppContext.serverLoopback ? "#6b4fd8" : "#2f6fd8"
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: 8
                Layout.bottomMargin: 4
                implicitHeight: 1
                color: window.cardBorderColor
            }
            GridLayout {
                columns: 2
                columnSpacing: 24
                rowSpacing: 6

                FactLabel { text: qsTr("Profile") }
                Label {
                    objectName: "profileLabel"
                    text: AppContext.profile
                    color: window.textColor
                }
                FactLabel { text: qsTr("Version") }
                Label {
                    objectName: "versionLabel"
                    text: AppContext.version
                    color: window.textColor
                }
            }
        }
    }

    footer: Label {
        padding: 12
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Powered by Miraget")
        color: window.mutedTextColor
        font.pixelSize: 12
    }
}
