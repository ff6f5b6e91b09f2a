import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Edits one entry of the issue ledger: owner, due date, status, measures. Each field says in Chinese what
// is wrong as it is typed (LedgerModel.checkEntry); 保存 stores it and queues it for the next sync.
Dialog {
    id: dialog

    property var model
    property var entry: ({})
    property var errors: ({})

    signal saved(string text)

    function openFor(value) {
        entry = value;
        ownerField.text = value.owner || "";
        dueField.text = value.due || "";
        const choices = model.statusChoices();
        statusBox.values = choices.map(c => c.value);
        statusBox.labels = choices.map(c => c.label);
        statusBox.value = value.status === "closed" ? "done" : (value.status || "open");
        noteField.text = value.note || "";
        errors = {};
        saveError.text = "";
        open();
    }

    function check() {
        errors = model.checkEntry(ownerField.text, dueField.text, statusBox.value, noteField.text);
    }

    objectName: "ledgerDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent.width - 2 * Theme.pageMarginNarrow)
    modal: true
    title: qsTr("编辑问题台账")

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
    }

    header: ColumnLayout {
        spacing: Theme.spacingSmall

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXLarge
            Layout.rightMargin: Theme.spacingXLarge
            Layout.topMargin: Theme.spacingXLarge
            text: dialog.title
            font.pixelSize: Theme.fontSizeLarge
            font.bold: true
            color: Theme.textPrimary
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXLarge
            Layout.rightMargin: Theme.spacingXLarge
            text: (dialog.entry.who || "") + " · " + (dialog.entry.item || "")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall

        Label {
            text: qsTr("责任人")
            font.bold: true
            color: Theme.textPrimary
        }

        InputField {
            id: ownerField

            objectName: "ledgerOwner"
            Layout.fillWidth: true
            placeholderText: qsTr("如：王校长、县教育局基建股")
            onTextEdited: dialog.check()
        }

        FieldMessage {
            Layout.fillWidth: true
            visible: !!dialog.errors.owner
            text: dialog.errors.owner || ""
        }

        Label {
            text: qsTr("完成时限")
            font.bold: true
            color: Theme.textPrimary
        }

        InputField {
            id: dueField

            objectName: "ledgerDue"
            Layout.fillWidth: true
            placeholderText: qsTr("如：2027-03-31")
            onTextEdited: dialog.check()
        }

        FieldMessage {
            Layout.fillWidth: true
            visible: !!dialog.errors.due
            text: dialog.errors.due || ""
        }

        Label {
            text: qsTr("整改状态")
            font.bold: true
            color: Theme.textPrimary
        }

        FilterBox {
            id: statusBox

            objectName: "ledgerStatus"
            allText: qsTr("请选择")
            onPicked: (value) => {
                statusBox.value = value;
                dialog.check();
            }
        }

        FieldMessage {
            Layout.fillWidth: true
            visible: !!dialog.errors.status
            text: dialog.errors.status || ""
        }

        Label {
            text: qsTr("整改措施或备注（可不填）")
            font.bold: true
            color: Theme.textPrimary
        }

        TextArea {
            id: noteField

            objectName: "ledgerNote"
            Layout.fillWidth: true
            Layout.preferredHeight: 3 * Theme.touchSize
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            onTextChanged: if (dialog.visible) dialog.check()

            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surface
                border.color: noteField.activeFocus ? Theme.primary : Theme.border
                border.width: Theme.borderWidth
            }
        }

        FieldMessage {
            Layout.fillWidth: true
            visible: !!dialog.errors.note
            text: dialog.errors.note || ""
        }

        Label {
            id: saveError

            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.error
            wrapMode: Text.Wrap
        }
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
                objectName: "ledgerSave"
                text: qsTr("保存")
                onClicked: {
                    const result = dialog.model.saveEntry(dialog.entry.key, ownerField.text, dueField.text,
                                                          statusBox.value, noteField.text);
                    dialog.errors = result.errors;
                    if (result.ok) {
                        dialog.close();
                        dialog.saved(result.message);
                    } else {
                        saveError.text = result.message;
                    }
                }
            }
        }
    }
}
