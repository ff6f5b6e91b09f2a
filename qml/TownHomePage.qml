import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// The home of a town (or county) device: its schools with each form's review state against the
// deadline, and the review queue (submissions waiting for a decision).
Page {
    id: page

    signal dashboardRequested()

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int margin: wide ? Theme.pageMargin : Theme.pageMarginNarrow
    readonly property int queueShown: 20
    property bool showWholeQueue: false

    function stateColor(state) {
        if (state === "approved")
            return Theme.successBackground;
        if (state === "submitted")
            return Theme.infoBackground;
        if (state === "returned")
            return Theme.warningBackground;
        return Theme.surfaceMuted;
    }

    background: Rectangle {
        color: Theme.background
    }

    CompletenessModel {
        id: completeness

        objectName: "completenessModel"
        storePath: AppController.storePath
    }

    Connections {
        target: AppController

        function onEnrolmentChanged() {
            completeness.reload();
        }
    }

    // After every sync (new submissions, other reviewers' decisions) and after a decision made here.
    Connections {
        target: ReviewController

        function onReviewDataChanged() {
            completeness.reload();
        }
    }

    // The schools are a virtualised list (a county has hundreds): only the rows on screen exist. The title,
    // summary and review queue scroll with it as its header.
    ListView {
        id: list

        objectName: "schoolList"
        readonly property real columnWidth: Math.min(width - 2 * page.margin, Theme.contentMaxWidth)
        readonly property real columnX: Math.max(page.margin, (width - columnWidth) / 2)

        anchors.fill: parent
        clip: true
        model: completeness
        spacing: Theme.spacingLarge
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        header: ColumnLayout {
            x: list.columnX
            width: list.columnWidth
            spacing: Theme.spacingLarge

            Item {
                Layout.preferredHeight: page.margin - Theme.spacingLarge
            }

            Label {
                Layout.fillWidth: true
                text: AppController.schoolName + " · " + completeness.cycleName
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "deadline"
                text: completeness.deadlineText
                color: Theme.textSecondary
            }

            Label {
                objectName: "summary"
                Layout.fillWidth: true
                text: completeness.summary
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }

            SecondaryButton {
                objectName: "dashboardButton"
                text: qsTr("评估指标：各校达标情况与差异系数")
                onClicked: page.dashboardRequested()
            }

            Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("待审核（%1）").arg(completeness.queue.length)
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                color: Theme.textPrimary
            }

            Label {
                visible: completeness.queue.length === 0
                text: qsTr("没有等待审核的表。")
                color: Theme.textSecondary
            }

            // A long queue (hundreds of forms in a county) would build every entry: the first ones, and
            // all of them when asked.
            Repeater {
                model: page.showWholeQueue ? completeness.queue : completeness.queue.slice(0, page.queueShown)

                delegate: Rectangle {
                    id: queueEntry

                    required property var modelData

                    objectName: "queue_" + modelData.school + "_" + modelData.form
                    Layout.fillWidth: true
                    implicitHeight: queueRow.implicitHeight + 2 * Theme.spacingMedium
                    radius: 4
                    color: queueTap.pressed ? Theme.surfaceMuted : Theme.surface
                    border.color: Theme.border

                    TapHandler {
                        id: queueTap

                        onTapped: ReviewController.open(queueEntry.modelData.school, queueEntry.modelData.form)
                    }

                    RowLayout {
                        id: queueRow

                        anchors.fill: parent
                        anchors.margins: Theme.spacingMedium
                        spacing: Theme.spacingMedium

                        Label {
                            Layout.fillWidth: true
                            text: modelData.town + " " + modelData.name + "（" + modelData.school + "）"
                            color: Theme.textPrimary
                            elide: Text.ElideRight
                        }

                        Label {
                            text: modelData.form
                            font.bold: true
                            color: Theme.primary
                        }

                        Label {
                            text: modelData.late ? qsTr("逾期提交 %1").arg(modelData.at) : qsTr("提交于 %1").arg(modelData.at)
                            color: modelData.late ? Theme.warning : Theme.textSecondary
                        }

                        Label {
                            text: qsTr("审核 ›")
                            font.bold: true
                            color: Theme.primary
                        }
                    }
                }
            }

            SecondaryButton {
                objectName: "wholeQueueButton"
                visible: !page.showWholeQueue && completeness.queue.length > page.queueShown
                text: qsTr("显示全部待审核（%1）").arg(completeness.queue.length)
                onClicked: page.showWholeQueue = true
            }

            Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("各校完成情况")
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                color: Theme.textPrimary
            }

            Item {
                Layout.preferredHeight: 0
            }
        }

        footer: Item {
            height: page.margin
        }

        delegate: Rectangle {
            id: schoolRow

            required property string code
            required property string name
            required property string town
            required property var cells

            x: list.columnX
            width: list.columnWidth
            height: schoolLayout.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            border.color: Theme.border

            RowLayout {
                id: schoolLayout

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing

                Label {
                    Layout.preferredWidth: page.wide ? 320 : 180
                    text: schoolRow.town + " " + schoolRow.name
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }

                Repeater {
                    model: schoolRow.cells

                    delegate: Rectangle {
                        id: stateCell

                        required property var modelData

                        Layout.fillWidth: true
                        implicitHeight: cellLabel.implicitHeight + Theme.spacing
                        radius: 3
                        color: cellTap.pressed ? Theme.surfaceMuted : page.stateColor(modelData.state)

                        // Any state opens the review page: the data and history, and a decision when
                        // the state allows one.
                        TapHandler {
                            id: cellTap

                            onTapped: ReviewController.open(schoolRow.code, stateCell.modelData.form)
                        }

                        Label {
                            id: cellLabel

                            anchors.centerIn: parent
                            text: modelData.form + " " + modelData.label + (modelData.late ? qsTr("·逾期") : "")
                            font.pixelSize: Theme.fontSizeSmall
                            color: Theme.textPrimary
                        }
                    }
                }
            }
        }
    }
}
