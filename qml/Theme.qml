pragma Singleton
import QtQuick

// The colours every page shares. Light only for now; dark and follow-system arrive with the
// dashboard (issue #5), which switches these in one place.
QtObject {
    readonly property color brand: "#2f4fd8"
    readonly property color page: "#f3f5fa"
    readonly property color cardBorder: "#dde2ec"
    readonly property color text: "#1d2333"
    readonly property color mutedText: "#677089"
    readonly property color danger: "#b3261e"
}
