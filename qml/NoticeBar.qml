import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A standing note about what a screen shows right now (the first sync is still filling it), as
// opposed to MessageBar's answer to something the user did. Hidden while its text is empty.
Rectangle {
    id: notice

    property alias text: label.text

    visible: text.length > 0
    radius: 8
    color: Theme.selection
    border.color: Theme.brand
    implicitHeight: visible ? label.implicitHeight + 16 : 0
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Label {
        id: label
        objectName: notice.objectName + "Text"
        anchors.fill: parent
        anchors.margins: 8
        color: Theme.text
        wrapMode: Text.WordWrap
    }
}
