import QtQuick
import QtTest
import com.miraget.desktop

TestCase {
    name: "LeadRow"
    width: 1200
    height: 100
    when: windowShown

    Component {
        id: rowComponent
        LeadRow {
            width: 1100
            index: 3
            leadId: 42
            name: "Acme GmbH"; domain: "acme.de"; score: 75; temperature: "hot"; status: "working"
            assignee: "Lucas Meyer"; country: "DE"; industry: "Software"; companySize: "51-200"
            lastVisitAt: new Date(); visits: 3; pageViews: 12; syncState: Lead.Pending; selected: false
            tags: ["icp", "hot"]; fit: 85; grade: IcpProfile.A; targetLists: "Enterprise targets"
            shown: ({ score: true, fit: true, status: true, assignee: true, country: true })
        }
    }
    SignalSpy { id: clickSpy; signalName: "clicked" }
    SignalSpy { id: toggleSpy; signalName: "toggled" }

    function texts(item) {
        let out = []
        if (item.visible === false)
            return out
        if (item.text !== undefined && item.text !== "")
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            out = out.concat(texts(item.children[i]))
        return out
    }

    function test_loaded_row_shows_the_lead() {
        const row = createTemporaryObject(rowComponent, parent, { loaded: true })
        const shown = texts(row)
        verify(shown.indexOf("Acme GmbH") >= 0, shown)
        verify(shown.indexOf("Working") >= 0, shown)
        verify(shown.indexOf("Hot") >= 0, shown)
        verify(shown.indexOf("A · 85") >= 0, shown)
        verify(shown.some(t => t.indexOf("◎ Enterprise targets") >= 0), "its target lists are named")
        verify(shown.indexOf("↑") >= 0, "a pending edit is marked")
        verify(shown.indexOf("Software") < 0, "a column not shown is hidden")
        compare(row.Accessible.name, "Acme GmbH, score 75, Working")
    }

    function test_placeholder_until_loaded() {
        const row = createTemporaryObject(rowComponent, parent, { loaded: false })
        verify(texts(row).indexOf("Acme GmbH") < 0)
        compare(row.Accessible.name, "Loading")
    }

    function test_click_and_toggle() {
        const row = createTemporaryObject(rowComponent, parent, { loaded: true })
        clickSpy.target = row
        toggleSpy.target = row
        mouseClick(row, 600, 20)
        compare(clickSpy.count, 1)
        compare(clickSpy.signalArguments[0][0], 3)
        mouseClick(row, 22, 22) // the checkbox
        compare(toggleSpy.count, 1)
    }
}
