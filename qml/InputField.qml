import QtQuick
import QtQuick.Controls
import Junheng

// A boxed text input, the same height and frame as the choice boxes, so every place to fill in looks
// alike on the page.
TextField {
    id: field

    implicitHeight: Theme.touchSize
    topInset: 0
    bottomInset: 0
    topPadding: 0
    bottomPadding: 0
    leftPadding: Theme.spacingMedium
    rightPadding: Theme.spacingMedium
    verticalAlignment: TextInput.AlignVCenter
    selectByMouse: true

    background: Rectangle {
        radius: Theme.radius / 2
        color: field.enabled ? Theme.surface : Theme.surfaceMuted
        border.color: field.activeFocus ? Theme.primary : Theme.border
        border.width: field.activeFocus ? 2 * Theme.borderWidth : Theme.borderWidth
    }
}
