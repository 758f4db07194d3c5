import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// "Since you last looked": what changed while the user was away — new hot leads, target accounts
// that visited, big score rises, leads newly assigned to them and teammates' notes on those — read
// from the cache (Workspace.sinceLastLook), so it works offline. A row opens its lead; a section's
// "and N more" opens the lead list filtered to it where the list can; "Mark all seen" starts over.
// Keyboard: the list is one Tab stop; Up/Down pick a row, Enter opens it.
Item {
    id: page

    property var shell
    readonly property SinceLastLookModel digest: Workspace.sinceLastLook
    // Whether a read has finished since the page opened: until then an empty list is "loading".
    property bool loaded: !digest.loading

    objectName: "sinceLastLookPage"
    Accessible.name: qsTr("Since you last looked")

    function sectionTitle(section) {
        switch (section) {
        case SinceLastLook.NewHotLead: return qsTr("New hot leads")
        case SinceLastLook.TargetAccount: return qsTr("Target accounts that visited")
        case SinceLastLook.ScoreRise: return qsTr("Scores up by 20 or more")
        case SinceLastLook.AssignedToMe: return qsTr("Newly assigned to you")
        case SinceLastLook.TeammateNote: return qsTr("Teammates' notes on your leads")
        }
        return ""
    }
    function sectionTint(section) {
        switch (section) {
        case SinceLastLook.NewHotLead: return Theme.hot
        case SinceLastLook.TargetAccount: return Theme.success
        case SinceLastLook.ScoreRise: return Theme.warm
        case SinceLastLook.AssignedToMe: return Theme.brand
        }
        return Theme.mutedText
    }
    // A lead's row opens the lead; a section's last row opens the lead list filtered to it.
    function open(row) {
        if (!row)
            return
        if (row.more === 0) {
            Workspace.requestOpen("leads", row.leadId)
        } else if (row.hasView) {
            Workspace.leads.applyViewState(row.view)
            page.shell.show("leads")
        }
    }

    Connections {
        target: page.digest
        function onLoadingChanged() { if (!page.digest.loading) page.loaded = true }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Since you last looked")
            subtitle: page.digest.marked ? qsTr("What changed since %1").arg(Format.dateTime(page.digest.lastLookAt))
                                         : qsTr("Changes are collected once the first sync has finished")
            Button {
                objectName: "markAllSeenButton"
                text: qsTr("Mark all seen")
                enabled: page.digest.marked && page.digest.total > 0
                onClicked: page.digest.markAllSeen()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Start again from now: what is listed here counts as seen")
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.cardBorder

            ListView {
                id: list
                objectName: "sinceLastLookList"
                anchors.fill: parent
                anchors.margins: 8
                clip: true
                model: page.digest
                ScrollBar.vertical: ScrollBar {}
                activeFocusOnTab: count > 0
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                readonly property bool keyboardFocusRing: true
                Keys.onReturnPressed: page.open(currentItem)
                Keys.onEnterPressed: page.open(currentItem)
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Changes since you last looked")

                section.property: "section"
                section.criteria: ViewSection.FullString
                section.delegate: RowLayout {
                    required property string section
                    readonly property int kind: Number(section)
                    width: ListView.view.width
                    height: 40
                    spacing: 8
                    Rectangle {
                        Layout.leftMargin: 4
                        width: 4
                        height: 18
                        radius: 2
                        color: page.sectionTint(kind)
                    }
                    Label {
                        text: page.sectionTitle(kind)
                        color: Theme.text
                        font.pixelSize: 15
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                    }
                    Badge {
                        text: Format.number(page.digest.totals[kind] || 0)
                        tint: page.sectionTint(kind)
                    }
                    Item { Layout.fillWidth: true }
                }

                delegate: Rectangle {
                    id: row
                    required property int index
                    required property int section
                    required property var leadId
                    required property string name
                    required property string domain
                    required property string detail
                    required property var time
                    required property int more
                    // The lead list's filter for the rest of the section, where there is one.
                    readonly property var view: more > 0 && page.digest.marked ? page.digest.moreView(section) : ({})
                    readonly property bool hasView: Object.keys(view).length > 0

                    objectName: more > 0 ? "more-" + section : "entry-" + leadId
                    width: ListView.view.width
                    height: more > 0 ? 34 : 50
                    color: hover.hovered && (more === 0 || hasView) ? Theme.surfaceAlt : "transparent"
                    radius: 4
                    readonly property bool keyboardFocusRing: true // see FocusRing
                    Accessible.role: Accessible.ListItem
                    Accessible.name: more > 0 ? detail : (name || domain) + ", " + detail

                    HoverHandler { id: hover; cursorShape: row.more === 0 || row.hasView ? Qt.PointingHandCursor : Qt.ArrowCursor }
                    TapHandler { onTapped: { list.currentIndex = row.index; page.open(row) } }

                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 16
                        anchors.rightMargin: 12
                        spacing: 12
                        visible: row.more === 0
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            RowLayout {
                                spacing: 8
                                Label {
                                    text: row.name || row.domain
                                    color: Theme.brand
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                    Layout.maximumWidth: 320
                                }
                                Label {
                                    visible: row.name.length > 0 && row.domain.length > 0
                                    text: row.domain
                                    color: Theme.mutedText
                                    font.pixelSize: 12
                                    elide: Text.ElideRight
                                    Layout.maximumWidth: 240
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: row.detail
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                        }
                        Label {
                            text: Format.relative(row.time)
                            color: Theme.mutedText
                            font.pixelSize: 12
                        }
                    }
                    Label {
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.left: parent.left
                        anchors.leftMargin: 16
                        visible: row.more > 0
                        text: row.hasView ? qsTr("%1 — show them in Leads").arg(row.detail) : row.detail
                        color: row.hasView ? Theme.brand : Theme.mutedText
                    }
                }

                StateView {
                    anchors.fill: parent
                    state: list.count > 0 ? ""
                         : page.digest.error.length > 0 ? "error"
                         : !page.loaded ? "loading"
                         : Workspace.sync.online ? "empty" : "offline"
                    title: state === "error" ? qsTr("What changed could not be read")
                         : !page.digest.marked ? qsTr("Nothing collected yet")
                         : state === "offline" ? qsTr("Nothing new in the cache")
                         : qsTr("Nothing new since you last looked")
                    detail: state === "error" ? page.digest.error
                          : !page.digest.marked
                            ? (state === "offline" ? qsTr("Connect once to sync the account; from then on, what changes is collected here, offline too.")
                                                   : qsTr("Once the first sync has finished, new hot leads, returning target accounts, rising scores, leads assigned to you and teammates' notes show up here."))
                          : state === "offline" ? qsTr("You are offline: what happened since %1 shows up here once the connection is back.").arg(Format.dateTime(page.digest.lastLookAt))
                          : qsTr("New hot leads, returning target accounts, rising scores, leads assigned to you and teammates' notes show up here.")
                }
            }
        }
    }
}
