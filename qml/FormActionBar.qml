import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Under the form: how much is still wrong, and the two actions, 保存草稿 and 定稿.
ToolBar {
    id: bar

    property bool wide: true
    property int margin: Theme.pageMargin

    background: Rectangle {
        color: Theme.surface

        Rectangle {
            width: parent.width
            height: Theme.borderWidth
            color: Theme.border
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: bar.margin
        anchors.rightMargin: bar.margin
        spacing: Theme.spacingMedium

        Label {
            Layout.fillWidth: true
            text: FormController.hardCount > 0
                  ? (FormController.missingCount > 0
                     ? qsTr("还有 %1 处必须改正（其中 %2 项未填）").arg(FormController.hardCount)
                       .arg(FormController.missingCount)
                     : qsTr("还有 %1 处必须改正").arg(FormController.hardCount))
                    + (FormController.softCount > 0 ? qsTr("，%1 条提醒").arg(FormController.softCount) : "")
                  : FormController.softCount > 0
                    ? qsTr("可以定稿。有 %1 条提醒，请再核对一次。").arg(FormController.softCount)
                    : qsTr("全部检查通过，可以定稿。")
            color: FormController.hardCount > 0 ? Theme.error
                                                : FormController.softCount > 0 ? Theme.warning : Theme.success
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        Button {
            Layout.minimumHeight: Theme.touchSize
            text: qsTr("保存草稿")
            flat: true
            onClicked: FormController.saveDraft()
        }

        Button {
            Layout.minimumHeight: Theme.touchSize
            text: qsTr("定稿")
            highlighted: true
            onClicked: FormController.finalise()
        }
    }
}
