import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// A number with its unit after it. Anything may be typed (full-width digits, 1,200): the validator
// reads it and says what is wrong, so nothing typed is thrown away.
RowLayout {
    id: editor

    property string text
    property string unit
    property bool integer: true

    signal edited(string text)

    spacing: Theme.spacing

    InputField {
        Layout.preferredWidth: Theme.numberFieldWidth
        text: editor.text
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
