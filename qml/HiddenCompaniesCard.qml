import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Settings → Hidden companies: companies that are not prospects (customers, competitors, partners,
// internet providers), hidden from everyone's lead list, counts, dashboard and alerts
// (Workspace.exclusions). Hiding and showing again work offline; a pending one is marked.
Card {
    id: card

    objectName: "hiddenCompaniesCard"
    title: qsTr("Hidden companies")
    implicitHeight: hiddenColumn.implicitHeight + 60

    readonly property ExclusionsModel exclusions: Workspace.exclusions

    Connections {
        target: card.exclusions
        function onActionFinished(ok, message) { report.text = message; report.ok = ok }
    }

    ColumnLayout {
        id: hiddenColumn
        width: parent.width
        spacing: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("Their visits still count in traffic; their leads leave the list, lead counts and alerts. The lead list's “Hidden” view shows them.")
        }
        Repeater {
            model: card.exclusions
            delegate: RowLayout {
                id: hiddenRow
                required property var model
                Layout.fillWidth: true
                spacing: 8
                Label { text: hiddenRow.model.domain; color: Theme.text; font.weight: Font.DemiBold; Layout.preferredWidth: 220; elide: Text.ElideRight }
                Chip { text: Format.reasonLabel(hiddenRow.model.reason); tint: Theme.mutedText }
                Label {
                    Layout.fillWidth: true
                    text: [hiddenRow.model.note, qsTr("%n lead(s)", "", hiddenRow.model.leads),
                           hiddenRow.model.pending ? qsTr("not on the server yet") : (hiddenRow.model.createdBy || ""),
                           Format.relative(hiddenRow.model.createdAt)].filter(t => t && t.length).join(" · ")
                    color: Theme.mutedText
                    elide: Text.ElideRight
                }
            }
        }
        Label {
            visible: card.exclusions.count === 0 && !card.exclusions.loading
            text: qsTr("No hidden companies.")
            color: Theme.mutedText
        }
        RowLayout {
            visible: Workspace.canManageTriage && card.exclusions.count > 0
            spacing: 8
            FittedComboBox {
                id: shownAgainBox
                objectName: "showAgainBox"
                model: card.exclusions
                textRole: "domain"
                valueRole: "exclusionId"
                Accessible.name: qsTr("Hidden company to show again")
            }
            Button {
                id: showAgainButton
                objectName: "showAgainButton"
                text: qsTr("Show again")
                onClicked: card.exclusions.show(shownAgainBox.currentValue)
            }
        }
        ColumnLayout {
            visible: Workspace.canManageTriage
            Layout.fillWidth: true
            spacing: 6
            TextField {
                id: domainsField
                objectName: "hideDomainsField"
                Layout.fillWidth: true
                placeholderText: qsTr("Domains to hide, separated by commas (rival.example, https://www.customer.example/…)")
                Accessible.name: qsTr("Domains to hide")
            }
            RowLayout {
                spacing: 8
                FittedComboBox {
                    id: reasonBox
                    model: Format.reasonChoices()
                    textRole: "label"; valueRole: "reason"
                    Accessible.name: qsTr("Why they are hidden")
                }
                TextField { id: noteField; Layout.preferredWidth: 240; placeholderText: qsTr("Note (optional)"); Accessible.name: qsTr("Note") }
                Button {
                    objectName: "hideDomainsButton"
                    text: qsTr("Hide")
                    enabled: domainsField.text.trim().length > 0
                    onClicked: {
                        card.exclusions.hideDomains(domainsField.text, reasonBox.currentValue, noteField.text)
                        domainsField.text = ""
                        noteField.text = ""
                    }
                }
            }
        }
        Label {
            id: report
            property bool ok: true
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.WordWrap
            color: ok ? Theme.success : Theme.danger
        }
    }
}
