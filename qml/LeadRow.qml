import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// One row of the lead table, or a grey placeholder while its page is read.
Rectangle {
    id: row

    required property int index
    required property var leadId
    required property bool loaded
    required property var name
    required property var domain
    required property var score
    required property var temperature
    required property var status
    required property var assignee
    required property var country
    required property var industry
    required property var companySize
    required property var lastVisitAt
    required property var visits
    required property var pageViews
    required property var syncState
    required property var selected
    required property var tags
    required property var fit
    required property var grade
    required property var targetLists
    property var shown: ({})
    property bool current: false
    readonly property bool keyboardFocusRing: true // FocusRing draws round the table's current row

    signal clicked(int row, int modifiers)
    signal toggled(int row)

    height: Theme.leadRowHeight
    color: selected ? Theme.selection : current ? Theme.surfaceAlt : mouse.containsMouse ? Theme.surfaceAlt : "transparent"
    Accessible.role: Accessible.Row
    Accessible.name: loaded ? qsTr("%1, score %2, %3").arg(name).arg(score).arg(Format.label(status)) : qsTr("Loading")

    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider }

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        onClicked: mouseEvent => row.clicked(row.index, mouseEvent.modifiers)
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 4
        spacing: 8
        visible: row.loaded

        CheckBox {
            Layout.preferredWidth: 28
            checked: !!row.selected
            focusPolicy: Qt.NoFocus // the table is one Tab stop; Space toggles the current row
            onClicked: row.toggled(row.index)
            Accessible.name: qsTr("Select %1").arg(row.name || "")
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: row.name || ""
                color: Theme.text
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: (row.domain || "") + (row.tags && row.tags.length ? "  ·  " + row.tags.join(", ") : "")
                      + (row.targetLists ? "  ·  ◎ " + row.targetLists : "")
                color: Theme.mutedText
                font.pixelSize: 12
                elide: Text.ElideRight
            }
        }
        RowLayout {
            Layout.preferredWidth: 100
            visible: !!row.shown.score
            spacing: 6
            Label { text: row.score !== undefined ? row.score : ""; color: Theme.text; font.weight: Font.DemiBold; Layout.preferredWidth: 24 }
            Chip { text: Format.label(row.temperature || ""); tint: Theme.temperatureColor(row.temperature) }
        }
        Item {
            Layout.preferredWidth: 64
            visible: !!row.shown.fit
            implicitHeight: 20
            Chip {
                anchors.verticalCenter: parent.verticalCenter
                visible: row.grade !== IcpProfile.None
                text: Format.gradeLabel(row.grade) + " · " + (row.fit !== undefined ? row.fit : "")
                tint: Theme.gradeColor(row.grade)
                Accessible.name: qsTr("Fit %1, grade %2").arg(row.fit).arg(Format.gradeLabel(row.grade))
            }
        }
        Item {
            Layout.preferredWidth: 100
            visible: !!row.shown.status
            implicitHeight: 20
            Chip { anchors.verticalCenter: parent.verticalCenter; text: Format.label(row.status || ""); tint: Theme.statusColor(row.status) }
        }
        Label { Layout.preferredWidth: 130; visible: !!row.shown.assignee; text: row.assignee || qsTr("—"); color: row.assignee ? Theme.text : Theme.mutedText; elide: Text.ElideRight }
        Label { Layout.preferredWidth: 145; visible: !!row.shown.country; text: Format.country(row.country || ""); color: Theme.text; elide: Text.ElideRight }
        Label { Layout.preferredWidth: 140; visible: !!row.shown.industry; text: row.industry || ""; color: Theme.text; elide: Text.ElideRight }
        Label { Layout.preferredWidth: 80; visible: !!row.shown.size; text: row.companySize || ""; color: Theme.mutedText }
        Label { Layout.preferredWidth: 125; visible: !!row.shown.lastVisit; text: Format.relative(row.lastVisitAt); color: Theme.mutedText; elide: Text.ElideRight }
        Label { Layout.preferredWidth: 56; visible: !!row.shown.visits; text: Format.number(row.visits || 0); color: Theme.text; horizontalAlignment: Text.AlignRight }
        Label { Layout.preferredWidth: 60; visible: !!row.shown.pageViews; text: Format.number(row.pageViews || 0); color: Theme.text; horizontalAlignment: Text.AlignRight }
        Label {
            Layout.preferredWidth: 24
            text: row.syncState === Lead.Pending ? "↑" : row.syncState === Lead.Conflict ? "!" : ""
            color: row.syncState === Lead.Conflict ? Theme.danger : Theme.warning
            font.weight: Font.Bold
            horizontalAlignment: Text.AlignHCenter
            ToolTip.visible: ma.containsMouse && text.length > 0
            ToolTip.text: row.syncState === Lead.Pending ? qsTr("Changed here; not on the server yet") : qsTr("The server kept another value")
            MouseArea { id: ma; anchors.fill: parent; hoverEnabled: true }
        }
    }

    // Placeholder while the row's page is read.
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 44
        anchors.rightMargin: 24
        spacing: 16
        visible: !row.loaded
        Rectangle { Layout.preferredWidth: 220; height: 12; radius: 6; color: Theme.skeleton }
        Rectangle { Layout.preferredWidth: 80; height: 12; radius: 6; color: Theme.skeleton }
        Rectangle { Layout.fillWidth: true; height: 12; radius: 6; color: Theme.skeleton }
    }
}
