import QtQuick
import QtQuick.Controls
import Junheng

// A second action next to a PrimaryButton (保存草稿): outlined, same size, drawn without shader effects.
Button {
    id: button

    implicitWidth: Math.max(Theme.buttonMinWidth, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacingXLarge
    rightPadding: Theme.spacingXLarge
    flat: true

    background: Rectangle {
        implicitHeight: Theme.touchSize
        radius: Theme.radius / 2
        color: button.down ? Theme.surfaceMuted : Theme.surface
        border.color: button.enabled ? Theme.primary : Theme.border
        border.width: Theme.borderWidth
    }
}
