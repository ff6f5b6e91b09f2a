import QtQuick
import QtQuick.Controls
import Junheng

// Why a form cannot be finalised yet: every error that must be corrected, one per line.
Dialog {
    id: dialog

    property var errors: []

    signal dismissed()

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent.width - 2 * Theme.pageMarginNarrow)
    height: Math.min(implicitHeight, parent.height - 2 * Theme.pageMarginNarrow)
    modal: true
    visible: errors.length > 0
    title: qsTr("还不能定稿：有 %1 处须改正或写明原因").arg(errors.length)
    onClosed: dialog.dismissed()

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
        color: Theme.error
        wrapMode: Text.Wrap
    }

    footer: Pane {
        padding: Theme.spacingLarge

        background: Item {}

        PrimaryButton {
            anchors.right: parent.right
            text: qsTr("知道了，去改正")
            onClicked: dialog.accept()
        }
    }

    ListView {
        id: list

        anchors.fill: parent
        implicitHeight: contentHeight
        clip: true
        spacing: Theme.spacing
        model: dialog.errors

        delegate: FieldMessage {
            required property string modelData

            width: ListView.view.width
            text: modelData
            severity: "hard"
        }
    }
}
