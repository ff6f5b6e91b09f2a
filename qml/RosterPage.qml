import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Junheng

// A roster form (classes, teachers, students): filters, the counts of rows with errors and warnings, the
// grid, what is wrong in the current cell, and adding a row. Rows are edited in the grid with the
// keyboard, or in the row editor (a tap on the row number, or any tap on a narrow screen).
Page {
    id: page

    objectName: "rosterPage"

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int margin: wide ? Theme.pageMargin : Theme.pageMarginNarrow

    // The open comments of this roster when it was returned (SchoolComments), or undefined.
    readonly property var returned: SchoolComments.forms[RosterController.formId]
    readonly property bool onlyCommented: RosterController.model.onlyRows !== undefined && RosterController.model.onlyRows !== null

    signal backRequested()
    signal importRequested()

    function openRowEditor(row) {
        editor.row = row;
        editor.open();
    }

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
                text: qsTr("‹ 返回")
                font.pixelSize: Theme.fontSizeLarge
                onClicked: page.backRequested()
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 %2").arg(RosterController.formId).arg(RosterController.title)
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.textOnPrimary
                elide: Text.ElideRight
            }

            Label {
                text: qsTr("每一格改完即保存")
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.textOnPrimary
            }

            ToolButton {
                objectName: "importButton"
                Layout.preferredHeight: Theme.touchSize
                visible: ImportController.canImport(RosterController.formId)
                text: qsTr("导入文件…")
                onClicked: {
                    if (ImportController.begin())
                        page.importRequested();
                }
            }

            ToolButton {
                Layout.preferredHeight: Theme.touchSize
                text: qsTr("定稿全部")
                font.bold: true
                onClicked: RosterController.finaliseAll()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.margin
        spacing: Theme.spacingMedium

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge

            RosterFilterBar {
                Layout.fillWidth: true
            }

            SecondaryButton {
                objectName: "commentedRowsFilter"
                Layout.alignment: Qt.AlignTop
                visible: page.returned !== undefined && page.returned.rowUuids.length > 0
                text: page.onlyCommented ? qsTr("显示全部行")
                                         : qsTr("有退回意见的行（%1）").arg(page.returned === undefined ? 0 : page.returned.rowUuids.length)
                onClicked: RosterController.model.onlyRows = page.onlyCommented ? null : page.returned.rowUuids
            }

            PrimaryButton {
                Layout.alignment: Qt.AlignTop
                text: qsTr("＋ 添加一行")
                onClicked: page.openRowEditor(-1)
            }
        }

        Label {
            objectName: "rosterCounts"
            Layout.fillWidth: true
            textFormat: Text.StyledText
            text: {
                const m = RosterController.model;
                let line = qsTr("共 %1 行").arg(m.totalRows);
                line += qsTr("　<font color=\"%1\">%2 行有错误</font>").arg(Theme.error).arg(m.errorRows);
                line += qsTr("　<font color=\"%1\">%2 行有提醒</font>").arg(Theme.warning).arg(m.warningRows);
                if (RosterController.rosterIssues.length > 0)
                    line += qsTr("　<font color=\"%1\">名单整体 %2 处不符</font>").arg(Theme.error).arg(RosterController.rosterIssues.length);
                if (m.shownRows !== m.totalRows)
                    line += qsTr("　筛选后显示 %1 行").arg(m.shownRows);
                return line;
            }
            color: Theme.textPrimary
        }

        // Returned by the town or county: who, when, the comments on the whole roster; rows with comments
        // are marked 意 in the grid and their comments are in the row editor.
        ReviewCommentNote {
            objectName: "returnedBanner"
            Layout.fillWidth: true
            visible: page.returned !== undefined
            title: qsTr("已退回")
            comment: page.returned === undefined ? ""
                     : [page.returned.returnedText].concat(page.returned.whole)
                       .concat(page.returned.rowUuids.length > 0 ? [qsTr("%1 行有意见，已用“意”标出。").arg(page.returned.rowUuids.length)] : [])
                       .join("\n")
        }

        Repeater {
            model: RosterController.rosterIssues

            FieldMessage {
                required property string modelData

                objectName: "rosterIssue"
                Layout.fillWidth: true
                text: modelData
                severity: "hard"
            }
        }

        NoticeBanner {
            Layout.fillWidth: true
            text: RosterController.notice
            isError: RosterController.noticeIsError
            visible: text.length > 0
        }

        RosterGrid {
            id: grid

            Layout.fillWidth: true
            Layout.fillHeight: true
            rowEditorOnTap: !page.wide
            onRowEditorRequested: (row) => page.openRowEditor(row)
        }

        FieldMessage {
            Layout.fillWidth: true
            visible: RosterController.currentMessage.length > 0
            text: RosterController.currentMessage
            severity: RosterController.currentSeverity
        }

        Label {
            Layout.fillWidth: true
            visible: page.wide
            text: qsTr("键盘录入：直接打字或按 Enter 修改当前格，Tab / Enter 保存并移到下一格，Esc 放弃；点行号打开整行编辑。")
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }

    RowEditorDialog {
        id: editor

        onClosed: grid.table.forceActiveFocus()
    }

    Component.onCompleted: grid.table.forceActiveFocus()
}
