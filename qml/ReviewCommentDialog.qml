import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Writes one review comment on a field, a roster row (and field) or the whole form. The comment is kept
// on the page until the decision is sent; a comment the controller refuses (empty, too long) says why.
Dialog {
    id: dialog

    property string recordUuid: ""
    property string fieldId: ""
    property string where: ""
    property string problem: ""

    function ask(recordUuid, fieldId, where) {
        dialog.recordUuid = recordUuid;
        dialog.fieldId = fieldId;
        dialog.where = where;
        dialog.problem = "";
        input.text = "";
        dialog.open();
        input.forceActiveFocus();
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent.width - 2 * Theme.pageMarginNarrow)
    modal: true
    title: qsTr("意见：%1").arg(where)

    // Drawn here: Material's dialog shadow is a shader effect (client/app/QtCompat.h).
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
    }

    header: Label {
        padding: Theme.spacingXLarge
        bottomPadding: Theme.spacingMedium
        text: dialog.title
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }

    footer: Pane {
        padding: Theme.spacingLarge

        background: Item {}

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacingMedium

            Item {
                Layout.fillWidth: true
            }

            SecondaryButton {
                text: qsTr("取消")
                onClicked: dialog.close()
            }

            PrimaryButton {
                objectName: "addCommentButton"
                text: qsTr("添加意见")
                onClicked: {
                    dialog.problem = ReviewController.addComment(dialog.recordUuid, dialog.fieldId, input.text);
                    if (dialog.problem.length === 0)
                        dialog.close();
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingMedium

        Label {
            Layout.fillWidth: true
            text: qsTr("写明哪里不对、要学校怎么改，例如：室外运动场面积比上年多了一倍，请核实。")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        TextArea {
            id: input

            objectName: "commentInput"
            Layout.fillWidth: true
            Layout.preferredHeight: 4 * Theme.touchSize
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("审核意见（最多 500 字）")

            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surface
                border.color: input.activeFocus ? Theme.primary : Theme.border
                border.width: input.activeFocus ? 2 * Theme.borderWidth : Theme.borderWidth
            }
        }

        FieldMessage {
            Layout.fillWidth: true
            visible: dialog.problem.length > 0
            text: dialog.problem
            severity: "hard"
        }
    }
}
