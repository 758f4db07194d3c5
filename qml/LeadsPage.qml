import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Leads: the list (search, filters, sort, saved views, bulk edits, CSV export) and, on top of it,
// a lead's detail. Esc or Back returns to the list where it was.
StackView {
    id: stack

    property var shell

    objectName: "leadsPage"
    Accessible.name: qsTr("Leads")
    initialItem: listComponent

    // The focus lands on Back; Tab goes on into the lead. Shown as keyboard focus (its ring) only
    // when the keyboard got the user here.
    function openDetail(byKeyboard) {
        if (depth === 1)
            push(detailComponent)
        if (currentItem && currentItem.focusStart)
            currentItem.focusStart(byKeyboard ? Qt.TabFocusReason : Qt.OtherFocusReason)
    }
    // Back to the list, where it was: same row, and the focus on it again.
    function back(byKeyboard) {
        if (depth > 1)
            pop()
        if (currentItem && currentItem.focusTable)
            currentItem.focusTable(byKeyboard ? Qt.TabFocusReason : Qt.OtherFocusReason)
    }
    function focusSearch() {
        if (depth > 1)
            pop()
        if (currentItem && currentItem.focusSearch)
            currentItem.focusSearch()
    }

    Shortcut {
        sequence: StandardKey.Cancel
        enabled: stack.depth > 1
        onActivated: stack.back(true)
    }

    Component {
        id: listComponent
        LeadListView {
            shell: stack.shell
            onOpen: (leadId, byKeyboard) => {
                Workspace.leadDetail.leadId = leadId
                stack.openDetail(byKeyboard)
            }
        }
    }
    Component {
        id: detailComponent
        LeadDetailPage {
            shell: stack.shell
            onBack: byKeyboard => stack.back(byKeyboard)
        }
    }
}
