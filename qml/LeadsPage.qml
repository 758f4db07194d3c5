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

    function openDetail() {
        if (depth === 1)
            push(detailComponent)
        // Keyboard users land on Back; Tab goes on into the lead.
        if (currentItem && currentItem.focusStart)
            currentItem.focusStart()
    }
    // Back to the list, where it was: same row, and the keyboard focus on it again.
    function back() {
        if (depth > 1)
            pop()
        if (currentItem && currentItem.focusTable)
            currentItem.focusTable()
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
        onActivated: stack.back()
    }

    Component {
        id: listComponent
        LeadListView {
            shell: stack.shell
            onOpen: leadId => {
                Workspace.leadDetail.leadId = leadId
                stack.openDetail()
            }
        }
    }
    Component {
        id: detailComponent
        LeadDetailPage {
            shell: stack.shell
            onBack: stack.back()
        }
    }
}
