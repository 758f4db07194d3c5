import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A titled panel on a screen: a surface with a border, an optional title and action, and content.
Rectangle {
    id: card

    property string title
    property alias actions: actionRow.data
    default property alias content: body.data
    property int padding: 16
    // Cards whose content sizes itself set this (e.g. to a column's implicitHeight); cards whose
    // content fills them set implicitHeight or a layout height instead.
    property real contentHeight: 0

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.cardBorder
    implicitWidth: 320
    implicitHeight: (title.length > 0 ? header.implicitHeight + 8 : 0) + contentHeight + 2 * padding

    RowLayout {
        id: header
        visible: card.title.length > 0
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: card.padding }
        Label {
            Layout.fillWidth: true
            text: card.title
            color: Theme.text
            font.pixelSize: 15
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
        RowLayout { id: actionRow; spacing: 4 }
    }
    Item {
        id: body
        anchors {
            left: parent.left; right: parent.right; bottom: parent.bottom
            top: card.title.length > 0 ? header.bottom : parent.top
            leftMargin: card.padding; rightMargin: card.padding; bottomMargin: card.padding
            topMargin: card.title.length > 0 ? 8 : card.padding
        }
    }
}
