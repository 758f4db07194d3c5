import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// A lead's visits, newest first: each session with where it came from and on what, and the pages
// read in order with the time spent on each.
Card {
    id: card

    required property VisitTimelineModel visits
    title: qsTr("Visits")
    implicitHeight: timeline.implicitHeight + 60

    ColumnLayout {
        id: timeline
        width: parent.width
        spacing: 10

        Repeater {
            model: card.visits
            delegate: ColumnLayout {
                id: visit
                required property var startedAt
                required property var durationSeconds
                required property int pageCount
                required property string referrer
                required property string utmSource
                required property string utmMedium
                required property string utmCampaign
                required property string device
                required property string browser
                required property string os
                required property string screen
                required property string country
                required property string city
                required property var pages

                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Rectangle { width: 10; height: 10; radius: 5; color: Theme.brand }
                    Label {
                        text: Format.dateTime(visit.startedAt)
                        color: Theme.text
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%n page(s)", "", visit.pageCount) + " · " + Format.duration(visit.durationSeconds)
                              + " · " + (visit.referrer || qsTr("direct"))
                              + (visit.utmSource ? " · utm " + [visit.utmSource, visit.utmMedium, visit.utmCampaign].filter(x => !!x).join("/") : "")
                        color: Theme.mutedText
                        elide: Text.ElideRight
                    }
                }
                Label {
                    Layout.leftMargin: 18
                    text: [Format.label(visit.device), visit.browser, visit.os, visit.screen,
                           visit.country ? [visit.city, Format.country(visit.country)].filter(x => !!x).join(", ") : ""]
                              .filter(x => !!x).join(" · ")
                    color: Theme.mutedText
                    font.pixelSize: 12
                }
                Repeater {
                    model: visit.pages
                    delegate: RowLayout {
                        required property var modelData
                        Layout.leftMargin: 18
                        Layout.fillWidth: true
                        Label { text: "›"; color: Theme.mutedText }
                        Label {
                            Layout.fillWidth: true
                            text: (modelData.title ? modelData.title + " — " : "") + modelData.url
                            color: Theme.text
                            elide: Text.ElideMiddle
                            font.pixelSize: 13
                        }
                        Label { text: Format.duration(modelData.timeOnPage); color: Theme.mutedText; font.pixelSize: 12 }
                    }
                }
            }
        }
        Label {
            visible: card.visits.count === 0
            text: card.visits.loading ? qsTr("Reading visits…") : qsTr("No visits recorded.")
            color: Theme.mutedText
        }
        Button {
            visible: card.visits.count >= 50 && card.visits.count % 50 === 0
            text: qsTr("Show older visits")
            flat: true
            onClicked: card.visits.fetchMore(card.visits.index(-1, -1))
        }
    }
}
