pragma Singleton
import QtQml
import com.miraget.desktop

// What screens call to format numbers, times, money, countries and labels: Formatter's functions
// (ui/format.h), each of which first reads the UI language. A binding gets its dependencies from
// the properties it reads, and a C++ call reads none, so "text: Format.label(status)" used to keep
// the old language after a switch (German chips in an English window). Reading UiLanguage.current
// here makes every such binding follow a switch, as qsTr() bindings do.
QtObject {
    function follow() { return UiLanguage.current }

    function number(value) { follow(); return Formatter.number(value) }
    function compact(value) { follow(); return Formatter.compact(value) }
    function decimal(value, decimals) { follow(); return Formatter.decimal(value, decimals || 1) }
    function percent(fraction, decimals) { follow(); return Formatter.percent(fraction, decimals || 0) }
    function delta(fraction) { follow(); return Formatter.delta(fraction) }
    function relative(time) { follow(); return Formatter.relative(time) }
    function dateTime(time) { follow(); return Formatter.dateTime(time) }
    function date(time) { follow(); return Formatter.date(time) }
    function time(value) { follow(); return Formatter.time(value) }
    function duration(seconds) { follow(); return Formatter.duration(seconds) }
    function money(cents, currency) { follow(); return Formatter.money(cents, currency) }
    function country(isoCode) { follow(); return Formatter.country(isoCode) }
    function url(value) { follow(); return Formatter.url(value) }
    function label(key) { follow(); return Formatter.label(key) }
    readonly property var leadStatuses: Formatter.leadStatuses()
    readonly property var leadTemperatures: Formatter.leadTemperatures()
    function statusIndex(status) { return Formatter.statusIndex(status || "") }
    function temperatureIndex(temperature) { return Formatter.temperatureIndex(temperature || "") }
    readonly property var fitGrades: Formatter.fitGrades()
    function gradeLabel(grade) { follow(); return Formatter.gradeLabel(grade) }
    function dimensionLabel(dimension) { follow(); return Formatter.dimensionLabel(dimension) }
    readonly property var exclusionReasons: Formatter.exclusionReasons()
    function reasonLabel(reason) { follow(); return Formatter.reasonLabel(reason) }
    function reasonChoices() { follow(); return Formatter.reasonChoices() }
}
