import QtQuick
import QtQuick.Controls
import QtTest
import com.miraget.desktop

// The Help menu, Help → About and Settings → Startup: F1 opening the menu, what the dialogs show,
// Esc closing them, and the
// start-minimised switch writing AppSettings (the autostart switch is only looked at: toggling it
// would write the real user's autostart entry).
TestCase {
    name: "AboutDialog"
    width: 800
    height: 600
    when: windowShown

    Component { id: aboutComponent; AboutDialog {} }
    Component { id: startupComponent; StartupSettingsCard { width: 600 } }
    Component { id: menuBarComponent; HelpMenuBar { width: 600 } }

    function texts(item, found) {
        found = found || []
        if (item.text !== undefined && item.visible)
            found.push(String(item.text))
        for (let i = 0; i < item.children.length; ++i)
            texts(item.children[i], found)
        return found
    }

    function test_about_shows_version_licences_and_links() {
        const dialog = createTemporaryObject(aboutComponent, parent)
        dialog.open()
        tryCompare(dialog, "opened", true)
        const shown = texts(dialog.contentItem).join("\n")
        verify(shown.includes("Miraget Desktop 0.0.0-test"), shown)
        verify(shown.includes("Powered by Miraget"), shown)
        verify(shown.includes("Qt " + AppContext.qtVersion), shown)
        verify(shown.includes("SQLCipher") && shown.includes("QtKeychain") && shown.includes("LGPL"), shown)
        verify(shown.includes("https://miraget.com/terms"), shown)
        verify(shown.includes("https://miraget.com/privacy"), shown)
        compare(dialog.width, 520)
    }

    function test_escape_closes_about() {
        const dialog = createTemporaryObject(aboutComponent, parent)
        dialog.open()
        tryCompare(dialog, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
    }

    function test_start_minimised_switch_writes_setting() {
        const card = createTemporaryObject(startupComponent, parent)
        const before = AppSettings.startMinimized
        const minimised = findChild(card, "startMinimizedSwitch")
        verify(minimised)
        compare(minimised.checked, before)
        mouseClick(minimised)
        compare(AppSettings.startMinimized, !before)
        mouseClick(minimised)
        compare(AppSettings.startMinimized, before)
        const autostart = findChild(card, "autostartSwitch")
        verify(autostart)
        compare(autostart.checked, AppSettings.autostart)
    }

    function test_f1_opens_help_menu_and_about() {
        const bar = createTemporaryObject(menuBarComponent, parent)
        const menu = findChild(bar, "helpMenu")
        verify(menu)
        verify(!menu.visible)
        keyClick(Qt.Key_F1)
        tryCompare(menu, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(menu, "visible", false)
        keyClick(Qt.Key_H, Qt.AltModifier)
        tryCompare(menu, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(menu, "visible", false)

        findChild(bar, "aboutAction").trigger()
        const about = findChild(bar, "aboutDialog")
        tryCompare(about, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(about, "visible", false)
    }

    function test_report_a_problem_copies_and_says_so() {
        const bar = createTemporaryObject(menuBarComponent, parent)
        findChild(bar, "reportProblemAction").trigger()
        tryCompare(findChild(bar, "diagnosticsCopiedDialog"), "opened", true)
    }
}
