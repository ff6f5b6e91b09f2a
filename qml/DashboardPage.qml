import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Junheng

// The school's indicators: each one against its threshold, 达标 or not, and in Chinese what is short
// (the gap) or missing. Computed by the assessment engine from what this device has stored. Wide: the
// list on the left, the charts (DashboardCharts) on the right; narrow: the charts above the list. On a
// town's or county's device the schools table and difference coefficients (AreaTables) come first.
Page {
    id: page

    signal backRequested()
    signal ledgerRequested()

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int margin: wide ? Theme.pageMargin : Theme.pageMarginNarrow

    background: Rectangle {
        color: Theme.background
    }

    Component {
        id: chartsComponent

        DashboardCharts {
            model: dashboard
        }
    }

    // Where the county's (or town's) report goes: an Excel workbook and a PDF with charts.
    FolderDialog {
        id: exportFolder

        title: qsTr("选择保存报告的文件夹")
        onAccepted: exportResult.text = dashboard.exportReport(selectedFolder)
    }

    // Where the national fitness upload file goes (every school's S6 rows of the cycle, as pulled).
    FolderDialog {
        id: uploadFolder

        objectName: "uploadFolder"

        title: qsTr("选择保存体测上报文件的文件夹")
        onAccepted: exportResult.text = dashboard.exportUploadFile(selectedFolder)
    }

    DashboardModel {
        id: dashboard

        storePath: AppController.storePath
        Component.onCompleted: refresh()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.margin
        spacing: Theme.spacingMedium

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge

            SecondaryButton {
                objectName: "dashboardBack"
                text: qsTr("返回")
                onClicked: page.backRequested()
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("评估指标")
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.textPrimary
            }

            SecondaryButton {
                objectName: "dashboardLedger"
                visible: dashboard.areaView
                text: qsTr("问题台账")
                onClicked: page.ledgerRequested()
            }

            SecondaryButton {
                objectName: "dashboardExport"
                visible: dashboard.areaView
                text: qsTr("导出报告")
                onClicked: exportFolder.open()
            }

            SecondaryButton {
                objectName: "dashboardUploadExport"
                visible: dashboard.areaView
                text: qsTr("导出体测上报文件")
                onClicked: uploadFolder.open()
            }

            SecondaryButton {
                text: qsTr("重新计算")
                onClicked: dashboard.refresh()
            }
        }

        Label {
            id: exportResult

            objectName: "dashboardExportResult"
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            visible: dashboard.error.length > 0 || dashboard.summary.length > 0
            text: dashboard.error.length > 0 ? dashboard.error
                                             : dashboard.summary + "\n" + qsTr("评估依据：%1").arg(dashboard.profileName)
            color: dashboard.error.length > 0 ? Theme.error : Theme.textSecondary
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingLarge

            ListView {
                id: list

                objectName: "dashboardList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing
                model: dashboard
                header: ColumnLayout {
                    width: list.width
                    spacing: Theme.spacingMedium
                    // A ListView keeps its contentY when the header grows (new figures, narrow layout),
                    // which would leave the header's top above the view: go back to the top then.
                    onHeightChanged: Qt.callLater(() => list.positionViewAtBeginning())

                    AreaTables {
                        Layout.fillWidth: true
                        Layout.bottomMargin: Theme.spacingMedium
                        visible: dashboard.areaView
                        model: dashboard
                    }

                    // One set of charts at a time: here when narrow, beside the list when wide.
                    Loader {
                        Layout.fillWidth: true
                        active: !page.wide
                        visible: active
                        sourceComponent: chartsComponent
                    }
                }
                section.property: "section"
                section.delegate: Label {
                    required property string section

                    width: ListView.view.width
                    topPadding: Theme.spacingLarge
                    bottomPadding: Theme.spacingSmall
                    text: section
                    font.pixelSize: Theme.fontSizeLarge
                    font.bold: true
                    color: Theme.textPrimary
                }

                delegate: Rectangle {
                    id: row

                    required property string title
                    required property string state
                    required property string stateLabel
                    required property string detail

                    function stateColor(state) {
                        switch (state) {
                        case "pass": return Theme.success;
                        case "fail": return Theme.error;
                        case "needs_evidence": return Theme.warning;
                        default: return Theme.textSecondary;
                        }
                    }

                    function stateBackground(state) {
                        switch (state) {
                        case "pass": return Theme.successBackground;
                        case "fail": return Theme.errorBackground;
                        case "needs_evidence": return Theme.warningBackground;
                        default: return Theme.surfaceMuted;
                        }
                    }

                    width: ListView.view.width
                    implicitHeight: content.implicitHeight + 2 * Theme.spacingMedium
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth

                    ColumnLayout {
                        id: content

                        anchors.fill: parent
                        anchors.margins: Theme.spacingMedium
                        spacing: Theme.spacingSmall

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacingMedium

                            Label {
                                Layout.fillWidth: true
                                text: row.title
                                font.bold: true
                                color: Theme.textPrimary
                                wrapMode: Text.Wrap
                            }

                            Rectangle {
                                implicitWidth: chipLabel.implicitWidth + 2 * Theme.spacingMedium
                                implicitHeight: Theme.chipHeight
                                radius: Theme.chipRadius
                                color: row.stateBackground(row.state)
                                border.color: row.stateColor(row.state)
                                border.width: Theme.borderWidth

                                Label {
                                    id: chipLabel

                                    anchors.centerIn: parent
                                    text: row.stateLabel
                                    font.pixelSize: Theme.fontSizeSmall
                                    font.bold: true
                                    color: row.stateColor(row.state)
                                }
                            }
                        }

                        Label {
                            Layout.fillWidth: true
                            text: row.detail
                            font.pixelSize: Theme.fontSizeMessage
                            color: Theme.textSecondary
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }

            ScrollView {
                id: chartsScroll

                objectName: "dashboardCharts"
                visible: page.wide
                Layout.preferredWidth: Math.round(page.width * (dashboard.areaView ? 0.36 : 0.42))
                Layout.fillHeight: true
                contentWidth: availableWidth
                clip: true

                Loader {
                    width: chartsScroll.availableWidth
                    active: page.wide
                    sourceComponent: chartsComponent
                }
            }
        }
    }
}
