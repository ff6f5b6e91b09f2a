import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Shown until the device is enrolled: forms belong to a school and a cycle, which enrolment gives.
Rectangle {
    id: notice

    implicitHeight: content.implicitHeight + 2 * Theme.spacingLarge
    radius: Theme.radius
    color: Theme.warningBackground
    border.color: Theme.warning
    border.width: Theme.borderWidth

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("这台设备还没有注册到学校，暂时不能填表和同步。")
            font.pixelSize: Theme.fontSizeLarge
            font.bold: true
            color: Theme.warning
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("请向镇（街道）或县教育局要一个注册码，然后在电脑的命令行里运行下面的命令（把 URL 换成服务器地址，CODE 换成注册码），再重新打开本软件：")
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }

        InputField {
            Layout.fillWidth: true
            text: AppController.enrolCommand
            readOnly: true
            font.family: Theme.monoFamily
        }
    }
}
