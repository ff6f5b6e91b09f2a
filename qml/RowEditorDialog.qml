import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// One row of a roster in a form, built from the form definition with the same field editors as a form
// page (FieldRow); messages follow every edit. Used on tablets and for adding a row (row -1).
Dialog {
    id: dialog

    property int row: -1
    property var fields: []
    property var texts: ({})
    property var messages: ({})
    // The town's or county's comments on this row of a returned roster, one per line; empty otherwise.
    property string comment: ""

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.rowEditorWidth, parent.width - 2 * Theme.pageMarginNarrow)
    height: parent.height - 2 * Theme.pageMarginNarrow
    modal: true
    title: row < 0 ? qsTr("添加一行") : qsTr("编辑%1").arg(RosterController.rowTitle(row))

    onAboutToShow: {
        texts = {};
        fields = RosterController.editorFields(row);
        messages = RosterController.editorMessages(row, texts);
        const returned = SchoolComments.forms[RosterController.formId];
        const uuid = row < 0 ? "" : RosterController.model.rowUuid(row);
        comment = returned !== undefined && uuid.length > 0 && returned.rows[uuid] !== undefined ? returned.rows[uuid] : "";
    }

    function edit(fieldId, text) {
        const next = Object.assign({}, texts);
        next[fieldId] = text;
        texts = next;
        messages = RosterController.editorMessages(row, texts);
    }

    function editReason(fieldId, text) {
        const next = Object.assign({}, texts);
        const reasons = Object.assign({}, next["_reasons"] || {});
        reasons[fieldId] = text;
        next["_reasons"] = reasons;
        texts = next;
        messages = RosterController.editorMessages(row, texts);
    }

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
        elide: Text.ElideRight
    }

    footer: Pane {
        padding: Theme.spacingLarge

        background: Item {}

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacingMedium

            SecondaryButton {
                visible: dialog.row >= 0
                text: qsTr("删除这一行")
                onClicked: {
                    if (RosterController.deleteRow(dialog.row))
                        dialog.close();
                }
            }

            Item {
                Layout.fillWidth: true
            }

            SecondaryButton {
                text: qsTr("取消")
                onClicked: dialog.close()
            }

            PrimaryButton {
                text: qsTr("保存")
                onClicked: {
                    if (RosterController.saveRow(dialog.row, dialog.texts))
                        dialog.close();
                }
            }
        }
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingMedium

            ReviewCommentNote {
                objectName: "rowComment"
                Layout.fillWidth: true
                visible: dialog.comment.length > 0
                comment: dialog.comment
            }

            // The dialog's state reaches the rows through onItemAdded, not through ids inside the delegate
            // (Qt 6.4's qmllint flags those; client/app/QtCompat.h).
            Repeater {
                model: dialog.fields
                onItemAdded: (index, item) => {
                    item.allMessages = Qt.binding(() => dialog.messages);
                    item.edited.connect(dialog.edit);
                    item.reasonEdited.connect(dialog.editReason);
                }

                FieldRow {
                    id: fieldRow

                    required property var modelData
                    property var allMessages: ({})

                    function entry(key) {
                        const found = fieldRow.allMessages[fieldRow.modelData.fieldId];
                        if (found)
                            return found[key];
                        return key === "relevant" ? true : key === "needsReason" ? false : "";
                    }

                    Layout.fillWidth: true
                    fieldId: modelData.fieldId
                    label: modelData.label
                    unit: modelData.unit
                    type: modelData.type
                    isRequired: modelData.isRequired
                    help: modelData.help
                    choices: modelData.choices
                    text: modelData.text
                    relevant: fieldRow.entry("relevant")
                    message: fieldRow.entry("message")
                    severity: fieldRow.entry("severity")
                    sectionTitle: ""
                    sectionStart: false
                    needsReason: fieldRow.entry("needsReason")
                    reason: fieldRow.entry("reason")
                }
            }
        }
    }
}
