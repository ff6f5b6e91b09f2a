import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Junheng

// Importing a file into the open roster (S3, S5, S6): the layout and the file, the headers to map, every
// problem by row, column, value and rule before anything is written, then import all rows, only the valid
// ones, or none. Checking and writing run on a worker thread (ImportController); the bar shows progress.
Page {
    id: page

    objectName: "importPage"

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int margin: wide ? Theme.pageMargin : Theme.pageMarginNarrow
    readonly property string stage: ImportController.stage

    signal backRequested()

    background: Rectangle {
        color: Theme.background
    }

    header: ToolBar {
        Material.foreground: Theme.textOnPrimary

        // Drawn here: Material's tool bar shadow is a shader effect (client/app/QtCompat.h).
        background: Rectangle {
            implicitHeight: Theme.touchSize + Theme.spacing
            color: Theme.primary
        }

        RowLayout {
            anchors.fill: parent
            anchors.rightMargin: Theme.spacingLarge
            spacing: Theme.spacingMedium

            ToolButton {
                Layout.preferredHeight: Theme.touchSize
                text: qsTr("‹ 返回名单")
                font.pixelSize: Theme.fontSizeLarge
                enabled: page.stage !== "writing"
                onClicked: {
                    ImportController.cancel();
                    page.backRequested();
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("导入文件到 %1 %2").arg(ImportController.formId).arg(ImportController.formTitle)
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.textOnPrimary
                elide: Text.ElideRight
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.margin
        spacing: Theme.spacingMedium

        // 1. The layout and the file.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            Label {
                height: Theme.touchSize
                verticalAlignment: Text.AlignVCenter
                text: qsTr("文件格式")
                color: Theme.textSecondary
            }

            ComboBox {
                id: layoutBox

                objectName: "importLayout"
                implicitWidth: Theme.choiceFieldMaxWidth
                implicitHeight: Theme.touchSize
                topInset: 0
                bottomInset: 0
                enabled: page.stage === "choose" || page.stage === "preview"
                model: ImportController.layouts
                textRole: "title"
                // Found by hand: indexOfValue() on a list of maps finds nothing in Qt 6.4.
                currentIndex: ImportController.layouts.findIndex(l => l.id === ImportController.layoutId)
                onActivated: (index) => ImportController.layoutId = ImportController.layouts[index].id

                // Drawn here: Material's box and list are shader effects (client/app/QtCompat.h).
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: layoutBox.down ? Theme.surfaceMuted : Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                }
                popup.background: Rectangle {
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                }
            }

            PrimaryButton {
                objectName: "chooseFileButton"
                text: ImportController.fileName.length > 0 ? qsTr("换一个文件…") : qsTr("选择文件…")
                enabled: page.stage === "choose" || page.stage === "preview"
                onClicked: openDialog.open()
            }

            Label {
                height: Theme.touchSize
                verticalAlignment: Text.AlignVCenter
                visible: ImportController.fileName.length > 0
                text: ImportController.encoding.length > 0
                      ? qsTr("%1（%2）").arg(ImportController.fileName).arg(ImportController.encoding)
                      : ImportController.fileName
                font.bold: true
                color: Theme.textPrimary
            }
        }

        Label {
            Layout.fillWidth: true
            visible: page.stage === "choose" && ImportController.fileName.length === 0
            text: qsTr("可以导入 CSV（Excel 另存的 GBK/GB18030 也可以）或 Excel 工作簿（.xlsx）。导入前会逐行检查，列出每一个问题；确认之前不会写入任何数据。同一个文件再导入一次会按学籍号（工号）更新，不会重复。")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        NoticeBanner {
            objectName: "importFileError"
            Layout.fillWidth: true
            visible: ImportController.fileError.length > 0
            text: ImportController.fileError
            isError: true
        }

        NoticeBanner {
            objectName: "importNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            text: ImportController.notice
            isError: ImportController.noticeIsError
        }

        // 2. Progress while a file is checked or written.
        ImportProgress {
            Layout.fillWidth: true
            visible: page.stage === "checking" || page.stage === "writing"
        }

        // 3. Headers the layout does not know (a teacher list with its own names).
        ImportMapping {
            Layout.fillWidth: true
            visible: (page.stage === "preview" || page.stage === "choose") && ImportController.mappingRows.length > 0
        }

        // 4. What the import would do, and every problem.
        Label {
            objectName: "importSummary"
            Layout.fillWidth: true
            visible: page.stage === "preview"
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSizeLarge
            text: qsTr("数据 %1 行：<font color=\"%2\">可以导入 %3 行</font>，<font color=\"%4\">有错误 %5 行</font>；必须改正 %6 处，<font color=\"%7\">请核对 %8 处</font>。")
                  .arg(ImportController.rowCount).arg(Theme.success).arg(ImportController.validCount)
                  .arg(Theme.error).arg(ImportController.invalidCount).arg(ImportController.hardCount)
                  .arg(Theme.warning).arg(ImportController.softCount)
            color: Theme.textPrimary
        }

        Repeater {
            model: page.stage === "preview" ? ImportController.notes : []

            Label {
                required property string modelData

                Layout.fillWidth: true
                text: qsTr("说明：%1").arg(modelData)
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
        }

        ImportProblemList {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.stage === "preview" && ImportController.problemCount > 0
        }

        Item {
            Layout.fillHeight: true
            visible: !(page.stage === "preview" && ImportController.problemCount > 0)
        }

        // 5. The decision.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium
            visible: page.stage === "preview"

            PrimaryButton {
                objectName: "importAllButton"
                text: qsTr("导入全部 %1 行").arg(ImportController.rowCount)
                enabled: ImportController.rowCount > 0 && ImportController.invalidCount === 0
                onClicked: ImportController.importRows(false)
            }

            PrimaryButton {
                objectName: "importValidButton"
                visible: ImportController.invalidCount > 0
                text: qsTr("只导入没有错误的 %1 行").arg(ImportController.validCount)
                enabled: ImportController.validCount > 0
                onClicked: ImportController.importRows(true)
            }

            SecondaryButton {
                objectName: "saveReportButton"
                visible: ImportController.problemCount > 0
                text: qsTr("保存问题清单（Excel）…")
                onClicked: saveDialog.open()
            }

            SecondaryButton {
                text: qsTr("不导入")
                onClicked: ImportController.cancel()
            }
        }

        PrimaryButton {
            visible: page.stage === "done"
            text: qsTr("返回名单")
            onClicked: page.backRequested()
        }
    }

    FileDialog {
        id: openDialog

        title: qsTr("选择要导入的文件")
        nameFilters: [qsTr("名单文件 (*.csv *.txt *.xlsx)"), qsTr("所有文件 (*)")]
        onAccepted: ImportController.chooseFile(selectedFile)
    }

    FileDialog {
        id: saveDialog

        title: qsTr("把问题清单保存为 Excel 文件")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "xlsx"
        nameFilters: [qsTr("Excel 工作簿 (*.xlsx)")]
        onAccepted: ImportController.saveReport(selectedFile)
    }
}
