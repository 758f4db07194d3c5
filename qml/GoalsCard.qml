import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The account's goals for the period and segment: conversions, conversion rate and the change
// against the comparison. Choosing a goal shows its conversions on every breakdown row; its
// Companies button lists the companies that reached it in the lead list.
Card {
    id: card

    property VisitAnalytics analytics

    title: qsTr("Goals")
    contentHeight: Math.max(list.contentHeight, 48)

    ListView {
        id: list
        anchors.fill: parent
        interactive: false
        model: card.analytics ? card.analytics.goals : null
        spacing: 2
        delegate: ItemDelegate {
            id: goal
            required property int index
            required property string name
            required property string pattern
            required property int conversions
            required property real rate
            required property var delta
            objectName: "goalRow"
            width: ListView.view.width
            highlighted: card.analytics.goal === index
            onClicked: card.analytics.goal = highlighted ? -1 : index
            Accessible.name: qsTr("%1: %2 conversions, %3 of visits").arg(name).arg(Format.number(conversions)).arg(Format.percent(rate, 1))
            contentItem: RowLayout {
                spacing: 8
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label { text: goal.name; color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight; Layout.fillWidth: true }
                    Label { text: goal.pattern; color: Theme.mutedText; font.pixelSize: 11; elide: Text.ElideMiddle; Layout.fillWidth: true }
                }
                Label { text: Format.number(goal.conversions); color: Theme.text; font.pixelSize: 16; font.weight: Font.DemiBold }
                Label { text: Format.percent(goal.rate, 1); color: Theme.mutedText; Layout.preferredWidth: 52; horizontalAlignment: Text.AlignRight }
                Label {
                    Layout.preferredWidth: 64
                    horizontalAlignment: Text.AlignRight
                    text: goal.delta === undefined || goal.delta === null ? "" : Format.delta(goal.delta)
                    color: goal.delta > 0 ? Theme.success : goal.delta < 0 ? Theme.danger : Theme.mutedText
                    font.pixelSize: 12
                }
                ToolButton {
                    objectName: "goalCompanies"
                    text: qsTr("Companies")
                    font.pixelSize: 12
                    font.capitalization: Font.MixedCase
                    enabled: goal.conversions > 0
                    onClicked: card.analytics.findCompanies(VisitAnalytics.Goal, goal.index)
                    Accessible.name: qsTr("Companies that reached %1").arg(goal.name)
                }
            }
        }
    }
    StateView {
        anchors.fill: parent
        state: list.count === 0 ? "empty" : ""
        title: qsTr("No goals yet")
        detail: qsTr("An owner or admin defines goals (pages such as /demo) in Miraget.")
    }
}
