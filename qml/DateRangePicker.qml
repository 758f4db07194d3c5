import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// A calendar to pick a range of days: the first click sets the first day, the second the last
// (clicked before the first, the two swap). Months change with the arrows or Page Up/Down.
ColumnLayout {
    id: picker

    property date from: new Date()
    property date to: new Date()
    // The month on show: the month of `to` when the picker opens.
    property int month: to.getMonth()
    property int year: to.getFullYear()
    property bool pickingEnd: false

    function dayOnly(d) { return new Date(d.getFullYear(), d.getMonth(), d.getDate()) }
    function inRange(d) { return dayOnly(d) >= dayOnly(from) && dayOnly(d) <= dayOnly(to) }
    function shift(months) {
        const d = new Date(year, month + months, 1)
        month = d.getMonth()
        year = d.getFullYear()
    }
    function pick(d) {
        if (!pickingEnd) {
            from = d
            to = d
        } else if (d < from) {
            to = from
            from = d
        } else {
            to = d
        }
        pickingEnd = !pickingEnd
    }

    spacing: 4
    Keys.onPressed: event => {
        if (event.key === Qt.Key_PageUp) { shift(-1); event.accepted = true }
        else if (event.key === Qt.Key_PageDown) { shift(1); event.accepted = true }
    }

    RowLayout {
        Layout.fillWidth: true
        ToolButton {
            text: "‹"
            onClicked: picker.shift(-1)
            Accessible.name: qsTr("Previous month")
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: Qt.locale().standaloneMonthName(picker.month) + " " + picker.year
            color: Theme.text
            font.weight: Font.DemiBold
        }
        ToolButton {
            text: "›"
            onClicked: picker.shift(1)
            Accessible.name: qsTr("Next month")
        }
    }
    DayOfWeekRow {
        Layout.fillWidth: true
        locale: Qt.locale()
        delegate: Label {
            required property string shortName
            text: shortName
            horizontalAlignment: Text.AlignHCenter
            color: Theme.mutedText
            font.pixelSize: 11
        }
    }
    MonthGrid {
        id: grid
        objectName: "monthGrid"
        Layout.fillWidth: true
        month: picker.month
        year: picker.year
        locale: Qt.locale()
        onClicked: date => picker.pick(date)
        delegate: Rectangle {
            required property var model
            implicitWidth: 34
            implicitHeight: 28
            radius: 4
            color: picker.inRange(model.date) ? Qt.rgba(Theme.brand.r, Theme.brand.g, Theme.brand.b, 0.25) : "transparent"
            Label {
                anchors.centerIn: parent
                text: model.day
                opacity: model.month === picker.month ? 1 : 0.4
                color: model.today ? Theme.brand : Theme.text
                font.weight: model.today ? Font.DemiBold : Font.Normal
            }
        }
    }
    Label {
        Layout.fillWidth: true
        text: picker.pickingEnd ? qsTr("Now click the last day.")
                                : qsTr("%1 – %2").arg(Format.date(picker.from)).arg(Format.date(picker.to))
        color: Theme.mutedText
        font.pixelSize: 12
    }
}
