import QtQuick
import QtQuick.Controls

// A small coloured label: a lead's status or temperature, an integration's state, a role.
Rectangle {
    id: chip

    property alias text: chipLabel.text
    property color tint: Theme.brand

    implicitWidth: chipLabel.implicitWidth + 14
    implicitHeight: 20
    radius: 10
    color: Qt.rgba(tint.r, tint.g, tint.b, Theme.dark ? 0.22 : 0.13)
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Label {
        id: chipLabel
        anchors.centerIn: parent
        color: chip.tint
        font.pixelSize: 11
        font.weight: Font.DemiBold
    }
}
