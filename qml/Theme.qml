pragma Singleton
import QtQuick
import com.miraget.desktop

// The colours and sizes every screen shares, light or dark as AppSettings says (its own choice, or
// the system's). Screens never hard-code a colour: switching the theme is this one file.
QtObject {
    readonly property bool dark: AppSettings.dark

    readonly property color brand: dark ? "#7b93ff" : "#2f4fd8"
    readonly property color brandBar: dark ? "#1a2140" : "#2f4fd8"
    readonly property color textOnBrand: "#ffffff"
    readonly property color mutedOnBrand: dark ? "#aab6e8" : "#c9d4ff"
    readonly property color page: dark ? "#12151c" : "#f3f5fa"
    readonly property color surface: dark ? "#1b1f29" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#222735" : "#f7f8fb"
    readonly property color selection: dark ? "#2b3658" : "#e6ebff"
    readonly property color cardBorder: dark ? "#2f3546" : "#dde2ec"
    readonly property color divider: dark ? "#2a3040" : "#e8ebf2"
    readonly property color text: dark ? "#e6e9f2" : "#1d2333"
    readonly property color mutedText: dark ? "#9aa3b8" : "#677089"
    readonly property color danger: dark ? "#ff8a80" : "#b3261e"
    readonly property color warning: dark ? "#ffc46b" : "#a15c00"
    readonly property color success: dark ? "#6dd58c" : "#1e7e34"
    readonly property color hot: dark ? "#ff7a6e" : "#d93025"
    readonly property color warm: dark ? "#ffb74d" : "#e37400"
    readonly property color cold: dark ? "#7fb3ff" : "#1a73e8"
    readonly property color chartLine: brand
    readonly property color chartCompare: dark ? "#6b7386" : "#a9b0c2"
    // The keyboard focus ring on our own backgrounds (Material's own controls draw theirs).
    readonly property color focusRing: brand
    readonly property color skeleton: dark ? "#2a3040" : "#eceff5"

    readonly property int radius: 10
    readonly property int gap: 16
    readonly property int sidebarWidth: 208
    readonly property int leadRowHeight: 44

    // In the order of Lead.Status and Lead.Temperature (core/leadvocabulary.h).
    readonly property var statusColors: [cold, warm, brand, success, mutedText]
    readonly property var temperatureColors: [hot, warm, cold]
    // By IcpProfile.Grade: none, A, B, C, D.
    readonly property var gradeColors: [mutedText, success, brand, warm, mutedText]
    function gradeColor(grade) { return gradeColors[grade] || mutedText }
    function statusColor(status) {
        const index = Formatter.statusIndex(status || "")
        return index >= 0 ? statusColors[index] : mutedText
    }
    function temperatureColor(temperature) {
        const index = Formatter.temperatureIndex(temperature || "")
        return index >= 0 ? temperatureColors[index] : cold
    }
    function stateColor(state) {
        switch (state) {
        case "connected": case "succeeded": case "active": case "synced": return success
        case "error": case "failed": case "conflict": return danger
        case "running": case "pending": case "trialing": return warning
        }
        return mutedText
    }
}
