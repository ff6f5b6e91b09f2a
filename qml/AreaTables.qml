import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// A town's or county's device: every school unit × R1–R7 with 达标 or not and the 6-of-7 rule, then
// each indicator's difference coefficient per area and stage against its limit. Data: DashboardModel.
ColumnLayout {
    id: tables

    required property DashboardModel model

    readonly property var codes: ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]

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
            width: Theme.tableNameWidth
            text: qsTr("学校")
            font.bold: true
            color: Theme.textSecondary
        }
        Label {
            width: Theme.tableStageWidth
            text: qsTr("学段")
            font.bold: true
            color: Theme.textSecondary
        }
        Repeater {
            model: tables.codes

            delegate: Label {
                id: codeLabel

                required property string modelData

                width: Theme.tableCellWidth
                horizontalAlignment: Text.AlignHCenter
                text: codeLabel.modelData
                font.bold: true
                color: Theme.textSecondary
            }
        }
        Label {
            width: Theme.tableRuleWidth
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
                width: Theme.tableNameWidth
                height: Theme.chipHeight
                verticalAlignment: Text.AlignVCenter
                text: schoolRow.modelData.school
                elide: Text.ElideRight
                color: Theme.textPrimary
            }
            Label {
                width: Theme.tableStageWidth
                height: Theme.chipHeight
                verticalAlignment: Text.AlignVCenter
                text: schoolRow.modelData.stage
                color: Theme.textPrimary
            }
            Repeater {
                model: schoolRow.modelData.cells

                delegate: Rectangle {
                    id: cell

                    required property var modelData

                    width: Theme.tableCellWidth
                    height: Theme.chipHeight
                    radius: Theme.radius / 2
                    color: Theme.itemStateBackground(cell.modelData.state)

                    Label {
                        anchors.centerIn: parent
                        text: cell.modelData.value === undefined || cell.modelData.value === null
                              ? qsTr("—") : Number(cell.modelData.value).toFixed(2)
                        font.pixelSize: Theme.fontSizeSmall
                        font.bold: cell.modelData.state === "fail"
                        color: Theme.itemStateColor(cell.modelData.state)
                    }
                }
            }
            Rectangle {
                width: Theme.tableRuleWidth
                height: Theme.chipHeight
                radius: Theme.chipRadius
                color: Theme.itemStateBackground(schoolRow.modelData.rule.state)
                border.color: Theme.itemStateColor(schoolRow.modelData.rule.state)
                border.width: Theme.borderWidth

                Label {
                    anchors.centerIn: parent
                    text: schoolRow.modelData.rule.stateLabel
                    font.pixelSize: Theme.fontSizeSmall
                    font.bold: true
                    color: Theme.itemStateColor(schoolRow.modelData.rule.state)
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
            width: Theme.tableNameWidth
            text: qsTr("范围")
            font.bold: true
            color: Theme.textSecondary
        }
        Label {
            width: Theme.tableStageWidth
            text: qsTr("学段")
            font.bold: true
            color: Theme.textSecondary
        }
        Repeater {
            model: tables.codes

            delegate: Label {
                id: areaCodeLabel

                required property string modelData

                width: Theme.tableCellWidth
                horizontalAlignment: Text.AlignHCenter
                text: areaCodeLabel.modelData
                font.bold: true
                color: Theme.textSecondary
            }
        }
        Label {
            width: Theme.tableRuleWidth
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
                width: Theme.tableNameWidth
                height: Theme.chipHeight
                verticalAlignment: Text.AlignVCenter
                text: qsTr("%1 · %2（%3 校）").arg(areaRow.modelData.kind).arg(areaRow.modelData.area)
                          .arg(areaRow.modelData.units)
                elide: Text.ElideRight
                color: Theme.textPrimary
            }
            Label {
                width: Theme.tableStageWidth
                height: Theme.chipHeight
                verticalAlignment: Text.AlignVCenter
                text: areaRow.modelData.stage
                color: Theme.textPrimary
            }
            Repeater {
                model: areaRow.modelData.cells

                delegate: Rectangle {
                    id: areaCell

                    required property var modelData

                    width: Theme.tableCellWidth
                    height: Theme.chipHeight
                    radius: Theme.radius / 2
                    color: Theme.itemStateBackground(areaCell.modelData.state)

                    Label {
                        anchors.centerIn: parent
                        text: areaCell.modelData.value === undefined || areaCell.modelData.value === null
                              ? qsTr("—") : Number(areaCell.modelData.value).toFixed(3)
                        font.pixelSize: Theme.fontSizeSmall
                        font.bold: areaCell.modelData.state === "fail"
                        color: Theme.itemStateColor(areaCell.modelData.state)
                    }
                }
            }
            Label {
                width: Theme.tableRuleWidth
                height: Theme.chipHeight
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: Text.AlignHCenter
                text: areaRow.modelData.cells.length > 0
                      ? qsTr("≤ %1").arg(Number(areaRow.modelData.cells[0].threshold).toFixed(2)) : ""
                color: Theme.textPrimary
            }
        }
    }
}
