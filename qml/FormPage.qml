import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// The open form: its sections and fields, what is still wrong, and the save and finalise actions.
Page {
    id: page

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int margin: wide ? Theme.pageMargin : Theme.pageMarginNarrow

    // The open comments of this form when it was returned (SchoolComments), or undefined.
    readonly property var returned: SchoolComments.forms[FormController.formId]

    signal backRequested()

    background: Rectangle {
        color: Theme.background
    }

    header: FormHeader {
        onBackRequested: page.backRequested()
    }

    footer: FormActionBar {
        wide: page.wide
        margin: page.margin
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Math.max(page.margin, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * page.margin, Theme.contentMaxWidth)
            spacing: Theme.spacingMedium

            Label {
                Layout.fillWidth: true
                Layout.topMargin: page.margin
                text: FormController.description
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            // Returned by the town or county: who, when, and the comments on the whole form.
            ReviewCommentNote {
                objectName: "returnedBanner"
                Layout.fillWidth: true
                visible: page.returned !== undefined
                title: qsTr("已退回")
                comment: page.returned === undefined ? ""
                         : [page.returned.returnedText].concat(page.returned.whole).join("\n")
            }

            NoticeBanner {
                Layout.fillWidth: true
                text: FormController.notice
                isError: FormController.noticeIsError
                visible: text.length > 0
            }

            Repeater {
                model: FormController.fields

                FieldRow {
                    id: fieldRow

                    Layout.fillWidth: true
                    comment: page.returned === undefined ? "" : (page.returned.fields[fieldRow.fieldId] || "")
                    onEdited: (fieldId, text) => FormController.setFieldText(fieldId, text)
                    onReasonEdited: (fieldId, text) => FormController.setReason(fieldId, text)
                    onFileChosen: (fieldId, file) => FormController.addAttachment(fieldId, file)
                    onFileRemoved: (fieldId, index) => FormController.removeAttachment(fieldId, index)
                }
            }

            Item {
                Layout.preferredHeight: page.margin
            }
        }
    }

    FinaliseErrorsDialog {
        errors: FormController.finaliseErrors
        onDismissed: FormController.clearFinaliseErrors()
    }
}
