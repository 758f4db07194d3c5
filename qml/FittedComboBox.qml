import QtQuick
import QtQuick.Controls

// A drop-down as wide as its longest choice (up to a limit), so that "Any country" and its
// translations ("Beliebiges Land", "Tous les pays"), or "Page views" in a card's header, are never
// cut off. A currentIndex binding should read `model` (model.findIndex(…)): a model with qsTr()
// texts is made anew on a language switch, which resets the index to 0 unless the binding runs
// again.
ComboBox {
    property int maximumWidth: 260

    implicitContentWidthPolicy: ComboBox.WidestText
    width: Math.min(implicitWidth, maximumWidth)
}
