import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// Settings → Ideal customer: which industries, company sizes, countries and tags make a company
// our kind of customer, each with a weight (Workspace.icp). Every lead gets a fit grade from it,
// computed on this computer; saving regrades the whole cache at once. Owners and admins edit.
Card {
    id: card

    objectName: "icpProfileCard"
    title: qsTr("Ideal customer")
    implicitHeight: icpColumn.implicitHeight + 60

    readonly property IcpEditor icp: Workspace.icp
    readonly property var options: Workspace.leads.options

    function choicesFor(dimension) {
        switch (dimension) {
        case IcpProfile.Industry: return options.industries
        case IcpProfile.Size: return options.sizes
        case IcpProfile.Country: return options.countries
        case IcpProfile.Tag: return options.tags
        }
        return []
    }
    function valueText(dimension, value) {
        return dimension === IcpProfile.Country ? Format.country(value) : value
    }

    Component.onCompleted: options.load()

    ColumnLayout {
        id: icpColumn
        width: parent.width
        spacing: 10

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            text: card.icp.canEdit
                  ? qsTr("A lead's fit is the share of these weights its company matches: A from 80, B from 60, C from 40, else D. A dimension without values does not count.")
                  : qsTr("Only an owner or an admin may change the profile. A lead's fit is the share of these weights its company matches: A from 80, B from 60, C from 40, else D.")
        }
        Repeater {
            model: card.icp.dimensions
            delegate: ColumnLayout {
                id: dimensionRow
                required property var modelData
                objectName: "icpDimension-" + modelData.dimension
                Layout.fillWidth: true
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label { text: Format.dimensionLabel(dimensionRow.modelData.dimension); color: Theme.text; font.weight: Font.DemiBold; Layout.preferredWidth: 130 }
                    Slider {
                        objectName: "icpWeight"
                        Layout.preferredWidth: 200
                        from: 0; to: 100; stepSize: 5
                        value: dimensionRow.modelData.weight
                        enabled: card.icp.canEdit
                        onMoved: card.icp.setWeight(dimensionRow.modelData.dimension, value)
                        Accessible.name: qsTr("Weight of %1").arg(Format.dimensionLabel(dimensionRow.modelData.dimension))
                    }
                    Label { text: qsTr("weight %1").arg(dimensionRow.modelData.weight); color: Theme.mutedText; Layout.preferredWidth: 80 }
                    FittedComboBox {
                        objectName: "icpAdd"
                        visible: card.icp.canEdit
                        model: [qsTr("Add…")].concat((card.choicesFor(dimensionRow.modelData.dimension) || [])
                            .filter(v => dimensionRow.modelData.values.indexOf(v) < 0))
                        onActivated: index => {
                            if (index > 0)
                                card.icp.addValue(dimensionRow.modelData.dimension, model[index])
                            currentIndex = 0
                        }
                        Accessible.name: qsTr("Add a value to %1").arg(Format.dimensionLabel(dimensionRow.modelData.dimension))
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 6
                    Repeater {
                        model: dimensionRow.modelData.values
                        delegate: Chip {
                            required property string modelData
                            text: card.valueText(dimensionRow.modelData.dimension, modelData) + (card.icp.canEdit ? "  ✕" : "")
                            tint: Theme.brand
                            MouseArea {
                                anchors.fill: parent
                                enabled: card.icp.canEdit
                                cursorShape: Qt.PointingHandCursor
                                onClicked: card.icp.removeValue(dimensionRow.modelData.dimension, parent.modelData)
                            }
                        }
                    }
                    Label {
                        visible: dimensionRow.modelData.values.length === 0
                        text: qsTr("Any (does not count)")
                        color: Theme.mutedText
                        font.pixelSize: 12
                    }
                }
            }
        }
        RowLayout {
            visible: card.icp.canEdit
            spacing: 8
            Button {
                objectName: "saveIcpButton"
                text: card.icp.saving ? qsTr("Saving…") : qsTr("Save profile")
                highlighted: true
                enabled: card.icp.dirty && !card.icp.saving && Workspace.sync.online
                onClicked: card.icp.save()
            }
            Button { text: qsTr("Undo changes"); flat: true; enabled: card.icp.dirty && !card.icp.saving; onClicked: card.icp.revert() }
            Label {
                visible: card.icp.dirty && !Workspace.sync.online
                text: qsTr("Saving the profile needs the network.")
                color: Theme.warning
            }
        }
    }
}
