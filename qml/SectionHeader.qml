import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// The title of a section of a form, with a rule under it.
ColumnLayout {
    id: header

    property alias text: title.text

    spacing: Theme.spacingSmall

    Label {
        id: title

        Layout.fillWidth: true
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: Theme.primary
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.borderWidth
        color: Theme.border
    }
}
