import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// The values of a form (or of one roster row) as the reviewer sees them: label, value and unit, what
// validation says with the school's reason, and the comments written on each so far. A tap on a field
// asks for a comment on it.
ColumnLayout {
    id: list

    property var fields: []
    property string recordUuid: ""

    signal commentRequested(string recordUuid, string fieldId, string where)

    function draftsFor(fieldId) {
        const all = ReviewController.comments;
        const texts = [];
        for (let i = 0; i < all.length; ++i) {
            if (all[i].recordUuid === list.recordUuid && all[i].fieldId === fieldId)
                texts.push(all[i].text);
        }
        return texts.join("\n");
    }

    spacing: 0

    Repeater {
        model: list.fields

        delegate: ItemDelegate {
            id: fieldItem

            required property var modelData
            required property int index
            readonly property string drafts: list.draftsFor(modelData.fieldId)

            objectName: "reviewField_" + modelData.fieldId
            Layout.fillWidth: true
            padding: Theme.spacingMedium
            onClicked: list.commentRequested(list.recordUuid, modelData.fieldId, modelData.label)

            background: Rectangle {
                color: fieldItem.down ? Theme.surfaceMuted
                       : fieldItem.modelData.severity === "hard" ? Theme.errorBackground
                       : fieldItem.index % 2 === 0 ? Theme.surface : Theme.gridCurrentRow
                border.color: Theme.border
                border.width: Theme.borderWidth
            }

            contentItem: ColumnLayout {
                spacing: Theme.spacingSmall

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingLarge

                    Label {
                        Layout.preferredWidth: Theme.labelColumnWidth
                        text: fieldItem.modelData.label
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }

                    Label {
                        Layout.fillWidth: true
                        text: fieldItem.modelData.value + (fieldItem.modelData.unit.length > 0 ? " " + fieldItem.modelData.unit : "")
                        font.bold: true
                        color: fieldItem.modelData.severity === "hard" ? Theme.error : Theme.textPrimary
                        wrapMode: Text.Wrap
                    }

                    Label {
                        text: qsTr("＋ 意见")
                        font.pixelSize: Theme.fontSizeSmall
                        color: Theme.primary
                    }
                }

                FieldMessage {
                    Layout.fillWidth: true
                    visible: fieldItem.modelData.message.length > 0
                    text: fieldItem.modelData.message
                          + (fieldItem.modelData.reason.length > 0 ? "\n" + qsTr("学校说明：%1").arg(fieldItem.modelData.reason) : "")
                    severity: fieldItem.modelData.severity
                }

                ReviewCommentNote {
                    Layout.fillWidth: true
                    visible: fieldItem.drafts.length > 0
                    title: qsTr("您的意见")
                    comment: fieldItem.drafts
                }
            }
        }
    }
}
