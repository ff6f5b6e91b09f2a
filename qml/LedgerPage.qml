import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Junheng

// The issue ledger (问题台账): every failing item per school with its gap, as the county's report lists
// it, and the owner, due date and status the county recorded (C2). Filter by town, status and overdue;
// a county device edits an entry in a dialog (saved and sent with the next sync); a town device reads.
// Exports what is shown as an XLSX workbook.
Page {
    id: page

    signal backRequested()

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int margin: wide ? Theme.pageMargin : Theme.pageMarginNarrow

    readonly property string heading: ledger.area.length > 0 ? qsTr("问题台账 · %1").arg(ledger.area) : qsTr("问题台账")

    background: Rectangle {
        color: Theme.background
    }

    LedgerModel {
        id: ledger

        storePath: AppController.storePath
        Component.onCompleted: refresh()
    }

    FolderDialog {
        id: exportFolder

        title: qsTr("选择保存问题台账的文件夹")
        onAccepted: {
            const text = ledger.exportXlsx(selectedFolder);
            message.show(text, ledger.exportFailed);
        }
    }

    LedgerEntryDialog {
        id: editor

        model: ledger
        onSaved: (text) => {
            message.show(text, false);
            SyncController.refresh();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.margin
        spacing: Theme.spacingMedium

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge

            SecondaryButton {
                objectName: "ledgerBack"
                text: qsTr("返回")
                onClicked: page.backRequested()
            }

            Label {
                Layout.fillWidth: true
                visible: page.wide
                text: page.heading
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.textPrimary
                elide: Text.ElideRight
            }

            Item {
                Layout.fillWidth: true
                visible: !page.wide
            }

            SecondaryButton {
                objectName: "ledgerExport"
                text: qsTr("导出台账（Excel）")
                font.capitalization: Font.MixedCase
                enabled: ledger.totalCount > 0
                onClicked: exportFolder.open()
            }

            SecondaryButton {
                text: qsTr("重新计算")
                onClicked: ledger.refresh()
            }
        }

        // On a narrow screen the title has a line of its own rather than being cut off beside the buttons.
        Label {
            Layout.fillWidth: true
            visible: !page.wide
            text: page.heading
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            FilterBox {
                objectName: "ledgerTownFilter"
                visible: ledger.towns.length > 1
                allText: qsTr("全部乡镇")
                values: ledger.towns
                value: ledger.townFilter
                onPicked: (value) => ledger.townFilter = value
            }

            FilterBox {
                objectName: "ledgerStatusFilter"
                allText: qsTr("全部状态")
                values: ["open", "in_progress", "done", "closed"]
                labels: [qsTr("未整改"), qsTr("整改中"), qsTr("已整改"), qsTr("已不再未达标")]
                value: ledger.statusFilter
                onPicked: (value) => ledger.statusFilter = value
            }

            FilterBox {
                objectName: "ledgerOverdueFilter"
                allText: qsTr("全部期限")
                values: ["overdue"]
                labels: [qsTr("只看已逾期")]
                value: ledger.overdueOnly ? "overdue" : ""
                onPicked: (value) => ledger.overdueOnly = value === "overdue"
            }
        }

        Label {
            Layout.fillWidth: true
            text: ledger.error.length > 0 ? ledger.error
                                          : ledger.countsText + (ledger.canEdit ? "" : qsTr("本机只能查看，责任人和时限由县教育局填写。"))
            color: ledger.error.length > 0 ? Theme.error : Theme.textSecondary
            wrapMode: Text.Wrap
        }

        Label {
            id: message

            function show(text, isError) {
                message.text = text;
                message.color = isError ? Theme.error : Theme.success;
            }

            objectName: "ledgerMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: ledger.error.length === 0 && list.count === 0
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: ledger.totalCount === 0 ? qsTr("没有未达标的项目。") : qsTr("没有符合筛选条件的项目。")
            color: Theme.textSecondary
        }

        ListView {
            id: list

            objectName: "ledgerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: count > 0
            clip: true
            spacing: Theme.spacing
            model: ledger
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

            delegate: LedgerEntryCard {
                width: ListView.view.width
                canEdit: ledger.canEdit
                onEditRequested: (entry) => editor.openFor(entry)
            }
        }
    }
}
