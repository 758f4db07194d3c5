import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import com.miraget.desktop

// Billing, for owners and billing admins only (the screen is not offered to other roles, and the
// server refuses them anyway): the plan and cycle, the trial, usage against the plan's limits, a
// plan or cycle change with the price shown before it is confirmed, cancelling at the end of the
// period (said plainly: it ends then and does not renew) and the invoices as PDFs.
Flickable {
    id: page

    FocusScroller { flickable: page }

    property var shell
    readonly property BillingModel billing: Workspace.billing
    readonly property var sub: billing.subscription
    property int downloadId: 0

    objectName: "billingPage"
    Accessible.name: qsTr("Billing")
    contentHeight: column.implicitHeight + 48
    clip: true
    ScrollBar.vertical: ScrollBar {}

    Connections {
        target: page.billing
        function onActionFinished(ok, message) { page.shell.report(ok, message) }
    }
    Connections {
        target: Workspace.invoices
        function onActionFinished(ok, message) { page.shell.report(ok, message) }
    }

    FileDialog {
        id: pdfDialog
        title: qsTr("Save invoice")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PDF files (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: Workspace.invoices.downloadPdf(page.downloadId, selectedFile)
    }

    Dialog {
        id: confirmChange
        focus: true
        anchors.centerIn: parent
        modal: true
        width: 480 // fixed: a longer translated title or button would make implicitWidth loop
        title: qsTr("Change your plan?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            width: 420
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.text
                text: page.billing.preview.proposed
                      ? qsTr("From %1 (%2) to %3 (%4). You pay %5 now; the plan then renews on %6 at %7.")
                            .arg(page.billing.preview.current.plan).arg(Format.label(page.billing.preview.current.cycle))
                            .arg(page.billing.preview.proposed.plan).arg(Format.label(page.billing.preview.proposed.cycle))
                            .arg(Format.money(page.billing.preview.amount_due_now_cents, page.billing.preview.currency))
                            .arg(Format.date(page.billing.preview.next_renewal_at))
                            .arg(Format.money(page.billing.preview.next_renewal_cents, page.billing.preview.currency))
                      : ""
            }
        }
        onAccepted: page.billing.applyChange(planBox.currentValue, cycleBox.currentValue)
    }

    Dialog {
        id: confirmCancel
        focus: true
        anchors.centerIn: parent
        modal: true
        width: 480 // fixed: a longer translated title or button would make implicitWidth loop
        title: qsTr("Cancel the subscription?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: 420
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("Your plan stays active until %1 and then ends: it will not renew and you will not be charged again. You can resume before then.")
                      .arg(Format.date(page.sub.current_period_end))
        }
        onAccepted: page.billing.setCancelAtPeriodEnd(true)
    }

    ColumnLayout {
        id: column
        x: 24
        y: 24
        width: page.width - 48
        spacing: Theme.gap

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Billing")
            subtitle: qsTr("Plan, usage and invoices")
        }

        StateView {
            Layout.fillWidth: true
            state: !page.billing.available ? "error" : page.sub.plan ? "" : Workspace.sync.online ? "loading" : "offline"
            title: state === "error" ? qsTr("Billing is for owners and billing admins")
                 : state === "offline" ? qsTr("Billing has not been synced yet") : qsTr("Reading the subscription…")
            detail: state === "offline" ? qsTr("Connect once to see your plan.") : ""
        }

        RowLayout {
            Layout.fillWidth: true
            visible: !!page.sub.plan
            spacing: Theme.gap

            Card {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                title: qsTr("Your plan")
                implicitHeight: planColumn.implicitHeight + 60
                ColumnLayout {
                    id: planColumn
                    width: parent.width
                    spacing: 6
                    RowLayout {
                        Label {
                            objectName: "planName"
                            text: page.sub.plan_name || ""
                            color: Theme.text
                            font.pixelSize: 24
                            font.weight: Font.DemiBold
                        }
                        Chip { text: Format.label(page.sub.cycle || ""); tint: Theme.brand }
                        Chip { text: Format.label(page.sub.status || ""); tint: Theme.stateColor(page.sub.status) }
                    }
                    Label {
                        text: qsTr("%1 per %2").arg(Format.money(page.sub.price_cents || 0, page.sub.currency || "GBP"))
                                                .arg(page.sub.cycle === "annual" ? qsTr("year") : qsTr("month"))
                        color: Theme.text
                    }
                    Label {
                        visible: page.sub.status === "trialing"
                        text: qsTr("Trial: %n day(s) left", "", page.sub.trial_days_left || 0)
                        color: Theme.warning
                        font.weight: Font.DemiBold
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: page.sub.cancel_at_period_end
                              ? qsTr("Cancelled: active until %1, then it ends and does not renew.").arg(Format.date(page.sub.current_period_end))
                              : qsTr("Renews on %1.").arg(Format.date(page.sub.current_period_end))
                        color: page.sub.cancel_at_period_end ? Theme.danger : Theme.mutedText
                    }
                    RowLayout {
                        Button {
                            objectName: "cancelSubscription"
                            visible: !page.sub.cancel_at_period_end
                            text: qsTr("Cancel subscription…")
                            enabled: Workspace.sync.online && !page.billing.busy
                            onClicked: confirmCancel.open()
                        }
                        Button {
                            visible: !!page.sub.cancel_at_period_end
                            text: qsTr("Resume subscription")
                            enabled: Workspace.sync.online && !page.billing.busy
                            onClicked: page.billing.setCancelAtPeriodEnd(false)
                        }
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                title: qsTr("Usage")
                implicitHeight: usageColumn.implicitHeight + 60
                ColumnLayout {
                    id: usageColumn
                    width: parent.width
                    spacing: 10
                    Repeater {
                        model: page.billing.usage
                        delegate: ColumnLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 2
                            RowLayout {
                                Label { Layout.fillWidth: true; text: Format.label(modelData.key); color: Theme.text }
                                Label {
                                    text: qsTr("%1 of %2").arg(Format.number(modelData.used)).arg(Format.number(modelData.limit))
                                    color: modelData.used > modelData.limit ? Theme.danger : Theme.mutedText
                                }
                            }
                            ProgressBar { Layout.fillWidth: true; value: modelData.limit > 0 ? Math.min(1, modelData.used / modelData.limit) : 0 }
                        }
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            visible: !!page.sub.plan
            title: qsTr("Change plan or billing cycle")
            implicitHeight: changeColumn.implicitHeight + 60
            ColumnLayout {
                id: changeColumn
                width: parent.width
                spacing: 8
                RowLayout {
                    spacing: 8
                    ComboBox {
                        id: planBox
                        objectName: "planBox"
                        Layout.preferredWidth: 220
                        textRole: "name"
                        valueRole: "id"
                        model: page.billing.plans
                        currentIndex: Math.max(0, page.billing.plans.findIndex(p => p.id === page.sub.plan))
                        onActivated: page.billing.clearPreview()
                        Accessible.name: qsTr("Plan")
                    }
                    ComboBox {
                        id: cycleBox
                        objectName: "cycleBox"
                        Layout.preferredWidth: 160
                        textRole: "label"
                        valueRole: "key"
                        model: [{ key: "monthly", label: qsTr("Monthly") }, { key: "annual", label: qsTr("Annual") }]
                        currentIndex: Math.max(0, model.findIndex(x => x.key === page.sub.cycle))
                        onActivated: page.billing.clearPreview()
                        Accessible.name: qsTr("Billing cycle")
                    }
                    Button {
                        objectName: "previewButton"
                        text: qsTr("Preview price")
                        enabled: Workspace.sync.online && !page.billing.busy
                                 && (planBox.currentValue !== page.sub.plan || cycleBox.currentValue !== page.sub.cycle)
                        onClicked: page.billing.previewChange(planBox.currentValue, cycleBox.currentValue)
                    }
                    Button {
                        objectName: "changePlanButton"
                        text: qsTr("Change plan…")
                        highlighted: true
                        enabled: !!page.billing.preview.proposed && !page.billing.busy
                        onClicked: confirmChange.open()
                    }
                    BusyIndicator { running: page.billing.busy; visible: running; implicitWidth: 28; implicitHeight: 28 }
                }
                Label {
                    Layout.fillWidth: true
                    visible: !!page.billing.preview.proposed
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    text: page.billing.preview.proposed
                          ? qsTr("Credit for the rest of this period: %1 · due now: %2 · then %3 from %4")
                                .arg(Format.money(page.billing.preview.credit_cents, page.billing.preview.currency))
                                .arg(Format.money(page.billing.preview.amount_due_now_cents, page.billing.preview.currency))
                                .arg(Format.money(page.billing.preview.next_renewal_cents, page.billing.preview.currency))
                                .arg(Format.date(page.billing.preview.next_renewal_at))
                          : ""
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.billing.error.length > 0
                    text: page.billing.error
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: !Workspace.sync.online
                    text: qsTr("Plan changes need a connection to the server.")
                    color: Theme.mutedText
                }
            }
        }

        Card {
            Layout.fillWidth: true
            visible: page.billing.available
            title: qsTr("Invoices")
            implicitHeight: Math.max(120, invoiceList.contentHeight + 70)
            ListView {
                id: invoiceList
                anchors.fill: parent
                interactive: false
                model: Workspace.invoices
                delegate: RowLayout {
                    required property int invoiceId
                    required property string number
                    required property string description
                    required property int amountCents
                    required property string currency
                    required property string status
                    required property var issuedAt
                    width: ListView.view.width
                    height: 44
                    spacing: 12
                    Label { Layout.preferredWidth: 150; text: number; color: Theme.text; font.weight: Font.DemiBold }
                    Label { Layout.preferredWidth: 110; text: Format.date(issuedAt); color: Theme.mutedText }
                    Label { Layout.fillWidth: true; text: description; color: Theme.text; elide: Text.ElideRight }
                    Label { Layout.preferredWidth: 110; text: Format.money(amountCents, currency); color: Theme.text; horizontalAlignment: Text.AlignRight }
                    Chip { text: Format.label(status); tint: Theme.stateColor(status === "paid" ? "succeeded" : status) }
                    Button {
                        text: qsTr("PDF")
                        enabled: Workspace.sync.online
                        onClicked: {
                            page.downloadId = invoiceId
                            pdfDialog.open()
                        }
                        Accessible.name: qsTr("Download invoice %1 as PDF").arg(number)
                    }
                }
                StateView {
                    anchors.fill: parent
                    state: invoiceList.count > 0 ? "" : "empty"
                    title: qsTr("No invoices yet")
                }
            }
        }
    }
}
