import QtQuick
import QtQuick.Layouts
import QtTest
import com.miraget.desktop

// The lead table drops columns as it narrows. Its header must never rebuild its column buttons
// while Qt Quick Layouts arranges them: Qt 6.4's layout engine keeps raw pointers to its items
// between a rearrange and the next polish, and a header rebuilt in between left it reading a freed
// button (SIGSEGV at start in about one launch in ten, when the window's first size arrived; the
// bench_workspace "no first rows" failures). This resizes the view back and forth across every
// column threshold, letting deferred deletes run between two sizes, the order that crashed.
TestCase {
    id: testCase
    name: "LeadListColumns"
    width: 1700
    height: 700
    when: windowShown

    Component {
        id: viewComponent
        ColumnLayout {
            property alias view: view
            width: 1600
            height: 600
            LeadListView {
                id: view
                Layout.fillWidth: true
                Layout.fillHeight: true
                shell: ({ report: function() {} })
            }
        }
    }

    function headerButtons(view) {
        const out = []
        for (const c of view.columnsInOrder) {
            const button = findChild(view, "sort-" + c.key)
            if (button && button.visible)
                out.push(c.key)
        }
        return out
    }

    function test_header_follows_the_width_without_rebuilding() {
        const layout = createTemporaryObject(viewComponent, parent)
        verify(layout)
        const view = layout.view
        const first = findChild(view, "sort-name")
        verify(first, "the header has a button per column")
        let narrowest = view.columnsInOrder.length
        let widest = 0
        for (let pass = 0; pass < 3; ++pass) {
            for (let w = 1600; w >= 500; w -= 45) {
                layout.width = w
                wait(0) // deferred deletes run here: a rebuilt header's old buttons are freed
                layout.width = w - 20
                const shown = headerButtons(view)
                compare(shown.length, Object.keys(view.shown).length, "width " + w)
                narrowest = Math.min(narrowest, shown.length)
                widest = Math.max(widest, shown.length)
            }
            for (let w = 500; w <= 1600; w += 45) {
                layout.width = w
                wait(0)
                layout.width = w + 20
                compare(headerButtons(view).length, Object.keys(view.shown).length, "width " + w)
            }
        }
        verify(narrowest < widest, "the widths tried cross the column thresholds")
        compare(widest, view.columnsInOrder.length, "a wide table shows every column")
        compare(findChild(view, "sort-name"), first, "the header's buttons are kept, not rebuilt")
    }
}
