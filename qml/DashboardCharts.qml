import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Junheng

// The dashboard's charts (Qt Charts; the app runs a QApplication for them, see QtCompat.h): fitness
// grade distribution with 优良率/合格率 against their targets, myopia rate by grade beside the last cycle,
// and each unit's R1–R7 as a percentage of its threshold. Data: DashboardModel's figures.
// Debian's Qt 6.4 qmllint cannot resolve QtCharts' ValueAxis (its qmltypes export it, it runs fine): the
// axes are wrapped in qmllint directives.
ColumnLayout {
    id: charts

    required property DashboardModel model

    function percent(fraction) {
        return (fraction * 100).toFixed(1);
    }

    // "达标", or in plain words how far below the target a rate is.
    function rateVerdict(item) {
        if (item.value === undefined || item.value === null)
            return item.stateLabel;
        if (item.state === "pass")
            return qsTr("达标");
        return qsTr("未达标，差 %1 个百分点").arg(((item.threshold - item.value) * 100).toFixed(1));
    }

    spacing: Theme.spacingMedium

    // Fitness.
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: fitnessColumn.implicitHeight + 2 * Theme.spacingMedium
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth

        ColumnLayout {
            id: fitnessColumn

            readonly property var fitness: charts.model.fitness
            readonly property bool hasData: fitness.tested !== undefined && fitness.tested > 0

            anchors.fill: parent
            anchors.margins: Theme.spacingMedium
            spacing: Theme.spacingSmall

            Label {
                text: qsTr("体质健康")
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                color: Theme.textPrimary
            }

            Label {
                objectName: "fitnessSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeMessage
                text: fitnessColumn.hasData
                      ? qsTr("已测 %1 人。优良率 %2%（目标 ≥ %3%）：%4。合格率 %5%（目标 ≥ %6%）：%7。")
                            .arg(fitnessColumn.fitness.tested)
                            .arg(charts.percent(fitnessColumn.fitness.excellentGood.value))
                            .arg((fitnessColumn.fitness.excellentGood.threshold * 100).toFixed(0))
                            .arg(charts.rateVerdict(fitnessColumn.fitness.excellentGood))
                            .arg(charts.percent(fitnessColumn.fitness.pass.value))
                            .arg((fitnessColumn.fitness.pass.threshold * 100).toFixed(0))
                            .arg(charts.rateVerdict(fitnessColumn.fitness.pass))
                      : qsTr("还没有已评分的体质健康测试记录（S6），录入后这里显示等级分布、优良率和合格率。")
            }

            ChartView {
                objectName: "fitnessChart"
                visible: fitnessColumn.hasData
                Layout.fillWidth: true
                Layout.preferredHeight: 240
                antialiasing: true
                legend.visible: false
                backgroundColor: Theme.surface
                margins.top: 0
                margins.bottom: 0

                BarSeries {
                    labelsVisible: true
                    labelsPosition: AbstractBarSeries.LabelsOutsideEnd
                    axisX: BarCategoryAxis {
                        categories: [qsTr("优秀"), qsTr("良好"), qsTr("及格"), qsTr("不及格")]
                        labelsFont: Theme.chartFont
                        labelsColor: Theme.textPrimary
                        gridVisible: false
                    }
                    // qmllint disable import property type
                    axisY: ValueAxis {
                        min: 0
                        // A multiple of 4 over 5 ticks: whole numbers of pupils on the axis.
                        max: Math.max(4, Math.ceil(Math.max.apply(null, fitnessColumn.fitness.counts || [0]) * 1.2 / 4) * 4)
                        tickCount: 5
                        labelFormat: "%d"
                        labelsFont: Theme.chartFont
                        labelsColor: Theme.textSecondary
                        gridLineColor: Theme.border
                        titleText: qsTr("人数")
                        titleFont: Theme.chartFont
                    }
                    // qmllint enable import property type

                    BarSet {
                        label: qsTr("人数")
                        values: fitnessColumn.fitness.counts || []
                        color: Theme.primary
                        borderColor: Theme.primary
                        labelColor: Theme.textPrimary
                        labelFont: Theme.chartFont
                    }
                }
            }
        }
    }

    // Myopia.
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: myopiaColumn.implicitHeight + 2 * Theme.spacingMedium
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth

        ColumnLayout {
            id: myopiaColumn

            readonly property var myopia: charts.model.myopia
            readonly property bool hasData: myopia.rate !== undefined && myopia.rate !== null
            readonly property var grades: myopia.grades || []
            readonly property bool hasPrevious: grades.some(g => g.previousRate !== undefined && g.previousRate !== null)
            readonly property real highest: Math.max.apply(null, grades.map(g => Math.max(g.rate, g.previousRate || 0)).concat([0]))
            readonly property int axisMax: Math.min(100, Math.max(20, Math.ceil(highest * 120 / 20) * 20))

            anchors.fill: parent
            anchors.margins: Theme.spacingMedium
            spacing: Theme.spacingSmall

            Label {
                text: qsTr("近视")
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                color: Theme.textPrimary
            }

            Label {
                objectName: "myopiaSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSizeMessage
                text: !myopiaColumn.hasData
                      ? qsTr("还没有有效的近视筛查记录（S5），录入后这里显示各年级近视率。")
                      : qsTr("有效筛查 %1 人，近视 %2 人，近视率 %3%%4。%5")
                            .arg(myopiaColumn.myopia.screened)
                            .arg(myopiaColumn.myopia.myopic)
                            .arg(charts.percent(myopiaColumn.myopia.rate))
                            .arg(myopiaColumn.myopia.previousRate !== undefined && myopiaColumn.myopia.previousRate !== null
                                 ? qsTr("（上一轮 %1%）").arg(charts.percent(myopiaColumn.myopia.previousRate)) : "")
                            .arg(myopiaColumn.myopia.change.detail + qsTr("（%1）").arg(myopiaColumn.myopia.change.stateLabel))
            }

            ChartView {
                objectName: "myopiaChart"
                visible: myopiaColumn.grades.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: 260
                antialiasing: true
                backgroundColor: Theme.surface
                legend.visible: myopiaColumn.hasPrevious
                legend.alignment: Qt.AlignBottom
                legend.font: Theme.chartFont
                legend.labelColor: Theme.textPrimary
                margins.top: 0
                margins.bottom: 0

                BarSeries {
                    labelsVisible: true
                    labelsPosition: AbstractBarSeries.LabelsOutsideEnd
                    labelsPrecision: 3
                    axisX: BarCategoryAxis {
                        categories: myopiaColumn.grades.map(g => g.label)
                        labelsFont: Theme.chartFont
                        labelsColor: Theme.textPrimary
                        gridVisible: false
                    }
                    // qmllint disable import property type
                    axisY: ValueAxis {
                        min: 0
                        max: myopiaColumn.axisMax
                        tickCount: myopiaColumn.axisMax / 20 + 1
                        labelFormat: "%d"
                        labelsFont: Theme.chartFont
                        labelsColor: Theme.textSecondary
                        gridLineColor: Theme.border
                        titleText: qsTr("近视率（%）")
                        titleFont: Theme.chartFont
                    }
                    // qmllint enable import property type

                    BarSet {
                        label: qsTr("本轮近视率（%）")
                        values: myopiaColumn.grades.map(g => Math.round(g.rate * 1000) / 10)
                        color: Theme.primary
                        borderColor: Theme.primary
                        labelColor: Theme.textPrimary
                        labelFont: Theme.chartFont
                    }
                    BarSet {
                        label: qsTr("上一轮近视率（%）")
                        values: myopiaColumn.hasPrevious
                                ? myopiaColumn.grades.map(g => Math.round((g.previousRate || 0) * 1000) / 10) : []
                        color: Theme.textDisabled
                        borderColor: Theme.textDisabled
                        labelColor: Theme.textSecondary
                        labelFont: Theme.chartFont
                    }
                }
            }
        }
    }

    // R1–R7 against their thresholds, one chart per unit (a 一贯制 school has two).
    Repeater {
        model: charts.model.areaView ? [] : charts.model.indicatorChart

        delegate: Rectangle {
            id: unitCard

            required property var modelData

            readonly property real highest: Math.max.apply(null, unitCard.modelData.percents.concat([100]))
            // Steps of 50, so 100 (the threshold) is a grid line.
            readonly property int axisMax: Math.min(300, Math.ceil(highest * 1.15 / 50) * 50)
            // The codes the engine could not compute (data missing): drawn as no bar, named below.
            readonly property var notComputed: unitCard.modelData.codes.filter(
                (code, i) => unitCard.modelData.states[i] === "not_computed")

            Layout.fillWidth: true
            implicitHeight: unitColumn.implicitHeight + 2 * Theme.spacingMedium
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth

            ColumnLayout {
                id: unitColumn

                anchors.fill: parent
                anchors.margins: Theme.spacingMedium
                spacing: Theme.spacingSmall

                Label {
                    Layout.fillWidth: true
                    text: qsTr("资源配置指标 · %1：本校数值占标准的百分比（100% 为达标线）").arg(unitCard.modelData.label)
                    font.pixelSize: Theme.fontSizeLarge
                    font.bold: true
                    color: Theme.textPrimary
                    wrapMode: Text.Wrap
                }

                Label {
                    objectName: "indicatorMissing"
                    Layout.fillWidth: true
                    visible: unitCard.notComputed.length > 0
                    text: unitCard.notComputed.length === unitCard.modelData.codes.length
                          ? qsTr("7 项指标都还缺数据，没有可画的数值。缺什么见左侧（窄屏为下方）各项明细。")
                          : qsTr("%1 缺数据未计算，图中没有它们的柱子；缺什么见各项明细。").arg(unitCard.notComputed.join(qsTr("、")))
                    font.pixelSize: Theme.fontSizeMessage
                    color: Theme.warning
                    wrapMode: Text.Wrap
                }

                ChartView {
                    objectName: "indicatorChart"
                    visible: unitCard.notComputed.length < unitCard.modelData.codes.length
                    Layout.fillWidth: true
                    Layout.preferredHeight: 260
                    antialiasing: true
                    backgroundColor: Theme.surface
                    legend.alignment: Qt.AlignBottom
                    legend.font: Theme.chartFont
                    legend.labelColor: Theme.textPrimary
                    margins.top: 0
                    margins.bottom: 0

                    BarSeries {
                        labelsVisible: true
                        labelsPosition: AbstractBarSeries.LabelsOutsideEnd
                        labelsPrecision: 3
                        axisX: BarCategoryAxis {
                            categories: unitCard.modelData.codes
                            labelsFont: Theme.chartFont
                            labelsColor: Theme.textPrimary
                            gridVisible: false
                        }
                        // qmllint disable import property type
                        axisY: ValueAxis {
                            min: 0
                            max: unitCard.axisMax
                            tickCount: unitCard.axisMax / 50 + 1
                            labelFormat: "%d"
                            labelsFont: Theme.chartFont
                            labelsColor: Theme.textSecondary
                            gridLineColor: Theme.border
                            titleText: qsTr("占标准（%）")
                            titleFont: Theme.chartFont
                        }
                        // qmllint enable import property type

                        BarSet {
                            label: qsTr("本校（低于 100% 即未达标）")
                            values: unitCard.modelData.percents.map(p => Math.round(p))
                            color: Theme.primary
                            borderColor: Theme.primary
                            labelColor: Theme.textPrimary
                            labelFont: Theme.chartFont
                        }
                        BarSet {
                            label: qsTr("标准 = 100%")
                            values: unitCard.modelData.codes.map(() => 100)
                            color: Theme.border
                            borderColor: Theme.border
                            labelColor: Theme.transparent // "100" over every bar is noise
                            labelFont: Theme.chartFont
                        }
                    }
                }
            }
        }
    }
}
