import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import com.miraget.desktop

// The lead table over the cache. The model is windowed: only the pages on screen are read, so a
// million leads scroll like a thousand; rows not read yet show as grey placeholders for a moment.
Item {
    id: view

    property var shell
    readonly property LeadListModel leads: Workspace.leads
    // byKeyboard: the lead detail then shows where the keyboard focus landed (its focus ring).
    signal open(int leadId, bool byKeyboard)

    property int anchorRow: -1 // for shift-click ranges

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }
    function focusTable(reason) {
        table.forceActiveFocus(reason)
    }

    Component.onCompleted: leads.options.load()

    Connections {
        target: view.leads
        function onActionFinished(ok, message) { view.shell.report(ok, message) }
    }

    // Every column, most important first; the company takes what is left (at least 260 px). A
    // narrow window drops the columns at the end of this list rather than squeezing the names.
    // Keys and widths only: neither changes with the language or the width, so the header's
    // buttons (one per column, hidden when dropped) are made once. Rebuilding them while Qt Quick
    // Layouts arranges the header made Qt 6.4's layout engine read a freed button (a crash at
    // start, when the window's first size came in).
    readonly property var columnsByImportance: [
        { key: "name", width: -1 }, { key: "score", width: 100 }, { key: "fit", width: 64 }, { key: "status", width: 100 },
        { key: "lastVisit", width: 125 }, { key: "assignee", width: 130 }, { key: "country", width: 145 },
        { key: "industry", width: 140 }, { key: "pageViews", width: 60 }, { key: "visits", width: 56 },
        { key: "size", width: 80 }
    ]
    // The order columns are shown in, whatever was dropped (LeadRow's order).
    readonly property var columnsInOrder: ["name", "score", "fit", "status", "assignee", "country", "industry",
        "size", "lastVisit", "visits", "pageViews"].map(key => columnsByImportance.find(c => c.key === key))
    // key → true for the columns that fit the table's width.
    readonly property var shown: {
        let room = table.width - 28 - 24 - 32 - 260
        const map = { name: true }
        for (let i = 1; i < columnsByImportance.length; ++i) {
            const c = columnsByImportance[i]
            if (room < c.width + 8)
                break
            room -= c.width + 8
            map[c.key] = true
        }
        return map
    }
    function columnTitle(key) {
        switch (key) {
        case "name": return qsTr("Company")
        case "score": return qsTr("Score")
        case "fit": return qsTr("Fit")
        case "status": return qsTr("Status")
        case "lastVisit": return qsTr("Last visit")
        case "assignee": return qsTr("Assignee")
        case "country": return qsTr("Country")
        case "industry": return qsTr("Industry")
        case "pageViews": return qsTr("Views")
        case "visits": return qsTr("Visits")
        case "size": return qsTr("Size")
        }
        return key
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the leads in this view")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("CSV files (*.csv)")]
        defaultSuffix: "csv"
        onAccepted: view.leads.exporter.toCsv(selectedFile)
    }

    Dialog {
        id: saveViewDialog
        focus: true
        anchors.centerIn: parent
        modal: true
        width: 380 // fixed: a longer translated title or button would make implicitWidth loop
        title: qsTr("Save this view")
        standardButtons: Dialog.Save | Dialog.Cancel
        TextField {
            id: viewName
            width: 320
            placeholderText: qsTr("Name, e.g. Hot UK leads")
            Accessible.name: qsTr("View name")
        }
        onAccepted: if (Workspace.savedViews.save(viewName.text, view.leads.viewState())) view.shell.report(true, qsTr("View “%1” saved.").arg(viewName.text.trim()))
        onOpened: { viewName.text = ""; viewName.forceActiveFocus() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Leads")
            subtitle: view.leads.loading && view.leads.count === 0 ? qsTr("Reading the cache…")
                    : view.leads.filtered ? qsTr("%n lead(s) match", "", view.leads.count)
                    : qsTr("%n lead(s)", "", view.leads.count)

            TextField {
                id: searchField
                objectName: "leadSearch"
                Layout.preferredWidth: 300
                placeholderText: qsTr("Search name, domain, tags, notes (Ctrl+F)")
                text: view.leads.search
                onTextEdited: view.leads.search = text
                Accessible.name: qsTr("Search leads")
                Keys.onEscapePressed: { text = ""; view.leads.search = "" }
            }
            Button {
                text: qsTr("Views ▾")
                onClicked: viewsMenu.open()
                Accessible.name: qsTr("Saved views")
                Menu {
                    id: viewsMenu
                    y: parent.height
                    MenuItem { text: qsTr("Save current view…"); onTriggered: saveViewDialog.open() }
                    MenuItem {
                        objectName: "copyViewLink"
                        text: qsTr("Copy link to this view")
                        onTriggered: Workspace.links.copyLeadsLink()
                    }
                    MenuSeparator { visible: Workspace.savedViews.count > 0 }
                    Repeater {
                        model: Workspace.savedViews
                        delegate: MenuItem {
                            required property int index
                            required property string name
                            text: name
                            onTriggered: view.leads.applyViewState(Workspace.savedViews.stateAt(index))
                        }
                    }
                }
            }
            Button {
                objectName: "exportCsvButton"
                text: qsTr("Export CSV")
                onClicked: exportDialog.open()
            }
        }

        LeadFilterBar {
            Layout.fillWidth: true
            leads: view.leads
        }

        NoticeBar {
            objectName: "leadsPreparing"
            Layout.fillWidth: true
            text: view.leads.preparing
                  ? qsTr("The first sync is still loading leads. The list shows them as they arrive; sorting is slower, and search and tag filters find them once the list is prepared.")
                  : ""
        }

        // Bulk edits for the selected leads.
        Rectangle {
            Layout.fillWidth: true
            visible: view.leads.selection.count > 0
            implicitHeight: bulkRow.implicitHeight + 12
            radius: 8
            color: Theme.selection
            RowLayout {
                id: bulkRow
                anchors.fill: parent
                anchors.margins: 6
                spacing: 8
                Label {
                    text: qsTr("%n selected", "", view.leads.selection.count)
                    color: Theme.text
                    font.weight: Font.DemiBold
                }
                Button {
                    text: qsTr("Set status ▾")
                    enabled: Workspace.canEditLeads
                    onClicked: statusMenu.open()
                    Menu {
                        id: statusMenu
                        y: parent.height
                        Repeater {
                            model: Format.leadStatuses
                            delegate: MenuItem {
                                required property string modelData
                                text: Format.label(modelData)
                                onTriggered: view.leads.bulk.setStatus(modelData)
                            }
                        }
                    }
                }
                Button {
                    text: qsTr("Assign ▾")
                    enabled: Workspace.canEditLeads
                    onClicked: assignMenu.open()
                    Menu {
                        id: assignMenu
                        y: parent.height
                        MenuItem { text: qsTr("Nobody"); onTriggered: view.leads.bulk.assign(0) }
                        Repeater {
                            model: Workspace.team
                            delegate: MenuItem {
                                required property int memberId
                                required property string name
                                required property bool assignable
                                visible: assignable
                                height: visible ? implicitHeight : 0
                                text: name
                                onTriggered: view.leads.bulk.assign(memberId)
                            }
                        }
                    }
                }
                TextField {
                    id: bulkTag
                    Layout.preferredWidth: 160
                    placeholderText: qsTr("Tag")
                    enabled: Workspace.canEditLeads
                    Accessible.name: qsTr("Tag for the selected leads")
                }
                Button {
                    text: qsTr("Add tag")
                    enabled: Workspace.canEditLeads && bulkTag.text.trim().length > 0
                    onClicked: view.leads.bulk.addTag(bulkTag.text)
                }
                Button {
                    text: qsTr("Remove tag")
                    enabled: Workspace.canEditLeads && bulkTag.text.trim().length > 0
                    onClicked: view.leads.bulk.removeTag(bulkTag.text)
                }
                Item { Layout.fillWidth: true }
                Button { text: qsTr("Select all %n", "", view.leads.count); flat: true; onClicked: view.leads.selection.selectAll() }
                Button { text: qsTr("Clear selection"); flat: true; onClicked: view.leads.selection.clear() }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.cardBorder
            clip: true

            // Column headers: click to sort, click again to reverse.
            Rectangle {
                id: headerRow
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 1 }
                height: 36
                color: Theme.surfaceAlt
                radius: Theme.radius
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 16
                    spacing: 8
                    Item { Layout.preferredWidth: 28 }
                    Repeater {
                        model: view.columnsInOrder
                        // Buttons, so that sorting works from the keyboard too.
                        delegate: LinkButton {
                            required property var modelData
                            readonly property bool sorted: view.leads.sortColumn === modelData.key
                            readonly property string title: view.columnTitle(modelData.key)
                            objectName: "sort-" + modelData.key
                            visible: view.shown[modelData.key] === true
                            Layout.preferredWidth: modelData.width > 0 ? modelData.width : -1
                            Layout.fillWidth: modelData.width < 0
                            Layout.fillHeight: true
                            text: title + (sorted ? (view.leads.sortDescending ? " ▼" : " ▲") : "")
                            color: sorted ? Theme.brand : Theme.mutedText
                            font.pixelSize: 12
                            font.weight: Font.DemiBold
                            onClicked: view.leads.sortBy(modelData.key)
                            Accessible.role: Accessible.ColumnHeader
                            Accessible.name: qsTr("Sort by %1").arg(title)
                        }
                    }
                    Item { Layout.preferredWidth: 24 }
                }
            }

            ListView {
                id: table
                objectName: "leadTable"
                anchors { left: parent.left; right: parent.right; top: headerRow.bottom; bottom: parent.bottom; margins: 1 }
                clip: true
                model: view.leads
                reuseItems: true
                cacheBuffer: 400
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                focus: true
                activeFocusOnTab: true
                readonly property bool keyboardFocusRing: true // with no rows the list itself has the focus
                highlightMoveDuration: 0
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
                Keys.onReturnPressed: if (currentIndex >= 0 && view.leads.idAt(currentIndex) > 0) view.open(view.leads.idAt(currentIndex), true)
                Keys.onEnterPressed: if (currentIndex >= 0 && view.leads.idAt(currentIndex) > 0) view.open(view.leads.idAt(currentIndex), true)
                Keys.onSpacePressed: if (currentIndex >= 0) view.leads.selection.toggle(currentIndex)
                // A page of rows at a time, and the ends, as in any desktop table.
                readonly property int pageRows: Math.max(1, Math.floor(height / Theme.leadRowHeight) - 1)
                Keys.onPressed: event => {
                    if (count === 0)
                        return
                    const last = count - 1
                    const from = Math.max(currentIndex, 0)
                    let to = -1
                    if (event.key === Qt.Key_PageDown) to = Math.min(last, from + pageRows)
                    else if (event.key === Qt.Key_PageUp) to = Math.max(0, from - pageRows)
                    else if (event.key === Qt.Key_Home) to = 0
                    else if (event.key === Qt.Key_End) to = last
                    if (to < 0)
                        return
                    currentIndex = to
                    positionViewAtIndex(to, ListView.Contain)
                    event.accepted = true
                }
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Leads")

                delegate: LeadRow {
                    width: table.width - 12
                    shown: view.shown
                    current: ListView.isCurrentItem
                    onClicked: (row, modifiers) => {
                        table.currentIndex = row
                        if (modifiers & Qt.ShiftModifier && view.anchorRow >= 0) {
                            view.leads.selection.selectRange(view.anchorRow, row)
                        } else if (modifiers & Qt.ControlModifier) {
                            view.leads.selection.toggle(row)
                            view.anchorRow = row
                        } else if (leadId > 0) {
                            view.open(leadId, false)
                        }
                    }
                    onToggled: row => { view.leads.selection.toggle(row); view.anchorRow = row }
                }

                StateView {
                    anchors.fill: parent
                    state: table.count > 0 ? "" : view.leads.loading ? "loading"
                         : view.leads.error.length > 0 ? "error"
                         : view.leads.filtered ? "empty" : Workspace.sync.online ? "empty" : "offline"
                    title: state === "loading" ? qsTr("Reading the cache…")
                         : state === "error" ? qsTr("The leads could not be read")
                         : state === "offline" ? qsTr("No leads cached yet")
                         : view.leads.filtered ? qsTr("No leads match") : qsTr("No leads yet")
                    detail: state === "error" ? view.leads.error
                          : state === "offline" ? qsTr("Connect once to sync the account; after that the list works offline.")
                          : view.leads.filtered ? qsTr("Try fewer filters or other words.")
                          : qsTr("Leads appear when your sites' visitors are identified as companies.")
                    actionText: view.leads.filtered ? qsTr("Clear filters") : ""
                    onAction: { searchField.text = ""; view.leads.clearFilters() }
                }
            }
        }
    }
}
