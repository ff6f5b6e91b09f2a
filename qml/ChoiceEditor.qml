import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// One of a list of choices; "请选择" until one is picked.
EditorRow {
    id: editor

    function indexOf(value) {
        for (let i = 0; i < choices.length; ++i) {
            if (choices[i].value === value)
                return i;
        }
        return -1;
    }

    ComboBox {
        id: combo

        Layout.fillWidth: true
        Layout.maximumWidth: Theme.choiceFieldMaxWidth
        Layout.minimumHeight: Theme.touchSize
        topInset: 0
        bottomInset: 0
        model: editor.choices
        textRole: "label"
        currentIndex: editor.indexOf(editor.value)
        displayText: currentIndex < 0 ? qsTr("请选择") : currentText
        onActivated: (index) => editor.edited(editor.choices[index].value)

        // Drawn here: Material's box and list are shader effects (client/app/QtCompat.h).
        background: Rectangle {
            implicitWidth: Theme.numberFieldWidth
            implicitHeight: Theme.touchSize
            radius: Theme.radius / 2
            color: combo.down ? Theme.surfaceMuted : Theme.surface
            border.color: combo.activeFocus ? Theme.primary : Theme.border
            border.width: Theme.borderWidth
        }

        popup.background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
        }
    }
}
