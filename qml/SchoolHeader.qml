import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// School name, town and county, and the assessment cycle, as the enrolment gave them.
ColumnLayout {
    id: header

    spacing: Theme.spacingSmall

    Label {
        Layout.fillWidth: true
        text: AppController.enrolled ? AppController.schoolName : qsTr("本机尚未注册")
        font.pixelSize: Theme.fontSizeHeadline
        font.bold: true
        color: Theme.textPrimary
        wrapMode: Text.Wrap
    }

    Label {
        Layout.fillWidth: true
        visible: AppController.enrolled
        text: qsTr("%1 · %2　学校代码 %3").arg(AppController.townName).arg(AppController.countyName)
              .arg(AppController.schoolCode)
        font.pixelSize: Theme.fontSizeBody
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }

    Label {
        Layout.fillWidth: true
        visible: AppController.enrolled
        text: qsTr("评估周期：%1").arg(AppController.cycleName)
        font.pixelSize: Theme.fontSizeBody
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
}
