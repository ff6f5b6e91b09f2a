import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Junheng

// Reviewing one school's form on a town or county device (ReviewController): the data beside what
// validation says, the school's indicators, its state and history; comments on fields, rows or the whole
// form; 通过 or 退回. Opened from the town home's review queue or a school's state cell.
Page {
    id: page

    objectName: "reviewPage"

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int margin: wide ? Theme.pageMargin : Theme.pageMarginNarrow

    signal backRequested()

    function chipStatus(state) {
        switch (state) {
        case "submitted": return "finalised";
        case "returned": return "returned";
        case "approved": return "accepted";
        default: return "none";
        }
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
                objectName: "reviewTitle"
                Layout.fillWidth: true
                text: qsTr("审核：%1 %2 · %3 %4").arg(ReviewController.townName).arg(ReviewController.schoolName)
                          .arg(ReviewController.formId).arg(ReviewController.formTitle)
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.textOnPrimary
                elide: Text.ElideRight
            }

            StatusChip {
                objectName: "reviewState"
                status: page.chipStatus(ReviewController.state)
                text: ReviewController.late ? qsTr("%1·逾期").arg(ReviewController.stateLabel) : ReviewController.stateLabel
            }
        }
    }

    footer: Pane {
        padding: page.margin
        topPadding: Theme.spacingMedium
        bottomPadding: Theme.spacingMedium

        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingMedium

            NoticeBanner {
                objectName: "reviewNotice"
                Layout.fillWidth: true
                visible: text.length > 0
                text: ReviewController.notice
                isError: ReviewController.noticeIsError
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingMedium

                Label {
                    text: qsTr("审核人")
                    color: Theme.textPrimary
                }

                InputField {
                    objectName: "reviewerInput"
                    Layout.preferredWidth: Theme.searchFieldWidth
                    placeholderText: qsTr("您的姓名")
                    text: ReviewController.reviewer
                    onTextEdited: ReviewController.reviewer = text
                }

                Label {
                    Layout.fillWidth: true
                    visible: ReviewController.busy
                    text: qsTr("正在提交，请稍候……")
                    color: Theme.textSecondary
                }

                Item {
                    Layout.fillWidth: true
                    visible: !ReviewController.busy
                }

                SecondaryButton {
                    objectName: "returnButton"
                    text: ReviewController.comments.length > 0 ? qsTr("退回（%1 条意见）").arg(ReviewController.comments.length)
                                                              : qsTr("退回")
                    enabled: ReviewController.canReturn && !ReviewController.busy
                    onClicked: ReviewController.returnForm()
                }

                PrimaryButton {
                    objectName: "approveButton"
                    text: qsTr("通过")
                    enabled: ReviewController.canApprove && !ReviewController.busy
                    onClicked: ReviewController.approve()
                }
            }
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: page.margin
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.spacingXLarge
        rowSpacing: Theme.spacingMedium

        // The data: a form's fields, or a roster's rows a page at a time.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 3

            Label {
                objectName: "reviewEmpty"
                anchors.fill: parent
                visible: ReviewController.emptyText.length > 0
                text: ReviewController.emptyText
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            ScrollView {
                id: fieldScroll

                anchors.fill: parent
                visible: !ReviewController.isRoster && ReviewController.emptyText.length === 0
                contentWidth: availableWidth
                clip: true

                ReviewFieldList {
                    width: fieldScroll.availableWidth
                    fields: ReviewController.fields
                    recordUuid: ReviewController.recordUuid
                    onCommentRequested: (recordUuid, fieldId, where) => commentDialog.ask(recordUuid, fieldId, where)
                }
            }

            ReviewRowList {
                anchors.fill: parent
                visible: ReviewController.isRoster && ReviewController.emptyText.length === 0
                onRowRequested: (uuid) => rowDialog.show(uuid)
            }
        }

        ScrollView {
            id: sideScroll

            Layout.preferredWidth: page.wide ? Math.min(440, page.width * 0.38) : -1
            Layout.fillWidth: !page.wide
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            contentWidth: availableWidth
            clip: true

            ReviewSidePanel {
                width: sideScroll.availableWidth
                onWholeFormCommentRequested: commentDialog.ask("", "", qsTr("整张表"))
            }
        }
    }

    ReviewRowDialog {
        id: rowDialog

        onCommentRequested: (recordUuid, fieldId, where) => commentDialog.ask(recordUuid, fieldId, where)
    }

    ReviewCommentDialog {
        id: commentDialog
    }
}
