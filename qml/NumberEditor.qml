import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// A number with its unit after it. Anything may be typed (full-width digits, 1,200): the validator
// reads it and says what is wrong, so nothing typed is thrown away.
EditorRow {
    id: editor

    InputField {
        Layout.preferredWidth: Theme.numberFieldWidth
        text: editor.value
        horizontalAlignment: TextInput.AlignRight
        inputMethodHints: editor.integer ? Qt.ImhDigitsOnly : Qt.ImhFormattedNumbersOnly
        onTextEdited: editor.edited(text)
    }

    Label {
        Layout.fillWidth: true
        text: editor.unit
        color: Theme.textSecondary
    }
}
