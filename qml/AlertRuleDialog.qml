import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// "Add an alert": what to wait for and its few settings; AlertRulesModel.problemWith() says, as
// the person types, why the rule cannot be added yet, and OK stays off until it can.
Dialog {
    id: dialog

    required property AlertRulesModel rules
    objectName: "alertRuleDialog"
    anchors.centerIn: Overlay.overlay
    modal: true
    focus: true
    width: 520 // fixed: a longer translated title or button would make implicitWidth loop
    title: qsTr("Add an alert")
    standardButtons: Dialog.Ok | Dialog.Cancel

    readonly property var rule: ({
        kind: kindBox.currentValue,
        threshold: kindBox.currentValue === "traffic_change" ? percentBox.value : scoreBox.value,
        companies: companiesField.text,
        pattern: patternField.text,
        direction: directionBox.currentValue,
        windowHours: hoursBox.value,
        quietMinutes: quietBox.value * 60,
        minViews: minViewsBox.value
    })
    readonly property string problem: rules.problemWith(rule)

    onAboutToShow: {
        kindBox.currentIndex = 0
        scoreBox.value = 80
        companiesField.text = ""
        patternField.text = "/pricing"
    }
    onOpened: kindBox.forceActiveFocus(Qt.TabFocusReason)
    onAccepted: rules.add(rule)
    Component.onCompleted: standardButton(Dialog.Ok).enabled = Qt.binding(() => dialog.problem.length === 0)

    GridLayout {
        width: 480
        columns: 2
        columnSpacing: 12
        rowSpacing: 8

        Label { text: qsTr("Tell me when"); color: Theme.mutedText }
        ComboBox {
            id: kindBox
            objectName: "alertKind"
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "key"
            model: [{ key: "hot_lead", label: qsTr("a lead becomes hot") },
                    { key: "watched_company", label: qsTr("a watched company returns") },
                    { key: "page_visit", label: qsTr("someone visits a page") },
                    { key: "traffic_change", label: qsTr("traffic spikes or drops") }]
            Accessible.name: qsTr("Tell me when")
        }

        Label { visible: kindBox.currentValue === "hot_lead"; text: qsTr("Score at least"); color: Theme.mutedText }
        SpinBox {
            id: scoreBox
            objectName: "alertScore"
            visible: kindBox.currentValue === "hot_lead"
            from: 1; to: 100; value: 80
            editable: true
            Accessible.name: qsTr("Score at least")
        }

        Label { visible: kindBox.currentValue === "watched_company"; text: qsTr("Companies"); color: Theme.mutedText }
        FormTextArea {
            id: companiesField
            objectName: "alertCompanies"
            visible: kindBox.currentValue === "watched_company"
            Layout.fillWidth: true
            Layout.preferredHeight: 80
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("One name or domain per line, e.g. acme.com")
            Accessible.name: qsTr("Companies")
        }

        Label { visible: kindBox.currentValue === "page_visit"; text: qsTr("Page"); color: Theme.mutedText }
        TextField {
            id: patternField
            objectName: "alertPattern"
            visible: kindBox.currentValue === "page_visit"
            Layout.fillWidth: true
            placeholderText: qsTr("/pricing, /blog/*, or a whole address")
            Accessible.name: qsTr("Page")
        }

        Label { visible: kindBox.currentValue === "traffic_change"; text: qsTr("Direction"); color: Theme.mutedText }
        ComboBox {
            id: directionBox
            visible: kindBox.currentValue === "traffic_change"
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "key"
            model: [{ key: "both", label: qsTr("a spike or a drop") }, { key: "spike", label: qsTr("a spike") },
                    { key: "drop", label: qsTr("a drop") }]
            Accessible.name: qsTr("Direction")
        }
        Label { visible: kindBox.currentValue === "traffic_change"; text: qsTr("Change of at least (%)"); color: Theme.mutedText }
        SpinBox {
            id: percentBox
            visible: kindBox.currentValue === "traffic_change"
            from: 10; to: 1000; stepSize: 10; value: 50
            editable: true
            Accessible.name: qsTr("Change of at least (%)")
        }
        Label { visible: kindBox.currentValue === "traffic_change"; text: qsTr("Over the last hours"); color: Theme.mutedText }
        SpinBox {
            id: hoursBox
            visible: kindBox.currentValue === "traffic_change"
            from: 1; to: 24; value: 1
            editable: true
            Accessible.name: qsTr("Over the last hours")
        }
        Label { visible: kindBox.currentValue === "traffic_change"; text: qsTr("At least page views"); color: Theme.mutedText }
        SpinBox {
            id: minViewsBox
            visible: kindBox.currentValue === "traffic_change"
            from: 1; to: 100000; stepSize: 10; value: 20
            editable: true
            Accessible.name: qsTr("At least page views")
        }
        Label { visible: kindBox.currentValue === "traffic_change"; text: qsTr("Then quiet for (hours)"); color: Theme.mutedText }
        SpinBox {
            id: quietBox
            visible: kindBox.currentValue === "traffic_change"
            from: 0; to: 168; value: 6
            editable: true
            Accessible.name: qsTr("Then quiet for (hours)")
        }

        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.problem.length > 0
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: dialog.problem
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: kindBox.currentValue === "traffic_change"
                  ? qsTr("Compared with the same hours one week earlier, as soon as the page views are in.")
                  : qsTr("Only what happens from now on counts; each lead or visit is notified once.")
        }
    }
}
