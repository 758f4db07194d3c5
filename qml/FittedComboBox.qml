import QtQuick
import QtQuick.Controls

// A filter's drop-down in a row of filters: as wide as its longest choice (up to a limit), so that
// "Any country" and its translations ("Beliebiges Land", "Tous les pays") are never cut off.
ComboBox {
    property int maximumWidth: 260

    implicitContentWidthPolicy: ComboBox.WidestText
    width: Math.min(implicitWidth, maximumWidth)
}
