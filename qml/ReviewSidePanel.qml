import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Beside the data on the review page: the submission's state and what it allows, the comments written so
// far, what validation says about the data, the school's indicators the form feeds, and who did what when.
ColumnLayout {
    id: panel

    signal wholeFormCommentRequested()

    spacing: Theme.spacingMedium

    Label {
        text: qsTr("审核")
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: Theme.textPrimary
    }

    Label {
        objectName: "reviewSubmitted"
        Layout.fillWidth: true
        text: ReviewController.submittedText
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }

    Label {
        objectName: "reviewHint"
        Layout.fillWidth: true
        text: ReviewController.decisionHint
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }

    Label {
        Layout.topMargin: Theme.spacing
        text: qsTr("待发送的意见（%1）").arg(ReviewController.comments.length)
        font.bold: true
        color: Theme.textPrimary
    }

    Label {
        Layout.fillWidth: true
        visible: ReviewController.comments.length === 0
        text: qsTr("点左边的数据项或某一行，写下要学校修改的地方。")
        font.pixelSize: Theme.fontSizeSmall
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }

    Repeater {
        model: ReviewController.comments

        delegate: RowLayout {
            id: draft

            required property var modelData
            required property int index

            Layout.fillWidth: true
            spacing: Theme.spacing

            ReviewCommentNote {
                Layout.fillWidth: true
                title: draft.modelData.where
                comment: draft.modelData.text
            }

            ToolButton {
                Layout.preferredWidth: Theme.touchSize
                text: "×"
                font.pixelSize: Theme.fontSizeLarge
                onClicked: ReviewController.removeComment(draft.index)
            }
        }
    }

    SecondaryButton {
        objectName: "wholeFormComment"
        text: qsTr("＋ 对整张表的意见")
        onClicked: panel.wholeFormCommentRequested()
    }

    Label {
        Layout.topMargin: Theme.spacingLarge
        text: qsTr("数据检查")
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: Theme.textPrimary
    }

    Label {
        objectName: "reviewIssueSummary"
        Layout.fillWidth: true
        text: ReviewController.issueSummary
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }

    Repeater {
        model: ReviewController.issues

        delegate: FieldMessage {
            required property var modelData

            Layout.fillWidth: true
            text: modelData.message + (modelData.reason.length > 0 ? "\n" + qsTr("学校说明：%1").arg(modelData.reason) : "")
            severity: modelData.severity
        }
    }

    Label {
        Layout.topMargin: Theme.spacingLarge
        text: qsTr("本校指标")
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: Theme.textPrimary
    }

    Label {
        objectName: "reviewIndicatorSummary"
        Layout.fillWidth: true
        text: ReviewController.indicatorSummary
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }

    Repeater {
        model: ReviewController.indicators

        delegate: Rectangle {
            id: indicator

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: indicatorColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius / 2
            color: Theme.itemStateBackground(modelData.state)

            ColumnLayout {
                id: indicatorColumn

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall

                RowLayout {
                    Layout.fillWidth: true

                    Label {
                        Layout.fillWidth: true
                        text: (indicator.modelData.code.length > 0 ? indicator.modelData.code + " " : "") + indicator.modelData.title
                        font.pixelSize: Theme.fontSizeSmall
                        font.bold: true
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }

                    Label {
                        text: indicator.modelData.stateLabel
                        font.pixelSize: Theme.fontSizeSmall
                        font.bold: true
                        color: Theme.itemStateColor(indicator.modelData.state)
                    }
                }

                Label {
                    Layout.fillWidth: true
                    text: indicator.modelData.detail
                    font.pixelSize: Theme.fontSizeSmall
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    Label {
        Layout.topMargin: Theme.spacingLarge
        text: qsTr("审核记录")
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: Theme.textPrimary
    }

    Label {
        visible: ReviewController.history.length === 0
        text: qsTr("还没有记录。")
        color: Theme.textSecondary
    }

    Repeater {
        model: ReviewController.history

        delegate: ColumnLayout {
            id: entry

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: qsTr("%1　%2（%3）%4%5").arg(entry.modelData.at).arg(entry.modelData.by).arg(entry.modelData.role)
                          .arg(entry.modelData.stateLabel).arg(entry.modelData.late ? qsTr("·逾期") : "")
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.textPrimary
                wrapMode: Text.Wrap
            }

            Repeater {
                model: entry.modelData.comments

                delegate: Label {
                    required property string modelData

                    Layout.fillWidth: true
                    leftPadding: Theme.spacingLarge
                    text: "· " + modelData
                    font.pixelSize: Theme.fontSizeSmall
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
