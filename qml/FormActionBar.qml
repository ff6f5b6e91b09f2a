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

        IssueSummary {
            Layout.fillWidth: true
            hardCount: FormController.hardCount
            softCount: FormController.softCount
            missingCount: FormController.missingCount
            font.bold: true
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        SecondaryButton {
            text: qsTr("保存草稿")
            onClicked: FormController.saveDraft()
        }

        PrimaryButton {
            text: qsTr("定稿")
            onClicked: FormController.finalise()
        }
    }
}
