import QtQuick
import QtQuick.Controls
import com.miraget.desktop

// Text that acts as a button: a lead's name in a list, a sortable column header. Unlike a Label with
// a MouseArea it is reached with Tab and pressed with Space or Enter (FocusRing shows the focus).
AbstractButton {
    id: link

    property color color: Theme.brand
    property int elide: Text.ElideRight

    focusPolicy: Qt.StrongFocus
    padding: 2
    Accessible.role: Accessible.Button
    Accessible.name: text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    HoverHandler { cursorShape: link.enabled ? Qt.PointingHandCursor : Qt.ArrowCursor }

    contentItem: Label {
        text: link.text
        color: link.color
        font: link.font
        elide: link.elide
        verticalAlignment: Text.AlignVCenter
    }
}
