import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Settings → Alerts: the account's alert rules (Workspace.alertRules), each with a switch, what it
// waits for, how often it fired, and a remove button; "Add an alert" opens AlertRuleDialog. Rules
// run on this computer over what sync and the live stream bring, and tell the desktop.
Card {
    id: card

    objectName: "alertRulesCard"
    title: qsTr("Alerts")
    implicitHeight: alertsColumn.implicitHeight + 60

    function describe(rule) {
        switch (rule.kind) {
        case "hot_lead":
            return qsTr("A lead reaches score %1").arg(rule.threshold)
        case "watched_company":
            if (rule.targetListId > 0)
                return qsTr("A company on the target list “%1” visits again").arg(Workspace.targetLists.nameOf(rule.targetListId))
            return qsTr("A watched company visits again: %1").arg(rule.companies.join(", "))
        case "page_visit":
            return qsTr("A visit to %1").arg(rule.pattern)
        case "traffic_change": {
            const change = rule.direction === "spike" ? qsTr("Traffic rises by %1 %")
                         : rule.direction === "drop" ? qsTr("Traffic falls by %1 %")
                         : qsTr("Traffic rises or falls by %1 %")
            return change.arg(rule.threshold) + " " + qsTr("against the same %n hour(s) a week before", "", rule.windowHours)
        }
        }
        return rule.kind
    }
    function history(rule) {
        let text = rule.fired > 0
            ? qsTr("Fired %n time(s), last %1", "", rule.fired).arg(Format.relative(rule.lastFiredAt))
            : qsTr("Not fired yet")
        if (rule.kind === "traffic_change" && rule.quietMinutes > 0)
            text += " · " + qsTr("quiet for %n minute(s) after an alert", "", rule.quietMinutes)
        return text
    }

    AlertRuleDialog { id: addDialog; rules: Workspace.alertRules }

    ColumnLayout {
        id: alertsColumn
        width: parent.width
        spacing: 6

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: qsTr("Miraget tells you on the desktop, also while its window is closed. Each event is notified once, including what happened while this computer was offline.")
        }
        Repeater {
            model: Workspace.alertRules
            delegate: RowLayout {
                id: ruleRow
                required property int index
                required property var model
                objectName: "alertRule-" + index
                Layout.fillWidth: true
                spacing: 8
                Switch {
                    objectName: "alertRuleSwitch"
                    checked: ruleRow.model.enabled
                    onToggled: Workspace.alertRules.setEnabled(ruleRow.index, checked)
                    Accessible.name: card.describe(ruleRow.model)
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: card.describe(ruleRow.model)
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: card.history(ruleRow.model)
                        color: Theme.mutedText
                        font.pixelSize: 12
                        elide: Text.ElideRight
                    }
                }
                ToolButton {
                    text: "✕"
                    Accessible.name: qsTr("Remove this alert")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Remove this alert")
                    onClicked: Workspace.alertRules.remove(ruleRow.index)
                }
            }
        }
        Label {
            visible: Workspace.alertRules.count === 0 && !Workspace.alertRules.loading
            text: qsTr("No alerts yet.")
            color: Theme.mutedText
        }
        Button {
            objectName: "addAlertButton"
            text: qsTr("Add an alert…")
            enabled: Workspace.open
            onClicked: addDialog.open()
        }
    }
}
