import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// One of a list of choices; "请选择" until one is picked.
RowLayout {
    id: editor

    property string value
    property var choices: []

    signal edited(string value)

    function indexOf(value) {
        for (let i = 0; i < choices.length; ++i) {
            if (choices[i].value === value)
                return i;
        }
        return -1;
    }

    ComboBox {
        Layout.fillWidth: true
        Layout.maximumWidth: Theme.choiceFieldMaxWidth
        Layout.minimumHeight: Theme.touchSize
        model: editor.choices
        textRole: "label"
        currentIndex: editor.indexOf(editor.value)
        displayText: currentIndex < 0 ? qsTr("请选择") : currentText
        onActivated: (index) => editor.edited(editor.choices[index].value)
    }
}
