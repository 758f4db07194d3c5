import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// One lead: the company, its score, its visits page by page, its notes; and status, assignee,
// tags and notes to edit — offline too, through the outbox, each edit marked pending until the
// server has it. CRM state and "Push to <CRM>" (which needs the network).
Item {
    id: page

    property var shell
    readonly property LeadDetail detail: Workspace.leadDetail
    readonly property var lead: detail.lead
    signal back(bool byKeyboard)

    function factTitle(key) {
        switch (key) {
        case "site": return qsTr("Site")
        case "location": return qsTr("Location")
        case "industry": return qsTr("Industry")
        case "size": return qsTr("Size")
        case "firstVisit": return qsTr("First visit")
        case "lastVisit": return qsTr("Last visit")
        case "visits": return qsTr("Visits")
        case "pageViews": return qsTr("Page views")
        case "since": return qsTr("Lead since")
        }
        return key
    }
    function factValue(key) {
        switch (key) {
        case "site": return lead.siteDomain || ""
        case "location": return [lead.city, Format.country(lead.country || "")].filter(x => !!x).join(", ")
        case "industry": return lead.industry || ""
        case "size": return lead.size || ""
        case "firstVisit": return Format.dateTime(lead.firstVisitAt)
        case "lastVisit": return Format.relative(lead.lastVisitAt)
        case "visits": return Format.number(lead.visits || 0)
        case "pageViews": return Format.number(lead.pageViews || 0)
        case "since": return Format.date(lead.createdAt)
        }
        return ""
    }
    function focusStart(reason) {
        backButton.forceActiveFocus(reason)
    }

    objectName: "leadDetailPage"
    Accessible.name: qsTr("Lead detail")

    Connections {
        target: page.detail
        function onActionFinished(ok, message) { page.shell.report(ok, message) }
    }

    StateView {
        anchors.fill: parent
        state: page.detail.found ? "" : page.detail.loading ? "loading" : "error"
        title: state === "loading" ? qsTr("Reading the cache…") : qsTr("This lead is not in the cache")
        detail: state === "error" ? (page.detail.error || qsTr("It may have been removed on the server.")) : ""
        actionText: qsTr("Back to the list")
        onAction: page.back(false)
    }

    Flickable {
        id: detailFlickable
        anchors.fill: parent
        visible: page.detail.found
        contentHeight: column.implicitHeight + 48
        clip: true
        ScrollBar.vertical: ScrollBar {}
        FocusScroller { flickable: detailFlickable }

        ColumnLayout {
            id: column
            x: 24
            y: 24
            width: page.width - 48
            spacing: Theme.gap

            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                Button {
                    id: backButton
                    objectName: "backButton"
                    text: qsTr("← Leads")
                    flat: true
                    onClicked: page.back(visualFocus) // pressed with Space after Tab, or clicked
                    Accessible.name: qsTr("Back to the lead list (Esc)")
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "leadName"
                        text: page.lead.name || ""
                        color: Theme.text
                        font.pixelSize: 24
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: [page.lead.domain, page.lead.industry, page.lead.size ? qsTr("%1 employees").arg(page.lead.size) : ""]
                                  .filter(x => !!x).join("  ·  ")
                        color: Theme.mutedText
                    }
                }
                ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.alignment: Qt.AlignRight
                        text: page.lead.score !== undefined ? page.lead.score : ""
                        color: Theme.temperatureColor(page.lead.temperature)
                        font.pixelSize: 30
                        font.weight: Font.Bold
                    }
                    Chip {
                        Layout.alignment: Qt.AlignRight
                        text: Format.label(page.lead.temperature || "")
                        tint: Theme.temperatureColor(page.lead.temperature)
                    }
                }
                Chip {
                    objectName: "leadSyncState"
                    text: Format.label(page.detail.syncState)
                    tint: Theme.stateColor(page.detail.syncState)
                    Accessible.name: qsTr("Sync state: %1").arg(text)
                }
                Button {
                    objectName: "copyLeadLink"
                    text: qsTr("Copy link")
                    flat: true
                    onClicked: Workspace.links.copyLeadLink(page.detail.leadId)
                    Accessible.name: qsTr("Copy a link to this lead")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("A miraget:// link that opens this lead in Miraget")
                }
            }

            // Conflicts: the server kept another value; the user's own is shown, never dropped.
            Repeater {
                model: page.detail.conflicts
                delegate: Rectangle {
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: conflictRow.implicitHeight + 16
                    radius: 8
                    color: Theme.dark ? "#4a2020" : "#fce8e6"
                    border.color: Theme.danger
                    RowLayout {
                        id: conflictRow
                        anchors.fill: parent
                        anchors.margins: 8
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            text: qsTr("Not saved on the server — %1: your value %2, the server kept %3. %4")
                                      .arg(modelData.field).arg(modelData.mine).arg(modelData.theirs).arg(modelData.reason)
                        }
                        Button { text: qsTr("Dismiss"); onClicked: page.detail.dismissConflict(modelData.conflictId) }
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Layout.alignment: Qt.AlignTop

                ColumnLayout {
                    Layout.preferredWidth: 380
                    Layout.maximumWidth: 420
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.gap

                    Card {
                        Layout.fillWidth: true
                        title: qsTr("Work this lead")
                        implicitHeight: workColumn.implicitHeight + 60
                        ColumnLayout {
                            id: workColumn
                            width: parent.width
                            spacing: 8
                            Label { text: qsTr("Status"); color: Theme.mutedText; font.pixelSize: 12 }
                            ComboBox {
                                objectName: "statusBox"
                                Layout.fillWidth: true
                                enabled: page.detail.canEdit
                                model: Format.leadStatuses
                                displayText: Format.label(currentText)
                                currentIndex: Format.statusIndex(page.lead.status || "new")
                                onActivated: page.detail.setStatus(currentText)
                                delegate: ItemDelegate {
                                    required property string modelData
                                    width: ListView.view ? ListView.view.width : 200
                                    text: Format.label(modelData)
                                }
                                Accessible.name: qsTr("Status")
                            }
                            Label { text: qsTr("Assignee"); color: Theme.mutedText; font.pixelSize: 12 }
                            ComboBox {
                                objectName: "assigneeBox"
                                Layout.fillWidth: true
                                enabled: page.detail.canEdit
                                textRole: "text"; valueRole: "value"
                                model: {
                                    const items = [{ text: qsTr("Nobody"), value: 0 }]
                                    for (let i = 0; i < Workspace.team.count; ++i)
                                        if (Workspace.team.get(i, "assignable"))
                                            items.push({ text: Workspace.team.get(i, "name"), value: Workspace.team.get(i, "memberId") })
                                    return items
                                }
                                currentIndex: Math.max(0, model.findIndex(x => x.value === (page.lead.assigneeId || 0)))
                                onActivated: page.detail.setAssignee(currentValue)
                                Accessible.name: qsTr("Assignee")
                            }
                            Label { text: qsTr("Tags"); color: Theme.mutedText; font.pixelSize: 12 }
                            Flow {
                                Layout.fillWidth: true
                                spacing: 6
                                Repeater {
                                    model: page.lead.tags || []
                                    delegate: Rectangle {
                                        required property string modelData
                                        implicitWidth: tagRow.implicitWidth + 12
                                        implicitHeight: 26
                                        radius: 13
                                        color: Theme.selection
                                        RowLayout {
                                            id: tagRow
                                            anchors.centerIn: parent
                                            spacing: 2
                                            Label { text: modelData; color: Theme.text; font.pixelSize: 12 }
                                            ToolButton {
                                                visible: page.detail.canEdit
                                                implicitWidth: 20; implicitHeight: 20
                                                text: "✕"
                                                font.pixelSize: 10
                                                onClicked: page.detail.removeTag(modelData)
                                                Accessible.name: qsTr("Remove tag %1").arg(modelData)
                                            }
                                        }
                                    }
                                }
                            }
                            TextField {
                                objectName: "addTagField"
                                Layout.fillWidth: true
                                visible: page.detail.canEdit
                                placeholderText: qsTr("Add a tag and press Enter")
                                onAccepted: { page.detail.addTag(text); text = "" }
                                Accessible.name: qsTr("New tag")
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: !page.detail.canEdit
                                text: qsTr("Your role can view leads but not change them.")
                                color: Theme.mutedText
                                wrapMode: Text.WordWrap
                            }
                        }
                    }

                    Card {
                        Layout.fillWidth: true
                        title: qsTr("Company")
                        implicitHeight: facts.implicitHeight + 60
                        GridLayout {
                            id: facts
                            width: parent.width
                            columns: 2
                            columnSpacing: 12
                            rowSpacing: 6
                            // One row per fact, made once; the lead's values and the labels'
                            // language change in place (a row list made anew on every change of
                            // the lead rebuilt this grid while its layout was arranged).
                            Repeater {
                                model: ["site", "location", "industry", "size", "firstVisit", "lastVisit",
                                    "visits", "pageViews", "since"]
                                delegate: RowLayout {
                                    required property string modelData
                                    Layout.columnSpan: 2
                                    Label { Layout.preferredWidth: 110; text: page.factTitle(modelData); color: Theme.mutedText }
                                    Label { Layout.fillWidth: true; text: page.factValue(modelData); color: Theme.text; elide: Text.ElideRight }
                                }
                            }
                        }
                    }

                    Card {
                        Layout.fillWidth: true
                        title: qsTr("CRM")
                        implicitHeight: crmColumn.implicitHeight + 60
                        ColumnLayout {
                            id: crmColumn
                            width: parent.width
                            spacing: 8
                            RowLayout {
                                Chip {
                                    text: page.lead.crmState === "synced" ? qsTr("In %1").arg(Format.label(page.lead.crmProvider || ""))
                                        : Format.label(page.lead.crmState || "none")
                                    tint: page.lead.crmState === "synced" ? Theme.success : page.lead.crmState === "error" ? Theme.danger : Theme.mutedText
                                }
                                Label {
                                    visible: !!page.lead.crmId
                                    text: (page.lead.crmId || "") + " · " + Format.relative(page.lead.crmSyncedAt)
                                    color: Theme.mutedText
                                }
                            }
                            Flow {
                                Layout.fillWidth: true
                                spacing: 6
                                Repeater {
                                    model: page.detail.crmTargets
                                    delegate: Button {
                                        required property var modelData
                                        objectName: "push-" + modelData.provider
                                        text: qsTr("Push to %1").arg(modelData.name)
                                        enabled: page.detail.canEdit && modelData.status === "connected" && !page.detail.pushing && Workspace.sync.online
                                        onClicked: page.detail.pushToCrm(modelData.integrationId)
                                        ToolTip.visible: hovered && !enabled
                                        ToolTip.text: !Workspace.sync.online ? qsTr("Needs a connection to the server")
                                                    : modelData.status !== "connected" ? qsTr("%1 is %2").arg(modelData.name).arg(Format.label(modelData.status))
                                                    : qsTr("Your role may not push leads")
                                    }
                                }
                            }
                        }
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.gap

                    LeadTriageCard {
                        Layout.fillWidth: true
                        triage: page.detail.triage
                    }
                    NotesCard {
                        Layout.fillWidth: true
                        detail: page.detail
                    }
                    VisitTimelineCard {
                        Layout.fillWidth: true
                        visits: page.detail.visits
                    }
                }
            }
        }
    }
}
