import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A screen's title line: the title, a line under it, and the screen's own controls on the right.
RowLayout {
    id: header

    property string title
    property string subtitle
    default property alias controls: controlRow.data

    spacing: 12

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Label {
            text: header.title
            color: Theme.text
            font.pixelSize: 22
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: header.subtitle
            color: Theme.mutedText
            elide: Text.ElideRight
        }
    }
    RowLayout { id: controlRow; spacing: 8 }
}
