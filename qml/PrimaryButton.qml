import QtQuick
import QtQuick.Controls
import Junheng

// The main action of a bar (定稿, 立即同步). It draws its own background: Material's button background
// goes through a shader effect that the software scene graph cannot draw (client/app/QtCompat.h).
Button {
    id: button

    implicitWidth: Math.max(Theme.buttonMinWidth, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacingXLarge
    rightPadding: Theme.spacingXLarge
    highlighted: true
    font.bold: true

    background: Rectangle {
        implicitHeight: Theme.touchSize
        radius: Theme.radius / 2
        color: !button.enabled ? Theme.disabledBackground : button.down ? Theme.primaryDark : Theme.primary
    }
}
