import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Junheng

// The form page's top bar: back, the form's title and state, and whether everything is saved.
ToolBar {
    id: bar

    signal backRequested()

    Material.foreground: Theme.textOnPrimary

    // Drawn here: Material's tool bar shadow is a shader effect (client/app/QtCompat.h).
    background: Rectangle {
        implicitHeight: Theme.touchSize + Theme.spacing
        color: Theme.primary
    }

    RowLayout {
        anchors.fill: parent
        anchors.rightMargin: Theme.spacingLarge
        spacing: Theme.spacingMedium

        ToolButton {
            Layout.preferredHeight: Theme.touchSize
            text: qsTr("‹ 返回")
            font.pixelSize: Theme.fontSizeLarge
            onClicked: bar.backRequested()
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("%1 %2").arg(FormController.formId).arg(FormController.title)
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
            color: Theme.textOnPrimary
            elide: Text.ElideRight
        }

        StatusChip {
            status: FormController.status
            text: FormController.revision > 1 && FormController.status !== "none"
                  ? qsTr("%1 · 第 %2 版").arg(FormController.statusLabel).arg(FormController.revision)
                  : FormController.statusLabel
        }

        Label {
            text: FormController.savedText
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.textOnPrimary
        }
    }
}
