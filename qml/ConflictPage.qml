import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// One record changed both here and on another device in the same places: per field, the label, this
// device's value, the server's and what both started from; the person picks one per field and saves a
// new version based on the server's. Only presents: ConflictController does the work.
Page {
    id: page

    signal backRequested()

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property int margin: wide ? Theme.pageMargin : Theme.pageMarginNarrow

    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: page.margin
        spacing: Theme.spacingMedium

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge

            SecondaryButton {
                objectName: "conflictBack"
                text: qsTr("返回")
                onClicked: page.backRequested()
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("处理冲突：%1").arg(ConflictController.title)
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.textPrimary
                elide: Text.ElideRight
            }
        }

        Label {
            Layout.fillWidth: true
            text: ConflictController.summary
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        NoticeBanner {
            Layout.fillWidth: true
            visible: ConflictController.notice.length > 0
            isError: true
            text: ConflictController.notice
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            SecondaryButton {
                text: qsTr("全部用本机的")
                onClicked: ConflictController.chooseAll("mine")
            }

            SecondaryButton {
                text: qsTr("全部用服务器的")
                onClicked: ConflictController.chooseAll("theirs")
            }
        }

        ScrollView {
            id: scroller

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroller.availableWidth
                spacing: Theme.spacingMedium

                Repeater {
                    model: ConflictController.fields

                    delegate: Rectangle {
                        id: card

                        required property var modelData
                        required property int index

                        Layout.fillWidth: true
                        implicitHeight: column.implicitHeight + 2 * Theme.spacingLarge
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border
                        border.width: Theme.borderWidth

                        ColumnLayout {
                            id: column

                            anchors.fill: parent
                            anchors.margins: Theme.spacingLarge
                            spacing: Theme.spacing

                            Label {
                                Layout.fillWidth: true
                                text: card.modelData.label
                                font.bold: true
                                font.pixelSize: Theme.fontSizeLarge
                                color: Theme.textPrimary
                                wrapMode: Text.Wrap
                            }

                            GridLayout {
                                Layout.fillWidth: true
                                columns: page.wide ? 2 : 1
                                columnSpacing: Theme.spacingLarge
                                rowSpacing: Theme.spacing

                                RadioButton {
                                    Layout.fillWidth: true
                                    text: qsTr("本机的：%1").arg(card.modelData.mine)
                                    checked: card.modelData.choice === "mine"
                                    onClicked: ConflictController.choose(card.index, "mine")
                                }

                                RadioButton {
                                    Layout.fillWidth: true
                                    text: qsTr("服务器的：%1").arg(card.modelData.theirs)
                                    checked: card.modelData.choice === "theirs"
                                    onClicked: ConflictController.choose(card.index, "theirs")
                                }
                            }

                            Label {
                                Layout.fillWidth: true
                                text: qsTr("改之前是：%1").arg(card.modelData.base)
                                color: Theme.textSecondary
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingLarge

            Item {
                Layout.fillWidth: true
            }

            PrimaryButton {
                objectName: "conflictSave"
                text: qsTr("保存选择")
                enabled: ConflictController.loaded
                onClicked: ConflictController.save()
            }
        }
    }
}
