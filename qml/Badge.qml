import QtQuick
import QtQuick.Controls

// A small rounded label in a tint, for facts like "HTTPS · encrypted" or a team role.
Rectangle {
    property alias text: badgeLabel.text
    property color tint: Theme.brand

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
