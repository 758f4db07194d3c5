import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// One funnel for the period and segment: each step's visits as a bar against the first step,
// the share that went on from the step before, how many stopped there, and the companies that
// got that far (in the lead list).
Card {
    id: card

    property VisitAnalytics analytics
    readonly property FunnelReportModel funnel: analytics ? analytics.funnel : null

    title: qsTr("Funnel")
    contentHeight: Math.max(steps.contentHeight, 60) + 4
    actions: [
        FittedComboBox {
            objectName: "funnelBox"
            visible: card.funnel && card.funnel.funnels.length > 0
            textRole: "name"
            valueRole: "funnelId"
            model: card.funnel ? card.funnel.funnels : []
            currentIndex: Math.max(0, model.findIndex(f => f.funnelId === card.analytics.funnelId))
            onActivated: card.analytics.funnelId = currentValue
            Accessible.name: qsTr("Funnel")
        }
    ]

    ListView {
        id: steps
        anchors.fill: parent
        interactive: false
        model: card.funnel
        spacing: 6
        delegate: Item {
            id: step
            required property int index
            required property string label
            required property int visits
            required property real ofFirst
            required property real ofPrevious
            required property int dropped
            required property int droppedCompanies
            width: ListView.view.width
            height: 42
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Step %1, %2: %3 visits, %4 of the first step").arg(index + 1).arg(label).arg(Format.number(visits)).arg(Format.percent(ofFirst, 1))
            Rectangle {
                y: 18
                height: 20
                radius: 4
                width: Math.max(2, parent.width * step.ofFirst)
                color: Qt.rgba(Theme.brand.r, Theme.brand.g, Theme.brand.b, Theme.dark ? 0.5 : 0.3)
            }
            Label {
                text: (step.index + 1) + ". " + step.label
                color: Theme.text
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                width: parent.width * 0.5
            }
            ToolButton {
                objectName: "funnelStepCompanies"
                anchors.right: parent.right
                y: 14
                height: 26
                visible: step.visits > 0
                text: qsTr("Companies")
                font.pixelSize: 11
                font.capitalization: Font.MixedCase
                onClicked: card.analytics.findCompanies(VisitAnalytics.FunnelStep, step.index)
                Accessible.name: qsTr("Companies that reached step %1, %2").arg(step.index + 1).arg(step.label)
            }
            Label {
                anchors.right: parent.right
                text: step.index === 0 ? qsTr("%1 visits").arg(Format.number(step.visits))
                                       : qsTr("%1 visits · %2 went on").arg(Format.number(step.visits)).arg(Format.percent(step.ofPrevious, 1))
                color: Theme.mutedText
                font.pixelSize: 12
            }
            Label {
                x: 6
                y: 20
                visible: step.dropped > 0
                text: qsTr("%1 stopped here (%n companies)", "", step.droppedCompanies).arg(Format.number(step.dropped))
                color: Theme.text
                font.pixelSize: 11
            }
        }
    }
    StateView {
        anchors.fill: parent
        state: card.analytics && card.analytics.funnelError.length > 0 ? "error" : steps.count === 0 ? "empty" : ""
        title: state === "error" ? qsTr("This funnel cannot be counted") : qsTr("No funnels yet")
        detail: state === "error" ? card.analytics.funnelError
                                  : qsTr("An owner or admin defines funnels (2 to 5 pages in order) in Miraget.")
    }
}
