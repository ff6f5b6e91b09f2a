import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Free text, a date or a list of numbers (one per room): a line with an optional unit.
EditorRow {
    id: editor

    InputField {
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.textFieldMaxWidth
        text: editor.value
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
