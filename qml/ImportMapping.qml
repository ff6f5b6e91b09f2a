import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// The file's headers that the layout does not know (a school's own teacher list: 人员代码 for 工号):
// each can be mapped to a field of the form, or left out; then the file is checked again.
Rectangle {
    id: panel

    objectName: "importMapping"
    implicitHeight: content.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("列对应：文件里这些列没有认出来。若其中有表里需要的内容，请选出它对应的项；不需要的列选“不导入”。")
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            Repeater {
                model: ImportController.mappingRows

                RowLayout {
                    required property var modelData

                    spacing: Theme.spacing

                    Label {
                        Layout.preferredWidth: Theme.tableNameWidth
                        text: qsTr("“%1” →").arg(modelData.header)
                        horizontalAlignment: Text.AlignRight
                        elide: Text.ElideMiddle
                        color: Theme.textPrimary
                    }

                    FilterBox {
                        allText: qsTr("不导入")
                        values: ImportController.fieldOptions.map(o => o.fieldId)
                        labels: ImportController.fieldOptions.map(o => o.label)
                        value: modelData.fieldId
                        onPicked: (value) => ImportController.setMapping(modelData.header, value)
                    }
                }
            }
        }

        SecondaryButton {
            objectName: "recheckButton"
            text: qsTr("按这样对应，重新检查")
            onClicked: ImportController.check()
        }
    }
}
