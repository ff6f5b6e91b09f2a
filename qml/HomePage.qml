import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// The school's home: who and which cycle at the top, then one card per form with its state.
Page {
    id: page

    signal dashboardRequested()

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int margin: wide ? Theme.pageMargin : Theme.pageMarginNarrow

    background: Rectangle {
        color: Theme.background
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Math.max(page.margin, (scroll.availableWidth - width) / 2)
            width: Math.min(scroll.availableWidth - 2 * page.margin, Theme.contentMaxWidth)
            spacing: Theme.spacingLarge

            Item {
                Layout.preferredHeight: page.margin - Theme.spacingLarge
            }

            LanguageSwitch {
                Layout.alignment: Qt.AlignRight
            }

            SchoolHeader {
                Layout.fillWidth: true
            }

            SecondaryButton {
                objectName: "dashboardButton"
                visible: AppController.enrolled
                text: qsTr("评估指标：达标情况与差距")
                onClicked: page.dashboardRequested()
            }

            EnrolNotice {
                Layout.fillWidth: true
                visible: !AppController.enrolled
            }

            NoticeBanner {
                objectName: "formsNotice"
                Layout.fillWidth: true
                visible: text.length > 0
                text: AppController.formsNotice
            }

            Label {
                Layout.topMargin: Theme.spacing
                text: qsTr("本周期要填的表")
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                color: Theme.textPrimary
            }

            GridLayout {
                Layout.fillWidth: true
                columns: Math.max(1, Math.floor(width / Theme.cardMinWidth))
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacingLarge

                Repeater {
                    model: AppController.forms

                    FormCard {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        enabled: AppController.enrolled
                        onClicked: AppController.openForm(formId)
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: AppController.enrolled
                text: qsTr("点开一张表就可以填写，填的内容会自动保存。全部检查通过后点“定稿”，联网时会自动发送给上级。")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            Item {
                Layout.preferredHeight: page.margin
            }
        }
    }
}
