import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// A lead's fit with the ideal customer profile and why (each dimension matched or missed, with
// its weight), the target-account lists naming its company, and whether the company is hidden —
// with "Hide this company" for owners and admins (works offline, through the outbox).
Card {
    id: card

    required property LeadTriage triage
    objectName: "leadTriageCard"
    title: qsTr("Fit")
    implicitHeight: triageColumn.implicitHeight + 60

    ColumnLayout {
        id: triageColumn
        width: parent.width
        spacing: 8

        RowLayout {
            spacing: 8
            Chip {
                objectName: "fitGrade"
                visible: card.triage.grade !== IcpProfile.None
                text: qsTr("Grade %1 · fit %2").arg(Format.gradeLabel(card.triage.grade)).arg(card.triage.fit)
                tint: Theme.gradeColor(card.triage.grade)
            }
            Label {
                visible: card.triage.grade === IcpProfile.None
                text: qsTr("No ideal customer profile yet: Settings → Ideal customer.")
                color: Theme.mutedText
            }
        }
        Repeater {
            model: card.triage.reasons
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                text: (modelData.matched ? "✓ " : "✗ ")
                      + (modelData.matched ? qsTr("%1 %2 matches (+%3)").arg(Format.dimensionLabel(modelData.dimension)).arg(modelData.value).arg(modelData.weight)
                         : modelData.value ? qsTr("%1 %2 is not in the profile (0 of %3)").arg(Format.dimensionLabel(modelData.dimension)).arg(modelData.value).arg(modelData.weight)
                         : qsTr("%1 unknown (0 of %2)").arg(Format.dimensionLabel(modelData.dimension)).arg(modelData.weight))
                color: modelData.matched ? Theme.text : Theme.mutedText
                elide: Text.ElideRight
            }
        }
        Label {
            visible: card.triage.targetLists.length > 0
            Layout.fillWidth: true
            text: qsTr("On target lists: %1").arg(card.triage.targetLists.join(", "))
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Rectangle {
            visible: card.triage.hidden
            Layout.fillWidth: true
            implicitHeight: hiddenRow.implicitHeight + 12
            radius: 6
            color: Theme.surfaceAlt
            RowLayout {
                id: hiddenRow
                anchors.fill: parent
                anchors.margins: 6
                Label {
                    objectName: "hiddenNotice"
                    Layout.fillWidth: true
                    text: qsTr("Hidden from the lead list: %1").arg(Format.reasonLabel(card.triage.hiddenReason))
                          + (card.triage.hiddenNote ? " — " + card.triage.hiddenNote : "")
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Button {
                    objectName: "showCompanyButton"
                    visible: card.triage.canHide
                    text: qsTr("Show again")
                    onClicked: card.triage.showCompany()
                }
            }
        }
        Button {
            objectName: "hideCompanyButton"
            visible: !card.triage.hidden && card.triage.canHide
            text: qsTr("Hide this company ▾")
            onClicked: hideMenu.open()
            Menu {
                id: hideMenu
                y: parent.height
                Repeater {
                    model: Format.exclusionReasons
                    delegate: MenuItem {
                        required property int modelData
                        text: Format.reasonLabel(modelData)
                        onTriggered: card.triage.hideCompany(modelData, "")
                    }
                }
            }
        }
    }
}
