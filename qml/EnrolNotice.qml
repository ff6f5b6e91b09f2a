import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
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

        Label {
            Layout.fillWidth: true
            text: qsTr("有登记二维码时：把二维码里的链接（junheng://enrol?…）粘贴到下面，或选择二维码图片，然后点“登记”。")
            color: Theme.textPrimary
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            InputField {
                id: linkField

                objectName: "enrolLinkField"
                Layout.fillWidth: true
                placeholderText: qsTr("junheng://enrol?server=…&code=…")
            }

            PrimaryButton {
                text: qsTr("登记")
                enabled: linkField.text.length > 0
                onClicked: SyncPageController.enrolFromLink(linkField.text)
            }

            SecondaryButton {
                text: qsTr("选择二维码图片")
                onClicked: qrPicker.open()
            }
        }

        Label {
            Layout.fillWidth: true
            visible: SyncPageController.enrolMessage.length > 0
            text: SyncPageController.enrolMessage
            color: SyncPageController.enrolFailed ? Theme.error : Theme.success
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("也可以在电脑的命令行里登记：")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        InputField {
            Layout.fillWidth: true
            text: AppController.enrolCommand
            readOnly: true
            font.family: Theme.monoFamily
        }
    }

    FileDialog {
        id: qrPicker

        title: qsTr("选择登记二维码图片")
        nameFilters: [qsTr("图片 (*.png *.jpg *.jpeg)"), qsTr("所有文件 (*)")]
        onAccepted: SyncPageController.enrolFromQrImage(selectedFile)
    }
}
