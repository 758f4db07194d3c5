import QtQuick
import QtQuick.Controls
import com.miraget.desktop

// One keyboard-focus ring for the whole window, around whatever has the focus. Material marks
// focus with a faint ripple only, which is hard to see and on flat buttons barely there; a ring is
// what a keyboard user looks for. It is two lines, the brand colour outside and the surface colour
// inside, so it shows on the blue top bar as well as on a white card.
//
// Controls get it when the focus came from the keyboard (their visualFocus), so a mouse click
// draws nothing. Text inputs, slider handles and the rows of our lists are not controls and do not
// know how their focus came; they get it whenever they have the focus (a text field's caret shows
// it anyway), which is why the rows opt in with `keyboardFocusRing`.
Item {
    id: ring

    objectName: "focusRing"

    readonly property Item focused: Window.window ? Window.window.activeFocusItem : null
    // A spin box's text input has the focus; the ring goes round the whole spin box.
    readonly property Item target: focused && focused.parent && focused.parent.contentItem === focused
                                   && focused.parent.visualFocus !== undefined ? focused.parent : focused
    readonly property bool shown: !!focused && focused.visible && (focused.visualFocus === true
        || (focused.visualFocus === undefined
            && (focused.cursorPosition !== undefined || focused.handleHasFocus === true
                || focused.keyboardFocusRing === true)))

    // Around the target, cut to what of it can be seen: the ring lives in the overlay, which nothing
    // clips, so a row scrolled out of its list must not leave a ring floating over the header.
    function place() {
        if (!shown)
            return
        let r = target.mapToItem(parent, -3, -3, target.width + 6, target.height + 6)
        for (let a = target.parent; a; a = a.parent) {
            if (!a.clip)
                continue
            const c = a.mapToItem(parent, 0, 0, a.width, a.height)
            const left = Math.max(r.x, c.x), top = Math.max(r.y, c.y)
            const right = Math.min(r.x + r.width, c.x + c.width), bottom = Math.min(r.y + r.height, c.y + c.height)
            r = Qt.rect(left, top, Math.max(0, right - left), Math.max(0, bottom - top))
        }
        x = r.x
        y = r.y
        width = r.width
        height = r.height
    }

    z: 1000000
    visible: shown && width > 6 && height > 6
    onTargetChanged: place()
    onShownChanged: place()
    // The focused item can move while it keeps the focus (a page scrolls, a layout settles).
    Connections {
        target: ring.Window.window
        enabled: ring.shown
        function onAfterAnimating() { ring.place() }
    }

    Rectangle {
        anchors.fill: parent
        color: "transparent"
        radius: 6
        border.width: 2
        border.color: Theme.focusRing
    }
    Rectangle {
        anchors.fill: parent
        anchors.margins: 2
        color: "transparent"
        radius: 4
        border.width: 1
        border.color: Theme.surface
    }
}
