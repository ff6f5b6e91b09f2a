import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Junheng

// The home of a county device: completeness by town (and a way to the schools and the review queue),
// the cycles, enrolling devices, and the county's indicators by town and cycle with charts; buttons to
// the full dashboard, the issue ledger (问题台账) and the report export.
Page {
    id: page

    signal dashboardRequested()
    signal schoolsRequested()
    signal ledgerRequested()

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int margin: wide ? Theme.pageMargin : Theme.pageMarginNarrow
    // The cycle shown (its id); empty: the device's current one.
    property string cycle: ""

    function reloadAll() {
        towns.reload();
        dashboard.refresh();
        controller.reloadPlaces();
    }

    background: Rectangle {
        color: Theme.background
    }

    TownCompletenessModel {
        id: towns

        objectName: "townCompleteness"
        storePath: AppController.storePath
        cycle: page.cycle
    }

    DashboardModel {
        id: dashboard

        objectName: "countyDashboard"
        storePath: AppController.storePath
        cycle: page.cycle
        onCycleChanged: refresh()
        Component.onCompleted: refresh()
    }

    CountyIndicators {
        id: indicators

        objectName: "countyIndicators"
        source: dashboard
    }

    CountyHomeController {
        id: controller

        objectName: "countyController"
        storePath: AppController.storePath
    }

    Connections {
        target: AppController

        function onEnrolmentChanged() {
            page.reloadAll();
        }
    }

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

    component Section: Rectangle {
        id: section

        default property alias content: sectionColumn.data
        property string title

        Layout.fillWidth: true
        implicitHeight: sectionColumn.implicitHeight + 2 * Theme.spacingLarge
        radius: Theme.radius
        color: Theme.surfaceMuted
        border.color: Theme.border
        border.width: Theme.borderWidth

        ColumnLayout {
            id: sectionColumn

            anchors.fill: parent
            anchors.margins: Theme.spacingLarge
            spacing: Theme.spacingMedium

            Label {
                Layout.fillWidth: true
                text: section.title
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                color: Theme.textPrimary
            }
        }
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Math.max(page.margin, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * page.margin, Theme.contentMaxWidth)
            spacing: Theme.spacingLarge

            Item {
                Layout.preferredHeight: page.margin - Theme.spacingLarge
            }

            Label {
                objectName: "countyTitle"
                Layout.fillWidth: true
                text: qsTr("%1 · 县教育局").arg(AppController.countyName) + " · " + towns.cycleName
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                ComboBox {
                    id: cycleBox

                    objectName: "cycleSelector"
                    implicitWidth: page.wide ? Theme.choiceFieldMaxWidth * 0.7 : scroll.availableWidth - 2 * page.margin
                    implicitHeight: Theme.touchSize
                    topInset: 0
                    bottomInset: 0
                    model: towns.cycles
                    textRole: "name"
                    valueRole: "id"
                    displayText: qsTr("周期：%1").arg(currentIndex >= 0 ? currentText : towns.cycleName)
                    onActivated: page.cycle = currentValue

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

                SecondaryButton {
                    objectName: "schoolsButton"
                    text: qsTr("各校情况与审核")
                    onClicked: page.schoolsRequested()
                }

                SecondaryButton {
                    objectName: "dashboardButton"
                    text: qsTr("全部评估指标")
                    onClicked: page.dashboardRequested()
                }

                SecondaryButton {
                    objectName: "ledgerButton"
                    text: qsTr("问题台账")
                    onClicked: page.ledgerRequested()
                }

                SecondaryButton {
                    objectName: "exportButton"
                    text: qsTr("导出报告（XLSX 和 PDF）…")
                    onClicked: exportFolder.open()
                }

                SecondaryButton {
                    objectName: "uploadExportButton"
                    text: qsTr("导出体测上报文件…")
                    onClicked: uploadFolder.open()
                }
            }

            Label {
                id: exportResult

                objectName: "exportResult"
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            NoticeBanner {
                objectName: "countyMessage"
                Layout.fillWidth: true
                visible: controller.message.length > 0
                text: controller.message
                isError: controller.messageIsError
            }

            Section {
                title: qsTr("各乡镇（街道）填报进度")

                CountyTownProgress {
                    Layout.fillWidth: true
                    model: towns
                    wide: page.wide
                }
            }

            Section {
                title: qsTr("评估指标（按乡镇）")

                Label {
                    Layout.fillWidth: true
                    visible: dashboard.error.length > 0
                    text: dashboard.error
                    color: Theme.warning
                    wrapMode: Text.Wrap
                }

                CountyIndicatorsPanel {
                    Layout.fillWidth: true
                    indicators: indicators
                    wide: page.wide
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.wide ? 2 : 1
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacingLarge

                Section {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    title: qsTr("评估周期")

                    CountyCycles {
                        Layout.fillWidth: true
                        controller: controller
                        wide: false
                    }
                }

                Section {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    title: qsTr("设备登记")

                    CountyEnrolment {
                        Layout.fillWidth: true
                        controller: controller
                        wide: page.wide
                    }
                }
            }

            Item {
                Layout.preferredHeight: page.margin
            }
        }
    }
}
