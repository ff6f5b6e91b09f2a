import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// 中文 / English: switches the whole app at once (LanguageController saves the choice and retranslates).
// Each name is written in its own language, so it can be found whichever language is on.
RowLayout {
    id: languageSwitch

    spacing: 0

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("界面语言")

    Repeater {
        model: [{"code": "zh_CN", "name": "中文"}, {"code": "en", "name": "English"}]

        Button {
            id: choice

            required property var modelData
            readonly property bool current: LanguageController.language === modelData.code

            objectName: "language_" + modelData.code
            text: modelData.name
            flat: true
            checkable: false
            font.bold: current
            leftPadding: Theme.spacingLarge
            rightPadding: Theme.spacingLarge
            onClicked: LanguageController.setLanguage(modelData.code)

            contentItem: Label {
                text: choice.text
                font: choice.font
                color: choice.current ? Theme.textOnPrimary : Theme.primary
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }

            background: Rectangle {
                implicitHeight: Theme.touchSize - Theme.spacing
                implicitWidth: Theme.touchSize * 2
                radius: Theme.radius / 2
                color: choice.current ? Theme.primary : (choice.down ? Theme.surfaceMuted : Theme.surface)
                border.color: Theme.primary
                border.width: Theme.borderWidth
            }
        }
    }
}
