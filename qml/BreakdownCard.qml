import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// A breakdown (top pages, countries, browsers …): each value with a bar for its share of the
// range's page views, and the chosen goal's conversions when there is one. A click on a row
// filters the whole dashboard by that value (filterRequested).
Card {
    id: card

    property BreakdownModel model
    property bool countries: false
    property bool urls: false
    signal filterRequested(string value)

    implicitHeight: 300

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        interactive: false
        model: card.model
        spacing: 4
        delegate: Item {
            id: row
            required property string value
            required property int pageviews
            required property real share
            required property int conversions
            required property real conversionRate
            width: ListView.view.width
            height: 24
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Filter by %1").arg(label.text)
            MouseArea {
                objectName: "breakdownRow"
                anchors.fill: parent
                hoverEnabled: true
                cursorShape: Qt.PointingHandCursor
                onClicked: card.filterRequested(row.value)
                ToolTip.visible: containsMouse
                ToolTip.delay: 600
                ToolTip.text: qsTr("Show only visits with %1").arg(label.text)
            }
            Rectangle {
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                height: 20
                radius: 4
                width: Math.max(2, parent.width * share)
                color: Qt.rgba(Theme.brand.r, Theme.brand.g, Theme.brand.b, Theme.dark ? 0.28 : 0.12)
            }
            Label {
                id: label
                anchors.left: parent.left
                anchors.leftMargin: 6
                anchors.right: count.left
                anchors.verticalCenter: parent.verticalCenter
                text: card.countries ? (value ? Format.country(value) : qsTr("Not shared"))
                    : card.urls ? (value ? Format.url(value) : qsTr("Direct"))
                    : (value || qsTr("(none)"))
                color: Theme.text
                elide: Text.ElideMiddle
                font.pixelSize: 13
            }
            Label {
                id: count
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: conversions >= 0 ? "✓ " + Format.number(conversions) + " · " + Format.percent(conversionRate)
                                       : Format.number(pageviews) + "  " + Format.percent(share)
                color: conversions >= 0 ? Theme.brand : Theme.mutedText
                font.pixelSize: 12
            }
        }
        StateView {
            anchors.fill: parent
            state: list.count === 0 ? "empty" : ""
            title: qsTr("No page views in this range")
        }
    }
}
