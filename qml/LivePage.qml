import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Live: who is on the sites right now. Visitors in the last five minutes, page views in the last
// minute, page views per second over the last two minutes, and the page views as they arrive —
// with the company when the visitor was identified and the country when the visitor shared it.
Item {
    id: page

    property var shell
    readonly property LiveMonitor live: Workspace.live

    objectName: "livePage"
    Accessible.name: qsTr("Live")
    Component.onCompleted: live.active = true
    Component.onDestruction: live.active = false

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: Theme.gap

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Live")
            subtitle: page.live.fromServer ? qsTr("Streaming from the server") : qsTr("From the cache (the live stream is not connected)")
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 230
            // Its children fill its height, and a layout passes that on: without this it would
            // take half of the page from the feed, the part that matters here.
            Layout.fillHeight: false
            spacing: Theme.gap
            KpiTile {
                objectName: "visitorsNow"
                Layout.preferredWidth: 240
                title: qsTr("Visitors, last 5 minutes")
                Layout.fillHeight: true
                showDelta: false
                kpi: ({ value: page.live.visitorsNow, previous: 0, delta: undefined })
                hint: page.live.fromServer ? qsTr("live") : qsTr("cached")
            }
            KpiTile {
                Layout.preferredWidth: 240
                title: qsTr("Page views, last minute")
                Layout.fillHeight: true
                showDelta: false
                kpi: ({ value: page.live.pageviewsLastMinute, previous: 0, delta: undefined })
                hint: page.live.fromServer ? qsTr("live") : qsTr("cached")
            }
            Card {
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: qsTr("Page views per second, last two minutes")
                TimeSeriesChart {
                    objectName: "perSecondChart"
                    anchors.fill: parent
                    anchors.margins: -8
                    series: page.live.perSecond
                    from: page.live.windowStart
                    to: page.live.windowEnd
                    format: "HH:mm:ss"
                }
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Live feed")

            ListView {
                id: feed
                objectName: "liveFeed"
                anchors.fill: parent
                clip: true
                model: page.live.feed
                ScrollBar.vertical: ScrollBar {}
                // Keyboard: one Tab stop; Up/Down pick a visit, Enter opens its company's lead.
                activeFocusOnTab: true
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                function openCurrent() {
                    if (currentItem && currentItem.company)
                        page.shell.openLeadByKeyboard(currentItem.leadId)
                }
                readonly property bool keyboardFocusRing: true // with no visits the list itself has the focus
                // Coming back to the feed, the current row may have been pushed out of sight by the
                // visits that arrived since: start again at the newest visit on screen.
                onActiveFocusChanged: {
                    if (!activeFocus || count === 0)
                        return
                    const top = contentY + (headerItem ? headerItem.height : 0)
                    const shown = currentItem && currentItem.y >= top && currentItem.y + currentItem.height <= contentY + height
                    if (!shown)
                        currentIndex = Math.max(0, indexAt(width / 2, top + 1))
                }
                Keys.onReturnPressed: openCurrent()
                Keys.onEnterPressed: openCurrent()
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Live feed")
                add: Transition {
                    NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 400 }
                }
                displaced: Transition { NumberAnimation { property: "y"; duration: 200 } }
                header: RowLayout {
                    width: ListView.view.width
                    height: 28
                    spacing: 12
                    Label { Layout.preferredWidth: 70; text: qsTr("Time"); color: Theme.mutedText; font.pixelSize: 12 }
                    Label { Layout.preferredWidth: 220; text: qsTr("Company"); color: Theme.mutedText; font.pixelSize: 12 }
                    Label { Layout.fillWidth: true; text: qsTr("Page"); color: Theme.mutedText; font.pixelSize: 12 }
                    Label { Layout.preferredWidth: 200; text: qsTr("Referrer"); color: Theme.mutedText; font.pixelSize: 12 }
                    Label { Layout.preferredWidth: 150; text: qsTr("Device"); color: Theme.mutedText; font.pixelSize: 12 }
                    Label { Layout.preferredWidth: 130; text: qsTr("Country"); color: Theme.mutedText; font.pixelSize: 12 }
                }
                delegate: Rectangle {
                    required property int index
                    required property var viewedAt
                    required property string url
                    required property string title
                    required property string referrer
                    required property string device
                    required property string browser
                    required property string os
                    required property string country
                    required property string city
                    required property var leadId
                    required property string company

                    width: ListView.view.width
                    height: 34
                    color: index % 2 ? "transparent" : Theme.surfaceAlt
                    radius: 4
                    readonly property bool keyboardFocusRing: true // see FocusRing
                    Accessible.role: Accessible.ListItem
                    Accessible.name: (company || qsTr("Unidentified visitor")) + ", " + title
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 4
                        anchors.rightMargin: 4
                        spacing: 12
                        Label { Layout.preferredWidth: 70; text: Format.time(viewedAt); color: Theme.mutedText; font.pixelSize: 12 }
                        Label {
                            Layout.preferredWidth: 220
                            text: company || qsTr("Unidentified visitor")
                            color: company ? Theme.brand : Theme.mutedText
                            font.weight: company ? Font.DemiBold : Font.Normal
                            elide: Text.ElideRight
                            MouseArea {
                                anchors.fill: parent
                                enabled: !!company
                                cursorShape: company ? Qt.PointingHandCursor : Qt.ArrowCursor
                                onClicked: page.shell.openLead(leadId)
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8
                            Label { text: title; color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight; Layout.maximumWidth: 220 }
                            Label { Layout.fillWidth: true; text: Format.url(url); color: Theme.mutedText; elide: Text.ElideMiddle }
                        }
                        Label { Layout.preferredWidth: 200; text: referrer ? Format.url(referrer) : qsTr("direct"); color: Theme.mutedText; elide: Text.ElideMiddle }
                        Label { Layout.preferredWidth: 150; text: Format.label(device) + " · " + browser; color: Theme.mutedText; elide: Text.ElideRight }
                        Label {
                            Layout.preferredWidth: 130
                            text: country ? Format.country(country) : qsTr("not shared")
                            color: country ? Theme.text : Theme.mutedText
                            elide: Text.ElideRight
                        }
                    }
                }
                StateView {
                    anchors.fill: parent
                    state: feed.count > 0 ? "" : page.live.feed.loading ? "loading" : Workspace.sync.online ? "empty" : "offline"
                    title: state === "offline" ? qsTr("No live data while offline") : qsTr("Waiting for visitors…")
                    detail: state === "offline" ? qsTr("The feed resumes by itself when the connection is back.")
                                                : qsTr("Page views appear here within a second of happening.")
                }
            }
        }
    }
}
