import QtQuick
import QtTest
import com.miraget.desktop

TestCase {
    name: "StateView"
    width: 400
    height: 300
    when: windowShown

    Component { id: viewComponent; StateView { anchors.fill: parent } }
    SignalSpy { id: actionSpy; signalName: "action" }

    function test_hidden_when_there_is_content() {
        const view = createTemporaryObject(viewComponent, parent, { state: "" })
        verify(!view.visible)
    }

    function test_error_shows_title_detail_and_action() {
        const view = createTemporaryObject(viewComponent, parent, {
            state: "error", title: "Could not read", detail: "disk full", actionText: "Retry" })
        verify(view.visible)
        actionSpy.target = view
        let found = null
        const walk = item => {
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i]
                if (c.text === "Retry" && c.clicked !== undefined && typeof c.clicked === "function") found = c
                walk(c)
            }
        }
        walk(view)
        verify(found, "the action button is shown")
        verify(found.visible)
        found.clicked()
        compare(actionSpy.count, 1)
    }

    function test_loading_has_no_action() {
        const view = createTemporaryObject(viewComponent, parent, { state: "loading", title: "Reading" })
        verify(view.visible)
        compare(view.actionText, "")
    }
}
