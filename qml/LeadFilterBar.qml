import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import com.miraget.desktop

// The lead list's filters: status, temperature, score, country, industry, size, tag, assignee,
// site and last visit. Each change starts a new query; the values offered come from the cache.
Flow {
    id: bar
    objectName: "leadFilterBar"

    required property LeadListModel leads
    readonly property var options: leads.options

    spacing: 8

    function toggled(list, value) {
        const copy = list.slice()
        const at = copy.indexOf(value)
        if (at >= 0) copy.splice(at, 1); else copy.push(value)
        return copy
    }
    // "Any …" first, then the values; `name` turns a value into what is shown (a country's code
    // into its name in the UI language), and the list is then in the order of those names.
    function choices(all, label, name) {
        const items = []
        for (const v of (all || []))
            items.push({ text: name ? name(v) : v, value: v })
        if (name)
            items.sort((a, b) => a.text.localeCompare(b.text))
        return [{ text: label, value: "" }].concat(items)
    }

    // The companies behind a dashboard segment, goal or funnel step: one chip, removable.
    Button {
        objectName: "companiesFilter"
        visible: bar.leads.companiesCount > 0
        text: qsTr("%1 (%n companies)  ✕", "", bar.leads.companiesCount).arg(bar.leads.companiesLabel)
        font.capitalization: Font.MixedCase
        highlighted: true
        onClicked: bar.leads.clearCompanies()
        Accessible.name: qsTr("Show every company again, not only: %1").arg(bar.leads.companiesLabel)
    }

    Button {
        objectName: "statusFilter"
        text: bar.leads.statuses.length === 0 ? qsTr("Any status ▾")
            : bar.leads.statuses.map(s => Format.label(s)).join(", ") + " ▾"
        onClicked: statusMenu.open()
        Accessible.name: qsTr("Status filter")
        Menu {
            id: statusMenu
            y: parent.height
            Repeater {
                model: Format.leadStatuses
                delegate: MenuItem {
                    required property string modelData
                    text: Format.label(modelData)
                    checkable: true
                    checked: bar.leads.statuses.indexOf(modelData) >= 0
                    onTriggered: bar.leads.statuses = bar.toggled(bar.leads.statuses, modelData)
                }
            }
        }
    }
    Button {
        objectName: "gradeFilter"
        text: bar.leads.grades.length === 0 ? qsTr("Any fit ▾")
            : qsTr("Fit %1 ▾").arg(bar.leads.grades.map(g => Format.gradeLabel(g)).join(", "))
        onClicked: gradeMenu.open()
        Accessible.name: qsTr("Fit grade filter")
        Menu {
            id: gradeMenu
            y: parent.height
            Repeater {
                model: Format.fitGrades
                delegate: MenuItem {
                    required property int modelData
                    text: Format.gradeLabel(modelData)
                    checkable: true
                    checked: bar.leads.grades.indexOf(modelData) >= 0
                    onTriggered: bar.leads.grades = bar.toggled(bar.leads.grades, modelData)
                }
            }
        }
    }
    Repeater {
        model: Format.leadTemperatures
        delegate: Button {
            required property string modelData
            objectName: "temperature-" + modelData
            text: Format.label(modelData)
            checkable: true
            checked: bar.leads.temperatures.indexOf(modelData) >= 0
            highlighted: checked
            onClicked: bar.leads.temperatures = bar.toggled(bar.leads.temperatures, modelData)
            Accessible.name: qsTr("Only %1 leads").arg(Format.label(modelData))
        }
    }
    RowLayout {
        spacing: 4
        Label { text: qsTr("Score %1–%2").arg(bar.leads.scoreMin).arg(bar.leads.scoreMax); color: Theme.mutedText }
        RangeSlider {
            Layout.preferredWidth: 150
            from: 0; to: 100; stepSize: 5
            first.value: bar.leads.scoreMin
            second.value: bar.leads.scoreMax
            first.onMoved: bar.leads.scoreMin = first.value
            second.onMoved: bar.leads.scoreMax = second.value
            Accessible.name: qsTr("Score range")
        }
    }
    FittedComboBox {
        model: bar.choices(bar.options.countries, qsTr("Any country"), code => Format.country(code))
        textRole: "text"; valueRole: "value"
        currentIndex: Math.max(0, model.findIndex(x => x.value === bar.leads.country))
        onActivated: bar.leads.country = currentValue
        Accessible.name: qsTr("Country filter")
    }
    FittedComboBox {
        model: bar.choices(bar.options.industries, qsTr("Any industry"))
        textRole: "text"; valueRole: "value"
        currentIndex: Math.max(0, model.findIndex(x => x.value === bar.leads.industry))
        onActivated: bar.leads.industry = currentValue
        Accessible.name: qsTr("Industry filter")
    }
    FittedComboBox {
        model: bar.choices(bar.options.sizes, qsTr("Any size"))
        textRole: "text"; valueRole: "value"
        currentIndex: Math.max(0, model.findIndex(x => x.value === bar.leads.size))
        onActivated: bar.leads.size = currentValue
        Accessible.name: qsTr("Company size filter")
    }
    FittedComboBox {
        model: bar.choices(bar.options.tags, qsTr("Any tag"))
        textRole: "text"; valueRole: "value"
        currentIndex: bar.leads.tags.length ? Math.max(0, model.findIndex(x => x.value === bar.leads.tags[0])) : 0
        onActivated: bar.leads.tags = currentValue ? [currentValue] : []
        Accessible.name: qsTr("Tag filter")
    }
    FittedComboBox {
        textRole: "text"; valueRole: "value"
        model: {
            const items = [{ text: qsTr("Anyone"), value: -1 }, { text: qsTr("Unassigned"), value: 0 }]
            for (let i = 0; i < Workspace.team.count; ++i)
                if (Workspace.team.get(i, "assignable"))
                    items.push({ text: Workspace.team.get(i, "name"), value: Workspace.team.get(i, "memberId") })
            return items
        }
        currentIndex: Math.max(0, model.findIndex(x => x.value === bar.leads.assigneeId))
        onActivated: bar.leads.assigneeId = currentValue
        Accessible.name: qsTr("Assignee filter")
    }
    FittedComboBox {
        textRole: "text"; valueRole: "value"
        model: {
            const items = [{ text: qsTr("All sites"), value: 0 }]
            for (let i = 0; i < Workspace.sites.count; ++i)
                items.push({ text: Workspace.sites.get(i, "domain"), value: Workspace.sites.get(i, "siteId") })
            return items
        }
        currentIndex: Math.max(0, model.findIndex(x => x.value === bar.leads.siteId))
        onActivated: bar.leads.siteId = currentValue
        Accessible.name: qsTr("Site filter")
    }
    FittedComboBox {
        objectName: "targetListFilter"
        visible: Workspace.targetLists.count > 0 || bar.leads.targetListId > 0
        textRole: "text"; valueRole: "value"
        model: {
            const items = [{ text: qsTr("Any list"), value: 0 }]
            for (let i = 0; i < Workspace.targetLists.count; ++i)
                items.push({ text: Workspace.targetLists.get(i, "name"), value: Workspace.targetLists.get(i, "listId") })
            return items
        }
        currentIndex: Math.max(0, model.findIndex(x => x.value === bar.leads.targetListId))
        onActivated: bar.leads.targetListId = currentValue
        Accessible.name: qsTr("Target list filter")
    }
    FittedComboBox {
        id: visitBox
        textRole: "text"; valueRole: "days"
        model: [
            { text: qsTr("Visited any time"), days: 0 }, { text: qsTr("Visited today"), days: 1 },
            { text: qsTr("Last 7 days"), days: 7 }, { text: qsTr("Last 30 days"), days: 30 },
            { text: qsTr("Last 90 days"), days: 90 }
        ]
        onActivated: {
            if (currentValue === 0) {
                bar.leads.lastVisitFrom = new Date(NaN)
            } else {
                const d = new Date()
                d.setDate(d.getDate() - (currentValue - 1))
                bar.leads.lastVisitFrom = d
            }
        }
        Accessible.name: qsTr("Last visit filter")
    }
    Button {
        objectName: "hotAndFit"
        text: qsTr("Hot and fit")
        onClicked: { visitBox.currentIndex = 0; bar.leads.showHotAndFit() }
        Accessible.name: qsTr("Show hot leads of companies that fit the profile")
    }
    Button {
        objectName: "hiddenView"
        text: qsTr("Hidden")
        checkable: true
        checked: bar.leads.hiddenOnly
        highlighted: checked
        onClicked: bar.leads.hiddenOnly = checked
        Accessible.name: qsTr("Show only hidden companies")
    }
    Button {
        visible: bar.leads.filtered
        flat: true
        text: qsTr("Clear filters")
        onClicked: { visitBox.currentIndex = 0; bar.leads.clearFilters() }
    }
}
