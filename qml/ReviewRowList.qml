import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// A roster under review, a page of rows at a time (a school's S6 can have 3,000): each row's title, its
// values in one line, what validation says and the school's reasons, and how many comments it has so far.
// A tap opens the row to comment on it.
ColumnLayout {
    id: rowList

    signal rowRequested(string uuid)

    function draftCount(uuid) {
        const all = ReviewController.comments;
        let count = 0;
        for (let i = 0; i < all.length; ++i) {
            if (all[i].recordUuid === uuid)
                ++count;
        }
        return count;
    }

    spacing: Theme.spacingMedium

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingMedium

        FilterBox {
            objectName: "reviewRowFilter"
            allText: qsTr("全部行")
            values: ["1", "2"]
            labels: [qsTr("有错误的行"), qsTr("有提醒的行")]
            value: ReviewController.rowFilter === 0 ? "" : String(ReviewController.rowFilter)
            onPicked: (value) => ReviewController.rowFilter = value.length === 0 ? 0 : Number(value)
        }

        Label {
            objectName: "reviewRowsText"
            Layout.fillWidth: true
            text: ReviewController.rowsText
            color: Theme.textSecondary
            elide: Text.ElideRight
        }

        SecondaryButton {
            text: qsTr("‹ 上一页")
            enabled: ReviewController.page > 0
            onClicked: ReviewController.showPage(ReviewController.page - 1)
        }

        SecondaryButton {
            text: qsTr("下一页 ›")
            enabled: ReviewController.page + 1 < ReviewController.pageCount
            onClicked: ReviewController.showPage(ReviewController.page + 1)
        }
    }

    ListView {
        id: view

        objectName: "reviewRows"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: ReviewController.rows
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        delegate: ItemDelegate {
            id: rowItem

            required property var modelData
            readonly property int drafts: rowList.draftCount(modelData.uuid)

            width: ListView.view.width
            padding: Theme.spacingMedium
            onClicked: rowList.rowRequested(modelData.uuid)

            background: Rectangle {
                color: rowItem.down ? Theme.surfaceMuted
                       : rowItem.modelData.severity === "hard" ? Theme.errorBackground
                       : rowItem.modelData.severity === "soft" ? Theme.warningBackground : Theme.surface
                border.color: rowItem.drafts > 0 ? Theme.info : Theme.border
                border.width: rowItem.drafts > 0 ? 2 * Theme.borderWidth : Theme.borderWidth
            }

            contentItem: ColumnLayout {
                spacing: Theme.spacingSmall

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingMedium

                    Label {
                        text: rowItem.modelData.number
                        color: Theme.textSecondary
                    }

                    Label {
                        Layout.fillWidth: true
                        text: rowItem.modelData.title
                        font.bold: true
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }

                    Label {
                        visible: rowItem.drafts > 0
                        text: qsTr("%1 条意见").arg(rowItem.drafts)
                        font.pixelSize: Theme.fontSizeSmall
                        font.bold: true
                        color: Theme.info
                    }

                    Label {
                        text: qsTr("＋ 意见")
                        font.pixelSize: Theme.fontSizeSmall
                        color: Theme.primary
                    }
                }

                Label {
                    Layout.fillWidth: true
                    text: rowItem.modelData.summary
                    font.pixelSize: Theme.fontSizeSmall
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }

                Label {
                    Layout.fillWidth: true
                    visible: rowItem.modelData.messages.length > 0
                    text: rowItem.modelData.messages
                          + (rowItem.modelData.reasons.length > 0 ? "\n" + qsTr("学校说明：%1").arg(rowItem.modelData.reasons) : "")
                    font.pixelSize: Theme.fontSizeSmall
                    color: Theme.severityColor(rowItem.modelData.severity)
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
