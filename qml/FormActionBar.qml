import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Under the form: how much is still wrong, and the two actions, 保存草稿 and 定稿.
ToolBar {
    id: bar

    property bool wide: true
    property int margin: Theme.pageMargin
    // Finalised, sent or accepted: nothing to finalise until it is edited (which makes it a draft again).
    readonly property bool settled: FormController.status === "finalised" || FormController.status === "sent"
                                    || FormController.status === "accepted"

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
            visible: bar.settled
            text: qsTr("%1（第 %2 版）。如果再修改，会变回草稿，改好后要重新定稿。")
                  .arg(FormController.statusLabel).arg(FormController.revision)
            color: Theme.success
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        IssueSummary {
            Layout.fillWidth: true
            visible: !bar.settled
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
            enabled: !bar.settled
            onClicked: FormController.finalise()
        }
    }
}
