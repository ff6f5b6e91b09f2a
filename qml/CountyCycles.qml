import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// The county's assessment cycles: the current and past ones (name, dates, state, threshold profile),
// opening a new one, publishing a draft, closing an open one — each after a confirmation, with the result
// in plain words (CountyHomeController; offline it says so and nothing changes).
ColumnLayout {
    id: cycles

    required property CountyHomeController controller
    property bool wide: true
    property bool creating: false

    spacing: Theme.spacing

    function ask(title, text, confirmText, action) {
        confirm.title = title;
        confirm.text = text;
        confirm.confirmText = confirmText;
        confirm.action = action;
        confirm.open();
    }

    CountyConfirmDialog {
        id: confirm

        property var action: null

        objectName: "cycleConfirm"
        onAccepted: {
            if (action)
                action();
        }
    }

    Label {
        visible: !cycles.controller.cyclesFromServer && cycles.controller.cycles.length > 0
        Layout.fillWidth: true
        text: qsTr("下面是本机上次同步时的评估周期；联网后点“刷新”查看服务器上的最新情况（含未发布的草稿）。")
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }

    Label {
        visible: cycles.controller.cycles.length === 0
        Layout.fillWidth: true
        text: qsTr("还没有评估周期。联网后点“刷新”，或新建一个。")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }

    Repeater {
        model: cycles.controller.cycles

        delegate: Rectangle {
            id: cycleRow

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: cycleLayout.implicitHeight + 2 * Theme.spacingMedium
            radius: Theme.radius
            color: Theme.surface
            border.color: modelData.state === "open" ? Theme.primary : Theme.border
            border.width: Theme.borderWidth

            RowLayout {
                id: cycleLayout

                anchors.fill: parent
                anchors.margins: Theme.spacingMedium
                spacing: Theme.spacingMedium

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    Label {
                        Layout.fillWidth: true
                        text: cycleRow.modelData.name + "（" + cycleRow.modelData.id + "）"
                        font.bold: true
                        color: Theme.textPrimary
                        wrapMode: Text.Wrap
                    }

                    Label {
                        Layout.fillWidth: true
                        text: (cycleRow.modelData.opensOn.length > 0
                               ? qsTr("%1 至 %2").arg(cycleRow.modelData.opensOn).arg(cycleRow.modelData.closesOn)
                               : qsTr("未设日期"))
                              + " · " + qsTr("标准：%1").arg(cycleRow.modelData.profileName)
                        font.pixelSize: Theme.fontSizeSmall
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                }

                StatusChip {
                    status: cycleRow.modelData.state === "open" ? "accepted"
                            : cycleRow.modelData.state === "draft" ? "draft" : "none"
                    text: cycleRow.modelData.stateLabel
                }

                SecondaryButton {
                    objectName: "publish_" + cycleRow.modelData.id
                    visible: cycleRow.modelData.state === "draft"
                    enabled: !cycles.controller.busy
                    text: qsTr("发布")
                    onClicked: cycles.ask(qsTr("发布“%1”？").arg(cycleRow.modelData.name),
                                          qsTr("发布后，全县各校、各乡镇的设备同步时都会进入这个周期，按它的表和截止日期 %1 填报。发布后不能撤回。")
                                          .arg(cycleRow.modelData.closesOn),
                                          qsTr("发布"),
                                          () => cycles.controller.publishCycle(cycleRow.modelData.id))
                }

                SecondaryButton {
                    objectName: "close_" + cycleRow.modelData.id
                    visible: cycleRow.modelData.state === "open"
                    enabled: !cycles.controller.busy
                    text: qsTr("结束")
                    onClicked: cycles.ask(qsTr("结束“%1”？").arg(cycleRow.modelData.name),
                                          qsTr("结束后，学校仍可提交，但都会标为逾期。结束后不能重新开放。"),
                                          qsTr("结束周期"),
                                          () => cycles.controller.closeCycle(cycleRow.modelData.id))
                }
            }
        }
    }

    RowLayout {
        spacing: Theme.spacing

        SecondaryButton {
            objectName: "refreshCycles"
            enabled: !cycles.controller.busy
            text: qsTr("刷新")
            onClicked: cycles.controller.refreshCycles()
        }

        SecondaryButton {
            objectName: "newCycleButton"
            text: cycles.creating ? qsTr("收起") : qsTr("新建评估周期…")
            onClicked: cycles.creating = !cycles.creating
        }
    }

    GridLayout {
        objectName: "newCycleForm"
        visible: cycles.creating
        Layout.fillWidth: true
        columns: cycles.wide ? 2 : 1
        columnSpacing: Theme.spacingMedium
        rowSpacing: Theme.spacingSmall

        Label { text: qsTr("编号（如 2026）"); color: Theme.textSecondary }
        InputField { id: newId; objectName: "newCycleId"; Layout.fillWidth: true; placeholderText: "2026" }
        Label { text: qsTr("名称"); color: Theme.textSecondary }
        InputField {
            id: newName
            objectName: "newCycleName"
            Layout.fillWidth: true
            placeholderText: qsTr("2026年度优质均衡监测")
        }
        Label { text: qsTr("开始日期"); color: Theme.textSecondary }
        InputField { id: newOpens; objectName: "newCycleOpens"; Layout.fillWidth: true; placeholderText: "2026-03-01" }
        Label { text: qsTr("截止日期"); color: Theme.textSecondary }
        InputField { id: newCloses; objectName: "newCycleCloses"; Layout.fillWidth: true; placeholderText: "2026-05-31" }
        Label { text: qsTr("达标标准"); color: Theme.textSecondary }
        ComboBox {
            id: newProfile

            objectName: "newCycleProfile"
            Layout.fillWidth: true
            implicitHeight: Theme.touchSize
            topInset: 0
            bottomInset: 0
            model: cycles.controller.profiles
            textRole: "name"
            valueRole: "id"

            // Drawn here: Material's box and list are shader effects (client/app/QtCompat.h).
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth
            }
            popup.background: Rectangle {
                color: Theme.surface
                border.color: Theme.border
            }
        }

        Item { visible: cycles.wide; implicitWidth: 1 }
        PrimaryButton {
            objectName: "createCycle"
            enabled: !cycles.controller.busy
            text: qsTr("新建（草稿）")
            onClicked: cycles.ask(qsTr("新建评估周期“%1”？").arg(newName.text),
                                  qsTr("新建的周期先是草稿，只有县局设备看得到；检查无误后再点“发布”。"),
                                  qsTr("新建"),
                                  () => cycles.controller.createCycle(newId.text, newName.text, newOpens.text,
                                                                      newCloses.text, newProfile.currentValue))
        }
    }
}
