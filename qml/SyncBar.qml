import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Always at the bottom: what waits to be sent, when sync last worked, the last error, sync now, and a
// loud warning when the server is reached over plain HTTP.
ToolBar {
    id: bar

    readonly property int margin: width >= Theme.wideBreakpoint ? Theme.pageMargin : Theme.pageMarginNarrow

    // Intent: show the sync page (what waits, failed, was set aside or conflicts).
    signal detailsRequested()

    background: Rectangle {
        color: Theme.surface

        Rectangle {
            width: parent.width
            height: Theme.borderWidth
            color: Theme.border
        }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        InsecureBanner {
            Layout.fillWidth: true
            visible: SyncController.insecureWarning.length > 0
            text: SyncController.insecureWarning
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: bar.margin
            Layout.rightMargin: bar.margin
            Layout.minimumHeight: Theme.touchSize + Theme.spacing
            spacing: Theme.spacingLarge

            Label {
                text: qsTr("待发送 %1 条").arg(SyncController.pendingCount)
                font.bold: true
                color: SyncController.pendingCount > 0 ? Theme.warning : Theme.textPrimary
            }

            Label {
                visible: SyncController.quarantinedCount > 0
                text: qsTr("%1 条被服务器退回，需要处理").arg(SyncController.quarantinedCount)
                font.bold: true
                color: Theme.error
            }

            Label {
                visible: SyncPageController.conflictCount > 0
                text: qsTr("%1 条有冲突，需要选择").arg(SyncPageController.conflictCount)
                font.bold: true
                color: Theme.warning
            }

            Label {
                Layout.fillWidth: true
                text: !SyncController.canSync ? qsTr("本机尚未注册，不能同步")
                      : SyncController.lastSuccessText.length > 0
                        ? qsTr("上次成功同步：%1").arg(SyncController.lastSuccessText)
                        : qsTr("从未同步")
                color: Theme.textSecondary
                elide: Text.ElideRight
            }

            BusyIndicator {
                Layout.preferredWidth: Theme.touchSize
                Layout.preferredHeight: Theme.touchSize
                visible: SyncController.running
                running: SyncController.running
            }

            SecondaryButton {
                objectName: "syncDetailsButton"
                text: qsTr("同步详情")
                onClicked: bar.detailsRequested()
            }

            PrimaryButton {
                text: SyncController.running ? qsTr("正在同步…") : qsTr("立即同步")
                enabled: SyncController.canSync && !SyncController.running
                onClicked: SyncController.syncNow()
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: bar.margin
            Layout.rightMargin: bar.margin
            Layout.bottomMargin: Theme.spacing
            visible: SyncController.lastError.length > 0
            text: qsTr("同步失败（%1）：%2").arg(SyncController.lastErrorTime).arg(SyncController.lastError)
            color: Theme.error
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
