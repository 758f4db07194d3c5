import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The screens, one per row, with their shortcut; the current one highlighted. Screens a role may
// not use (Billing, Audit log) are not listed at all. Leads carries the count of new hot leads
// (the same number as the tray), until the lead list has been looked at; "What's new" the changes
// since the user last looked, until they are marked seen. Keyboard: the list is one
// Tab stop, the current screen; Up and Down move to the previous or next screen, as in a tab bar.
Rectangle {
    id: sidebar

    // [{ key, icon }] in order; titleOf(key) and allowed(key) say what each is called and whether
    // it is listed (a role may not use Billing or the Audit log).
    property var screens: []
    property var titleOf: key => key
    property var allowed: key => true
    property string current
    property int newHotLeads: 0
    property int sinceLastLook: 0
    signal selected(string key)

    // Puts the keyboard focus on a screen's entry, before it becomes the current one (after
    // Ctrl+1…9, or the arrows): the entry that loses "current" must not hold the focus then.
    function focusEntry(key) {
        for (let i = 0; i < navItems.count; ++i) {
            const entry = navItems.itemAt(i)
            if (entry && entry.key === key) {
                entry.forceActiveFocus(Qt.TabFocusReason)
                return
            }
        }
    }
    function step(from, direction) {
        for (let i = from + direction; i >= 0 && i < screens.length; i += direction) {
            if (allowed(screens[i].key)) {
                focusEntry(screens[i].key)
                selected(screens[i].key)
                return
            }
        }
    }

    color: Theme.surface
    Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.divider }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 12
        anchors.bottomMargin: 12
        spacing: 2

        Repeater {
            id: navItems
            model: sidebar.screens
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                readonly property string key: modelData.key
                readonly property string title: sidebar.titleOf(modelData.key)
                objectName: "nav-" + modelData.key
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                visible: sidebar.allowed(modelData.key)
                highlighted: sidebar.current === modelData.key
                focusPolicy: highlighted ? Qt.StrongFocus : Qt.ClickFocus
                onClicked: sidebar.selected(modelData.key)
                Keys.onUpPressed: sidebar.step(index, -1)
                Keys.onDownPressed: sidebar.step(index, 1)
                Accessible.role: Accessible.PageTab
                Accessible.name: index < 10 ? qsTr("%1 (Ctrl+%2)").arg(title).arg((index + 1) % 10) : title
                ToolTip.visible: hovered && (modelData.key === "leads" && sidebar.newHotLeads > 0
                                             || modelData.key === "sinceLastLook" && sidebar.sinceLastLook > 0)
                ToolTip.text: modelData.key === "leads" ? qsTr("%n new hot lead(s)", "", sidebar.newHotLeads)
                                                        : qsTr("%n change(s) since you last looked", "", sidebar.sinceLastLook)
                background: Rectangle {
                    radius: 8
                    color: parent.highlighted ? Theme.selection : parent.hovered ? Theme.surfaceAlt : "transparent"
                }
                contentItem: RowLayout {
                    spacing: 12
                    Label {
                        Layout.preferredWidth: 18
                        horizontalAlignment: Text.AlignHCenter
                        text: modelData.icon
                        color: sidebar.current === modelData.key ? Theme.brand : Theme.mutedText
                        font.pixelSize: 15
                    }
                    Label {
                        Layout.fillWidth: true
                        text: title
                        color: sidebar.current === modelData.key ? Theme.brand : Theme.text
                        font.weight: sidebar.current === modelData.key ? Font.DemiBold : Font.Normal
                    }
                    Badge {
                        objectName: "newHotLeadsBadge"
                        visible: modelData.key === "leads" && sidebar.newHotLeads > 0
                        text: sidebar.newHotLeads > 99 ? "99+" : Format.number(sidebar.newHotLeads)
                        tint: Theme.danger
                        Accessible.name: qsTr("%n new hot lead(s)", "", sidebar.newHotLeads)
                    }
                    // A dot, not a count: the entry's title leaves no room for one in a narrow
                    // sidebar (the number is in the tooltip and on the screen).
                    Rectangle {
                        objectName: "sinceLastLookBadge"
                        readonly property int count: sidebar.sinceLastLook
                        visible: modelData.key === "sinceLastLook" && count > 0
                        implicitWidth: 8
                        implicitHeight: 8
                        radius: 4
                        color: Theme.brand
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("%n change(s) since you last looked", "", count)
                    }
                    Label {
                        visible: index < 10
                        text: "⌃" + (index + 1) % 10
                        color: Theme.mutedText
                        font.pixelSize: 11
                        opacity: 0.7
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
        Label {
            Layout.leftMargin: 20
            text: qsTr("Powered by Miraget")
            color: Theme.mutedText
            font.pixelSize: 11
        }
        Label {
            Layout.leftMargin: 20
            text: qsTr("Version %1").arg(AppContext.version)
            color: Theme.mutedText
            font.pixelSize: 11
        }
    }
}
