import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// How far the check (or the write) of an import has got, and the cancel button. The bar is drawn with
// plain rectangles: Material's progress bar animates through effects the software renderer lacks.
ColumnLayout {
    id: progress

    objectName: "importProgress"
    readonly property bool writing: ImportController.stage === "writing"
    readonly property real fraction: ImportController.progressTotal > 0
                                     ? ImportController.progressDone / ImportController.progressTotal : 0

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: progress.writing
              ? qsTr("正在写入 %1 行…（一次写完：要么全部写入，要么一行也不写）").arg(ImportController.progressTotal)
              : ImportController.progressTotal > 0
                ? qsTr("正在检查第 %1 / %2 行…").arg(ImportController.progressDone).arg(ImportController.progressTotal)
                : qsTr("正在读取文件…")
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingMedium

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.spacingMedium
            radius: height / 2
            color: Theme.surfaceMuted
            border.color: Theme.border
            border.width: Theme.borderWidth

            Rectangle {
                width: parent.width * (progress.writing ? 1 : progress.fraction)
                height: parent.height
                radius: parent.radius
                color: progress.writing ? Theme.accent : Theme.primary
            }
        }

        SecondaryButton {
            objectName: "cancelImportButton"
            text: qsTr("取消")
            enabled: !progress.writing
            onClicked: ImportController.cancel()
        }
    }
}
