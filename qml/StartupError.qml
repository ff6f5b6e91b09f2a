import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Junheng

// Shown instead of the app when it cannot start (the database cannot be opened): what happened and
// what to do, in plain words.
ApplicationWindow {
    id: window

    width: 800
    height: 480
    visible: true
    title: qsTr("均衡无法启动")
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: Theme.spacingLarge

        Label {
            Layout.fillWidth: true
            text: qsTr("均衡无法启动")
            font.pixelSize: Theme.fontSizeHeadline
            font.bold: true
            color: Theme.error
        }

        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: AppController.fatalError
            color: Theme.textPrimary
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignTop
        }

        PrimaryButton {
            Layout.alignment: Qt.AlignRight
            text: qsTr("退出")
            onClicked: Qt.exit(1)
        }
    }
}
