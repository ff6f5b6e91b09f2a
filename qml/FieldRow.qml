import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// One field of a form: its section header when it starts one, its label, the editor for its type,
// its help text and what validation says about it. Hidden when another answer makes it not apply.
ColumnLayout {
    id: row

    required property string fieldId
    required property string label
    required property string unit
    required property string type
    required property bool isRequired
    required property string help
    required property var choices
    required property string text
    required property bool relevant
    required property string message
    required property string severity
    required property string sectionTitle
    required property bool sectionStart
    required property bool needsReason
    required property string reason
    // The town's (or county's) open comment on this field of a returned form; empty otherwise.
    property string comment: ""
    // Label beside the editor when there is room, above it otherwise.
    readonly property bool wide: width >= Theme.fieldRowWideWidth

    signal edited(string fieldId, string text)
    signal reasonEdited(string fieldId, string text)
    signal fileChosen(string fieldId, url file)
    signal fileRemoved(string fieldId, int index)

    // Labels come from form definitions: shown as text even inside the styled label.
    function escaped(text) {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }

    visible: relevant
    spacing: Theme.spacing

    SectionHeader {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        visible: row.sectionStart
        text: row.sectionTitle
    }

    GridLayout {
        Layout.fillWidth: true
        columns: row.wide ? 2 : 1
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacingSmall

        Label {
            Layout.preferredWidth: row.wide ? Theme.labelColumnWidth : -1
            Layout.fillWidth: !row.wide
            Layout.minimumHeight: row.wide ? Theme.touchSize : 0
            Layout.alignment: Qt.AlignTop
            verticalAlignment: Text.AlignVCenter
            text: row.isRequired ? row.escaped(row.label) + "<font color=\"" + Theme.error + "\"> *</font>"
                                 : row.escaped(row.label)
            textFormat: Text.StyledText
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Loader {
                id: editor

                Layout.fillWidth: true
                sourceComponent: {
                    switch (row.type) {
                    case "integer":
                    case "decimal": return numberEditor;
                    case "choice": return choiceEditor;
                    case "boolean": return booleanEditor;
                    case "attachment": return attachmentEditor;
                    default: return textEditor;
                    }
                }
            }

            // The editor's inputs, the same for every kind (EditorRow).
            Binding {
                target: editor.item
                property: "value"
                value: row.text
            }

            Binding {
                target: editor.item
                property: "unit"
                value: row.unit
            }

            Binding {
                target: editor.item
                property: "choices"
                value: row.choices
            }

            Binding {
                target: editor.item
                property: "integer"
                value: row.type === "integer"
            }

            Binding {
                target: editor.item
                property: "placeholder"
                value: row.type === "decimal_list" ? qsTr("例如：96、102.5") : ""
            }

            Connections {
                target: editor.item

                function onEdited(value) {
                    row.edited(row.fieldId, value);
                }

                function onFileChosen(file) {
                    row.fileChosen(row.fieldId, file);
                }

                function onFileRemoved(index) {
                    row.fileRemoved(row.fieldId, index);
                }
            }

            Label {
                Layout.fillWidth: true
                visible: row.help.length > 0
                text: row.help
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            ReviewCommentNote {
                objectName: "fieldComment_" + row.fieldId
                Layout.fillWidth: true
                visible: row.comment.length > 0
                comment: row.comment
            }

            FieldMessage {
                Layout.fillWidth: true
                visible: row.message.length > 0
                text: row.message
                severity: row.severity
            }

            // A warning (not an error) may be kept when the value is right: say why, and it no longer
            // holds up finalising (payload "_reasons").
            InputField {
                Layout.fillWidth: true
                visible: row.needsReason
                placeholderText: qsTr("确认无误？请写明保留这个数值的原因，例如：该生为校队运动员")
                text: row.reason
                onTextEdited: row.reasonEdited(row.fieldId, text)
            }
        }
    }

    Component {
        id: numberEditor

        NumberEditor {}
    }

    Component {
        id: choiceEditor

        ChoiceEditor {}
    }

    Component {
        id: booleanEditor

        BooleanEditor {}
    }

    Component {
        id: attachmentEditor

        AttachmentEditor {}
    }

    Component {
        id: textEditor

        TextEditor {}
    }
}
