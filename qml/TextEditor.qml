import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Free text, a date or a list of numbers (one per room): a full-width line with an optional unit.
RowLayout {
    id: editor

    property string text
    property string unit
    property string placeholder

    signal edited(string text)

    spacing: Theme.spacing

    TextField {
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchSize
        text: editor.text
        placeholderText: editor.placeholder
        selectByMouse: true
        onTextEdited: editor.edited(text)
    }

    Label {
        visible: editor.unit.length > 0
        text: editor.unit
        color: Theme.textSecondary
    }
}
