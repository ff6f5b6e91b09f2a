import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Junheng

// The county's indicators by town for the chosen cycle (CountyIndicators over a DashboardModel: the
// engine's report, nothing computed here): per town the school units passing 6 of R1–R7, its difference
// coefficients against their limits, fitness pass and excellent rates and the myopia rate, as a table and
// as charts; the county's own row last.
// Debian's Qt 6.4 qmllint cannot resolve QtCharts' ValueAxis (it runs fine): wrapped in qmllint directives.
ColumnLayout {
    id: panel

    required property CountyIndicators indicators
    property bool wide: true

    readonly property var rows: indicators.rows
    readonly property var towns: rows.filter(r => !r.county)
    readonly property var codes: ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]

    function percent(value) {
        return value === undefined || value === null ? qsTr("—") : (value * 100).toFixed(1) + "%";
    }

    function passShare(row) {
        return row.units > 0 ? row.unitsPassing * 100 / row.units : 0;
    }

    spacing: Theme.spacingMedium

    Label {
        objectName: "indicatorSummary"
        Layout.fillWidth: true
        text: panel.indicators.summary
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }

    // The table: one row per town, then the county.
    GridLayout {
        objectName: "indicatorTable"
        Layout.fillWidth: true
        columns: panel.wide ? 6 : 3
        columnSpacing: Theme.spacingMedium
        rowSpacing: Theme.spacingSmall

        Repeater {
            model: panel.wide ? [qsTr("乡镇（街道）"), qsTr("达标学段（6/7）"), qsTr("差异系数未达标"),
                                 qsTr("体质合格率"), qsTr("体质优良率"), qsTr("近视率")]
                              : [qsTr("乡镇（街道）"), qsTr("达标学段"), qsTr("差异系数未达标")]

            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                text: modelData
                font.bold: true
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.textSecondary
            }
        }

        Repeater {
            model: panel.rows

            delegate: Repeater {
                id: cellsOfRow

                required property var modelData

                model: {
                    const r = cellsOfRow.modelData;
                    const cells = [r.name, qsTr("%1 / %2").arg(r.unitsPassing).arg(r.units),
                                   r.cvComputed > 0 ? qsTr("%1 / %2 项").arg(r.cvFailing).arg(r.cvComputed) : qsTr("未计算")];
                    if (panel.wide)
                        cells.push(panel.percent(r.fitnessPass), panel.percent(r.fitnessExcellentGood),
                                   panel.percent(r.myopiaRate));
                    return cells;
                }

                delegate: Label {
                    required property string modelData
                    required property int index

                    Layout.fillWidth: true
                    text: modelData
                    font.bold: cellsOfRow.modelData.county
                    color: index === 2 && cellsOfRow.modelData.cvFailing > 0 ? Theme.error : Theme.textPrimary
                    elide: Text.ElideRight
                }
            }
        }
    }

    // Each town's coefficients (and the county's) against their limits: red when over.
    Label {
        Layout.topMargin: Theme.spacing
        text: qsTr("差异系数（值 / 上限）")
        font.bold: true
        color: Theme.textPrimary
    }

    // Scrolls sideways when the page is narrower than the seven columns.
    Flickable {
        objectName: "cvTable"
        Layout.fillWidth: true
        implicitHeight: cvColumn.implicitHeight
        contentWidth: cvColumn.implicitWidth
        clip: true
        flickableDirection: Flickable.HorizontalFlick

        Column {
            id: cvColumn

            spacing: Theme.spacingSmall

            Row {
                spacing: Theme.spacingSmall

                Label {
                    width: Theme.tableNameWidth
                    text: qsTr("乡镇 · 学段")
                    font.bold: true
                    color: Theme.textSecondary
                }

                Repeater {
                    model: panel.codes

                    delegate: Label {
                        required property string modelData

                        width: Theme.tableCellWidth + Theme.spacingLarge
                        horizontalAlignment: Text.AlignHCenter
                        text: modelData
                        font.bold: true
                        color: Theme.textSecondary
                    }
                }
            }

            Repeater {
                // One line per area and stage: [{label, county, cells}].
                model: {
                    const lines = [];
                    for (const row of panel.rows)
                        for (const stage of [qsTr("小学"), qsTr("初中")]) {
                            const cells = row.cvs.filter(c => c.stage === stage);
                            if (cells.length > 0)
                                lines.push({ label: row.name + " · " + stage, county: row.county, cells: cells });
                        }
                    return lines;
                }

                delegate: Row {
                    id: cvLine

                    required property var modelData

                    spacing: Theme.spacingSmall

                    Label {
                        width: Theme.tableNameWidth
                        text: cvLine.modelData.label
                        font.bold: cvLine.modelData.county
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }

                    Repeater {
                        model: cvLine.modelData.cells

                        delegate: Rectangle {
                            id: cvCell

                            required property var modelData

                            width: Theme.tableCellWidth + Theme.spacingLarge
                            height: Theme.chipHeight
                            radius: 3
                            color: modelData.state === "pass" ? Theme.successBackground
                                   : modelData.state === "fail" ? Theme.errorBackground : Theme.surfaceMuted

                            Label {
                                anchors.centerIn: parent
                                text: cvCell.modelData.cv === undefined || cvCell.modelData.cv === null ? qsTr("—")
                                      : cvCell.modelData.cv.toFixed(2) + "/" + (cvCell.modelData.limit || 0).toFixed(2)
                                font.pixelSize: Theme.fontSizeSmall
                                color: cvCell.modelData.state === "fail" ? Theme.error : Theme.textPrimary
                            }
                        }
                    }
                }
            }
        }
    }

    // Charts by town.
    GridLayout {
        Layout.fillWidth: true
        visible: panel.towns.length > 0
        columns: panel.wide ? 2 : 1
        columnSpacing: Theme.spacingMedium
        rowSpacing: Theme.spacingMedium

        ChartView {
            objectName: "passingChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 260
            title: qsTr("达标学段占比（%）")
            titleFont: Theme.chartFont
            antialiasing: true
            legend.visible: false
            backgroundColor: Theme.surface

            BarSeries {
                labelsVisible: true
                labelsPosition: AbstractBarSeries.LabelsOutsideEnd
                axisX: BarCategoryAxis {
                    categories: panel.towns.map(r => r.name)
                    labelsFont: Theme.chartFont
                    labelsColor: Theme.textPrimary
                    gridVisible: false
                }
                // qmllint disable import property type
                axisY: ValueAxis {
                    min: 0
                    max: 120 // room for the label over a full bar
                    tickCount: 7
                    labelFormat: "%d"
                    labelsFont: Theme.chartFont
                    labelsColor: Theme.textSecondary
                    gridLineColor: Theme.border
                }
                // qmllint enable import property type

                BarSet {
                    label: qsTr("达标学段占比")
                    values: panel.towns.map(r => Math.round(panel.passShare(r)))
                    color: Theme.primary
                    borderColor: Theme.primary
                    labelColor: Theme.textPrimary
                    labelFont: Theme.chartFont
                }
            }
        }

        ChartView {
            objectName: "healthChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 260
            title: qsTr("体质合格率、优良率与近视率（%）")
            titleFont: Theme.chartFont
            antialiasing: true
            legend.visible: true
            legend.font: Theme.chartFont
            legend.alignment: Qt.AlignBottom
            backgroundColor: Theme.surface

            BarSeries {
                labelsVisible: false
                axisX: BarCategoryAxis {
                    categories: panel.towns.map(r => r.name)
                    labelsFont: Theme.chartFont
                    labelsColor: Theme.textPrimary
                    gridVisible: false
                }
                // qmllint disable import property type
                axisY: ValueAxis {
                    min: 0
                    max: 100
                    tickCount: 6
                    labelFormat: "%d"
                    labelsFont: Theme.chartFont
                    labelsColor: Theme.textSecondary
                    gridLineColor: Theme.border
                }
                // qmllint enable import property type

                BarSet {
                    label: qsTr("体质合格率")
                    values: panel.towns.map(r => r.fitnessPass === undefined || r.fitnessPass === null ? 0 : r.fitnessPass * 100)
                    color: Theme.success
                    borderColor: Theme.success
                }
                BarSet {
                    label: qsTr("体质优良率")
                    values: panel.towns.map(r => r.fitnessExcellentGood === undefined || r.fitnessExcellentGood === null ? 0 : r.fitnessExcellentGood * 100)
                    color: Theme.accent
                    borderColor: Theme.accent
                }
                BarSet {
                    label: qsTr("近视率")
                    values: panel.towns.map(r => r.myopiaRate === undefined || r.myopiaRate === null ? 0 : r.myopiaRate * 100)
                    color: Theme.warning
                    borderColor: Theme.warning
                }
            }
        }
    }
}
