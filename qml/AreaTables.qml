import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// A town's or county's device: every school unit × R1–R7 with 达标 or not and the 6-of-7 rule, then
// each indicator's difference coefficient per area and stage against its limit. Data: DashboardModel.
ColumnLayout {
    id: tables

    required property DashboardModel model

    readonly property int nameWidth: 170
    readonly property int stageWidth: 44
    readonly property int cellWidth: 58
    readonly property int ruleWidth: 64
    readonly property var codes: ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]

    function cellColor(state) {
        switch (state) {
        case "pass": return Theme.success;
        case "fail": return Theme.error;
        default: return Theme.textSecondary;
        }
    }

    function cellBackground(state) {
        switch (state) {
        case "pass": return Theme.successBackground;
        case "fail": return Theme.errorBackground;
        default: return Theme.surfaceMuted;
        }
    }

    function number(value, digits) {
        return value === undefined || value === null ? qsTr("—") : Number(value).toFixed(digits);
    }

    spacing: Theme.spacingSmall

    Label {
        Layout.fillWidth: true
        text: qsTr("各校资源配置指标")
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: Theme.textPrimary
    }

    Label {
        Layout.fillWidth: true
        visible: tables.model.schoolTable.length === 0
        text: qsTr("还没有任何学校的基础数据（S1），各校的学校数据同步到本机后这里显示每所学校的指标。")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }

    // Header row.
    Row {
        visible: tables.model.schoolTable.length > 0
        spacing: Theme.spacingSmall

        Label {
            width: tables.nameWidth
            text: qsTr("学校")
            font.bold: true
            color: Theme.textSecondary
        }
        Label {
            width: tables.stageWidth
            text: qsTr("学段")
            font.bold: true
            color: Theme.textSecondary
        }
        Repeater {
            model: tables.codes

            delegate: Label {
                required property string modelData

                width: tables.cellWidth
                horizontalAlignment: Text.AlignHCenter
                text: modelData
                font.bold: true
                color: Theme.textSecondary
            }
        }
        Label {
            width: tables.ruleWidth
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("综合")
            font.bold: true
            color: Theme.textSecondary
        }
    }

    Repeater {
        model: tables.model.schoolTable

        delegate: Row {
            id: schoolRow

            required property var modelData

            spacing: Theme.spacingSmall

            Label {
                width: tables.nameWidth
                height: Theme.chipHeight
                verticalAlignment: Text.AlignVCenter
                text: schoolRow.modelData.school
                elide: Text.ElideRight
                color: Theme.textPrimary
            }
            Label {
                width: tables.stageWidth
                height: Theme.chipHeight
                verticalAlignment: Text.AlignVCenter
                text: schoolRow.modelData.stage
                color: Theme.textPrimary
            }
            Repeater {
                model: schoolRow.modelData.cells

                delegate: Rectangle {
                    required property var modelData

                    width: tables.cellWidth
                    height: Theme.chipHeight
                    radius: Theme.radius / 2
                    color: tables.cellBackground(modelData.state)

                    Label {
                        anchors.centerIn: parent
                        text: tables.number(parent.modelData.value, 2)
                        font.pixelSize: Theme.fontSizeSmall
                        font.bold: parent.modelData.state === "fail"
                        color: tables.cellColor(parent.modelData.state)
                    }
                }
            }
            Rectangle {
                width: tables.ruleWidth
                height: Theme.chipHeight
                radius: Theme.chipRadius
                color: tables.cellBackground(schoolRow.modelData.rule.state)
                border.color: tables.cellColor(schoolRow.modelData.rule.state)
                border.width: Theme.borderWidth

                Label {
                    anchors.centerIn: parent
                    text: schoolRow.modelData.rule.stateLabel
                    font.pixelSize: Theme.fontSizeSmall
                    font.bold: true
                    color: tables.cellColor(schoolRow.modelData.rule.state)
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: tables.model.schoolTable.length > 0
        text: qsTr("绿色为达标，红色为未达标，灰色“—”为缺数据未计算；“综合”为 7 项中至少 6 项达标且其余不低于标准的 85%。"
                   + "各项含义和缺少的数据见下方明细。")
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        text: qsTr("差异系数（校际均衡）")
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: Theme.textPrimary
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("每项指标在各校间的差异系数，小学不超过 0.50、初中不超过 0.45 为达标（以评估依据中的限值为准）。")
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }

    Row {
        visible: tables.model.coefficients.length > 0
        spacing: Theme.spacingSmall

        Label {
            width: tables.nameWidth
            text: qsTr("范围")
            font.bold: true
            color: Theme.textSecondary
        }
        Label {
            width: tables.stageWidth
            text: qsTr("学段")
            font.bold: true
            color: Theme.textSecondary
        }
        Repeater {
            model: tables.codes

            delegate: Label {
                required property string modelData

                width: tables.cellWidth
                horizontalAlignment: Text.AlignHCenter
                text: modelData
                font.bold: true
                color: Theme.textSecondary
            }
        }
        Label {
            width: tables.ruleWidth
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("限值")
            font.bold: true
            color: Theme.textSecondary
        }
    }

    Repeater {
        model: tables.model.coefficients

        delegate: Row {
            id: areaRow

            required property var modelData

            spacing: Theme.spacingSmall

            Label {
                width: tables.nameWidth
                height: Theme.chipHeight
                verticalAlignment: Text.AlignVCenter
                text: qsTr("%1 · %2（%3 校）").arg(areaRow.modelData.kind).arg(areaRow.modelData.area)
                          .arg(areaRow.modelData.units)
                elide: Text.ElideRight
                color: Theme.textPrimary
            }
            Label {
                width: tables.stageWidth
                height: Theme.chipHeight
                verticalAlignment: Text.AlignVCenter
                text: areaRow.modelData.stage
                color: Theme.textPrimary
            }
            Repeater {
                model: areaRow.modelData.cells

                delegate: Rectangle {
                    required property var modelData

                    width: tables.cellWidth
                    height: Theme.chipHeight
                    radius: Theme.radius / 2
                    color: tables.cellBackground(modelData.state)

                    Label {
                        anchors.centerIn: parent
                        text: tables.number(parent.modelData.value, 3)
                        font.pixelSize: Theme.fontSizeSmall
                        font.bold: parent.modelData.state === "fail"
                        color: tables.cellColor(parent.modelData.state)
                    }
                }
            }
            Label {
                width: tables.ruleWidth
                height: Theme.chipHeight
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: Text.AlignHCenter
                text: areaRow.modelData.cells.length > 0
                      ? qsTr("≤ %1").arg(tables.number(areaRow.modelData.cells[0].threshold, 2)) : ""
                color: Theme.textPrimary
            }
        }
    }
}
