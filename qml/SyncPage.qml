import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Everything about sending this device's records: the state (last success, network, next try, the last
// error), then conflicts to choose, records the server set aside (edit and resend), failed tries and what
// waits or is on its way. Reached from the sync bar. Only presents: SyncPageController does the work.
Page {
    id: page

    signal backRequested()
    signal conflictRequested()
    signal editRequested()

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int margin: wide ? Theme.pageMargin : Theme.pageMarginNarrow

    background: Rectangle {
        color: Theme.background
    }

    Component.onCompleted: SyncPageController.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.margin
        spacing: Theme.spacingMedium

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge

            SecondaryButton {
                objectName: "syncPageBack"
                text: qsTr("返回")
                onClicked: page.backRequested()
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("同步")
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.textPrimary
            }

            PrimaryButton {
                text: SyncPageController.running ? qsTr("正在同步…") : qsTr("立即同步")
                enabled: SyncPageController.canSync && !SyncPageController.running
                onClicked: SyncPageController.syncNow()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: state.implicitHeight + 2 * Theme.spacingLarge
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth

            ColumnLayout {
                id: state

                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: !SyncPageController.canSync ? qsTr("本机尚未登记，不能同步。请先用登记码登记。")
                          : SyncPageController.lastSuccessText.length > 0
                            ? qsTr("上次成功同步：%1").arg(SyncPageController.lastSuccessText)
                            : qsTr("还没有成功同步过")
                    font.bold: true
                    color: Theme.textPrimary
                    wrapMode: Text.Wrap
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("待发送 %1 条，正在发送 %2 条，发送失败 %3 条，被退回 %4 条，有冲突 %5 条")
                          .arg(SyncPageController.waitingCount).arg(SyncPageController.sendingCount)
                          .arg(SyncPageController.failedCount).arg(SyncPageController.quarantinedCount)
                          .arg(SyncPageController.conflictCount)
                    color: Theme.textPrimary
                    wrapMode: Text.Wrap
                }

                Label {
                    Layout.fillWidth: true
                    text: SyncPageController.networkText
                          + (SyncPageController.nextRetryText.length > 0 ? qsTr("；") + SyncPageController.nextRetryText : "")
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }

                NoticeBanner {
                    Layout.fillWidth: true
                    visible: SyncPageController.lastError.length > 0
                    isError: true
                    text: qsTr("最近一次同步失败（%1）：%2").arg(SyncPageController.lastErrorTime).arg(SyncPageController.lastError)
                }
            }
        }

        ScrollView {
            id: scroller

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroller.availableWidth
                spacing: Theme.spacingXLarge

                SyncRecordList {
                    Layout.fillWidth: true
                    visible: count > 0
                    heading: qsTr("有冲突，需要选择")
                    count: SyncPageController.conflictCount
                    items: SyncPageController.conflicts
                    accent: Theme.warning
                    actionText: qsTr("逐项选择")
                    onActionRequested: uuid => {
                        if (SyncPageController.openConflict(uuid))
                            page.conflictRequested();
                    }
                }

                SyncRecordList {
                    Layout.fillWidth: true
                    visible: count > 0
                    heading: qsTr("被服务器退回")
                    count: SyncPageController.quarantinedCount
                    items: SyncPageController.quarantined
                    accent: Theme.error
                    actionText: qsTr("修改后重新发送")
                    onActionRequested: uuid => {
                        if (SyncPageController.editRecord(uuid))
                            page.editRequested();
                    }
                }

                SyncRecordList {
                    Layout.fillWidth: true
                    visible: count > 0
                    heading: qsTr("发送失败，会自动重试")
                    count: SyncPageController.failedCount
                    items: SyncPageController.failed
                    accent: Theme.error
                }

                SyncRecordList {
                    Layout.fillWidth: true
                    heading: qsTr("等待发送")
                    count: SyncPageController.waitingCount
                    items: SyncPageController.waiting
                    accent: Theme.primary
                    emptyText: qsTr("没有等待发送的记录。")
                }
            }
        }
    }
}
