import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// 是 / 否 as two buttons: neither is picked until the person answers (a switch would answer 否 for them).
EditorRow {
    id: editor

    // The stored answer as Validator::displayText writes it and parseInput reads it: "是", "否" or "".
    readonly property string yes: "是"
    readonly property string no: "否"

    spacing: Theme.spacingXLarge

    RadioButton {
        Layout.minimumHeight: Theme.touchSize
        text: qsTr("是")
        checked: editor.value === editor.yes
        onClicked: editor.edited(editor.yes)
    }

    RadioButton {
        Layout.minimumHeight: Theme.touchSize
        text: qsTr("否")
        checked: editor.value === editor.no
        onClicked: editor.edited(editor.no)
    }

    Item {
        Layout.fillWidth: true
    }
}
