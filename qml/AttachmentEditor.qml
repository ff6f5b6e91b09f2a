import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Junheng

// Evidence files (佐证材料): the files added so far, each removable, and a button that picks another.
// The file is copied into the app's data folder by FormController, so moving the original is harmless.
EditorRow {
    id: editor

    readonly property var names: value.length > 0 ? value.split("、") : []

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        Repeater {
            model: editor.names
            onItemAdded: (index, item) => item.removeClicked.connect(() => editor.fileRemoved(index))

            RowLayout {
                id: fileRow

                required property string modelData

                signal removeClicked()

                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: "📎 " + fileRow.modelData
                    color: Theme.textPrimary
                    elide: Text.ElideMiddle
                }

                SecondaryButton {
                    text: qsTr("移除")
                    onClicked: fileRow.removeClicked()
                }
            }
        }

        SecondaryButton {
            text: editor.names.length === 0 ? qsTr("选择文件…") : qsTr("再添加一个文件…")
            onClicked: picker.open()
        }
    }

    FileDialog {
        id: picker

        title: qsTr("选择佐证材料（照片、PDF 或 Word 文件）")
        nameFilters: [qsTr("照片和文档 (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx)"), qsTr("所有文件 (*)")]
        onAccepted: editor.fileChosen(selectedFile)
    }
}
