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

    InputField {
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.textFieldMaxWidth
        text: editor.text
        placeholderText: editor.placeholder
        onTextEdited: editor.edited(text)
    }

    Label {
        Layout.fillWidth: true
        visible: editor.unit.length > 0
        text: editor.unit
        color: Theme.textSecondary
    }
}
