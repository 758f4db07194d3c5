import QtQuick
import QtTest
import com.miraget.desktop

TestCase {
    name: "KpiTile"
    width: 400
    height: 200
    when: windowShown

    Component { id: tileComponent; KpiTile { title: "Visitors" } }

    function findByName(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByName(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function test_value_and_rise() {
        const tile = createTemporaryObject(tileComponent, parent, { kpi: { value: 1234, previous: 1000, delta: 0.234 } })
        verify(tile)
        compare(findByName(tile, "kpiValue").text, Format.number(1234))
        verify(tile.up)
        verify(!tile.down)
        verify(tile.Accessible.name.indexOf("Visitors") === 0)
        verify(tile.Accessible.name.indexOf(Format.delta(0.234)) > 0)
    }

    function test_fall() {
        const tile = createTemporaryObject(tileComponent, parent, { kpi: { value: 80, previous: 100, delta: -0.2 } })
        verify(tile.down)
        verify(!tile.up)
        compare(Format.delta(-0.2), "−20 %")
    }

    function test_no_previous_period_says_new() {
        const tile = createTemporaryObject(tileComponent, parent, { kpi: { value: 5, previous: 0, delta: undefined } })
        verify(!tile.up && !tile.down)
        compare(Format.delta(undefined), "new")
    }

    function test_live_tiles_hide_the_delta() {
        const tile = createTemporaryObject(tileComponent, parent, { showDelta: false, kpi: { value: 7, previous: 0, delta: undefined } })
        compare(tile.Accessible.name, "Visitors: " + Format.number(7))
    }
}
