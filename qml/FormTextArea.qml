import QtQuick
import QtQuick.Controls

// A multi-line field in a form (a note, a watch list). Tab and Shift+Tab move on to the next and
// previous control, as in every other field, instead of typing a tab character: otherwise the
// keyboard focus is trapped in it. Ctrl+Enter emits `submitted` for the form's main action.
TextArea {
    id: area

    signal submitted()

    function moveFocus(forward) {
        const next = area.nextItemInFocusChain(forward)
        if (next)
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
    }

    Keys.onTabPressed: event => moveFocus(true)
    Keys.onBacktabPressed: event => moveFocus(false)
    Keys.onReturnPressed: event => {
        if (event.modifiers & Qt.ControlModifier)
            area.submitted()
        else
            event.accepted = false
    }
    Keys.onEnterPressed: event => {
        if (event.modifiers & Qt.ControlModifier)
            area.submitted()
        else
            event.accepted = false
    }
}
