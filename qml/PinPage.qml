import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Over the whole window until the PIN is given: the student health data (近视筛查, 体质健康测试) is kept
// encrypted and opens only with it. On first use the PIN is set (typed twice).
Rectangle {
    id: pinPage

    objectName: "pinPage"
    color: Theme.background

    // Takes every tap and key while shown.
    MouseArea {
        anchors.fill: parent
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.pageMargin, Theme.dialogWidth)
        spacing: Theme.spacingLarge

        Label {
            Layout.fillWidth: true
            text: PinController.settingUp ? qsTr("设置 PIN") : qsTr("请输入 PIN")
            font.pixelSize: Theme.fontSizeHeadline
            font.bold: true
            color: Theme.textPrimary
        }

        Label {
            Layout.fillWidth: true
            text: PinController.settingUp
                  ? qsTr("近视筛查和体质健康测试是学生的健康数据，本机加密保存。请设置一个 6 到 12 位数字的 PIN，以后每次打开本软件时输入。忘记 PIN 将无法读取这些数据，请妥善记住。")
                  : qsTr("近视筛查和体质健康测试的数据已加密，输入 PIN 后才能查看和填写。")
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        InputField {
            id: pinField

            objectName: "pinField"
            Layout.fillWidth: true
            placeholderText: qsTr("PIN（6 到 12 位数字）")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            focus: true
            onAccepted: PinController.settingUp ? confirmField.forceActiveFocus() : pinPage.submit()
        }

        InputField {
            id: confirmField

            Layout.fillWidth: true
            visible: PinController.settingUp
            placeholderText: qsTr("再输入一次")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            onAccepted: pinPage.submit()
        }

        NoticeBanner {
            objectName: "pinError"
            Layout.fillWidth: true
            visible: text.length > 0
            text: PinController.error
            isError: true
        }

        PrimaryButton {
            text: PinController.settingUp ? qsTr("设置并打开") : qsTr("打开")
            onClicked: pinPage.submit()
        }
    }

    function submit() {
        if (PinController.submit(pinField.text, confirmField.text)) {
            pinField.text = "";
            confirmField.text = "";
        } else {
            pinField.selectAll();
            pinField.forceActiveFocus();
        }
    }
}
