import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// One roster row under review: every value with what validation says, a tap on a value to comment on it,
// or a comment on the whole row.
Dialog {
    id: dialog

    property string uuid: ""
    property var fields: []

    signal commentRequested(string recordUuid, string fieldId, string where)

    function show(uuid) {
        dialog.uuid = uuid;
        dialog.fields = ReviewController.rowFields(uuid);
        dialog.title = ReviewController.rowTitle(uuid);
        dialog.open();
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.rowEditorWidth, parent.width - 2 * Theme.pageMarginNarrow)
    height: parent.height - 2 * Theme.pageMarginNarrow
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
        elide: Text.ElideRight
    }

    footer: Pane {
        padding: Theme.spacingLarge

        background: Item {}

        RowLayout {
            anchors.fill: parent
            spacing: Theme.spacingMedium

            SecondaryButton {
                text: qsTr("＋ 对整行的意见")
                onClicked: dialog.commentRequested(dialog.uuid, "", qsTr("%1 · 整行").arg(dialog.title))
            }

            Item {
                Layout.fillWidth: true
            }

            PrimaryButton {
                text: qsTr("关闭")
                onClicked: dialog.close()
            }
        }
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ReviewFieldList {
            width: scroll.availableWidth
            fields: dialog.fields
            recordUuid: dialog.uuid
            onCommentRequested: (recordUuid, fieldId, where) => dialog.commentRequested(recordUuid, fieldId, qsTr("%1 · %2").arg(dialog.title).arg(where))
        }
    }
}
