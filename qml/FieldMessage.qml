import QtQuick
import QtQuick.Controls
import Junheng

// What validation says about a field: red for what must be corrected, amber for what to check again.
Rectangle {
    id: box

    property alias text: label.text
    property string severity: "hard"

    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius / 2
    color: Theme.severityBackground(severity)

    Rectangle {
        width: Theme.accentBarWidth
        height: parent.height
        radius: Theme.radius / 2
        color: Theme.severityColor(box.severity)
    }

    Label {
        id: label

        anchors.fill: parent
        anchors.leftMargin: Theme.spacingMedium + Theme.accentBarWidth
        anchors.rightMargin: Theme.spacingMedium
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: Theme.fontSizeMessage
        color: Theme.severityColor(box.severity)
        wrapMode: Text.Wrap
    }
}
