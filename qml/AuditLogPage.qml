import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The audit log (owners and admins): every action on the account, newest first, filterable by
// kind, person, words and dates; older entries load as the list is scrolled.
Item {
    id: page

    property var shell
    readonly property AuditLogModel audit: Workspace.audit

    objectName: "auditPage"
    Accessible.name: qsTr("Audit log")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Audit log")
            subtitle: qsTr("Every action on the account, who did it and when")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            ComboBox {
                id: category
                Layout.preferredWidth: 170
                model: [""].concat(page.audit.categories)
                displayText: currentIndex <= 0 ? qsTr("All actions") : currentText
                onActivated: page.audit.category = currentText
                Accessible.name: qsTr("Kind of action")
            }
            TextField {
                Layout.preferredWidth: 220
                placeholderText: qsTr("Who (email)")
                text: page.audit.actor
                onTextEdited: page.audit.actor = text
                Accessible.name: qsTr("Filter by who did it")
            }
            TextField {
                Layout.fillWidth: true
                placeholderText: qsTr("Words in the action or its details")
                text: page.audit.text
                onTextEdited: page.audit.text = text
                Accessible.name: qsTr("Filter by words")
            }
            TextField {
                id: fromField
                Layout.preferredWidth: 130
                placeholderText: qsTr("From YYYY-MM-DD")
                validator: RegularExpressionValidator { regularExpression: /(\d{4}-\d{2}-\d{2})?/ }
                onEditingFinished: page.audit.from = text.length ? new Date(text + "T00:00:00") : new Date(NaN)
                Accessible.name: qsTr("From date")
            }
            TextField {
                id: toField
                Layout.preferredWidth: 130
                placeholderText: qsTr("To YYYY-MM-DD")
                validator: RegularExpressionValidator { regularExpression: /(\d{4}-\d{2}-\d{2})?/ }
                onEditingFinished: page.audit.to = text.length ? new Date(text + "T00:00:00") : new Date(NaN)
                Accessible.name: qsTr("To date")
            }
            Button {
                text: qsTr("Clear")
                flat: true
                onClicked: { category.currentIndex = 0; fromField.text = ""; toField.text = ""; page.audit.clearFilters() }
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
                objectName: "auditList"
                anchors.fill: parent
                anchors.margins: 8
                clip: true
                model: page.audit
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    required property int index
                    required property string action
                    required property var at
                    required property var actor
                    required property string targetType
                    required property var targetId
                    required property var detailText
                    width: ListView.view.width
                    height: 40
                    color: index % 2 ? "transparent" : Theme.surfaceAlt
                    radius: 4
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        spacing: 12
                        Label { Layout.preferredWidth: 150; text: Format.dateTime(at); color: Theme.mutedText }
                        Label { Layout.preferredWidth: 200; text: actor || qsTr("system"); color: Theme.text; elide: Text.ElideRight }
                        Chip { text: action; tint: action.startsWith("subscription") || action.startsWith("privacy") ? Theme.warning : Theme.brand }
                        Label { Layout.preferredWidth: 120; text: targetType + (targetId ? " #" + targetId : ""); color: Theme.mutedText }
                        Label { Layout.fillWidth: true; text: detailText && detailText !== "{}" ? detailText : ""; color: Theme.mutedText; elide: Text.ElideRight; font.pixelSize: 12 }
                    }
                }
                onAtYEndChanged: if (atYEnd && page.audit.canFetchMore(page.audit.index(-1, -1))) page.audit.fetchMore(page.audit.index(-1, -1))
                StateView {
                    anchors.fill: parent
                    state: list.count > 0 ? "" : page.audit.loading ? "loading" : "empty"
                    title: qsTr("No entries match")
                }
            }
        }
    }
}
