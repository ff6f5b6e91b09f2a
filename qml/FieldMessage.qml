import QtQuick
import QtQuick.Controls
import Junheng

// What validation says about a field: red for what must be corrected, amber for what to check again.
Label {
    id: message

    property string severity: "hard"

    leftPadding: Theme.spacingMedium + Theme.accentBarWidth
    rightPadding: Theme.spacingMedium
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    font.pixelSize: Theme.fontSizeMessage
    color: Theme.severityColor(severity)
    wrapMode: Text.Wrap

    background: Rectangle {
        radius: Theme.radius / 2
        color: Theme.severityBackground(message.severity)

        Rectangle {
            width: Theme.accentBarWidth
            height: parent.height
            color: Theme.severityColor(message.severity)
        }
    }
}
