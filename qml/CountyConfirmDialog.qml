import QtQuick
import QtQuick.Controls
import Junheng

// "Are you sure?" before a county action that every device will see (publish or close a cycle, open one).
Dialog {
    id: dialog

    property string text
    property string confirmText: qsTr("确定")

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent.width - 2 * Theme.pageMarginNarrow)
    modal: true

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

        Row {
            anchors.right: parent.right
            spacing: Theme.spacing

            SecondaryButton {
                text: qsTr("取消")
                onClicked: dialog.reject()
            }

            PrimaryButton {
                objectName: "confirmButton"
                text: dialog.confirmText
                onClicked: dialog.accept()
            }
        }
    }

    Label {
        width: parent.width
        text: dialog.text
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }
}
