import QtQuick
import QtTest
import com.miraget.desktop

TestCase {
    name: "MessageBar"
    width: 600
    height: 100
    when: windowShown

    Component { id: barComponent; MessageBar { width: 500 } }

    function test_show_success_and_failure() {
        const bar = createTemporaryObject(barComponent, parent)
        verify(!bar.visible)
        bar.show(true, "Saved.")
        verify(bar.visible)
        compare(bar.text, "Saved.")
        verify(bar.ok)
        bar.show(false, "The server refused: role")
        verify(!bar.ok)
        compare(bar.text, "The server refused: role")
        compare(bar.Accessible.name, "The server refused: role")
    }
}
