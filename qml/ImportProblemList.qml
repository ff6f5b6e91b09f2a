import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Every problem of an import, a page at a time: the file's row, the column, the value as written, the
// rule and what to do. Red: must be corrected before the row can be imported; amber: check it (the row is
// imported, and a reason is asked for before finalising).
ColumnLayout {
    id: list

    objectName: "importProblems"
    spacing: 0

    readonly property var widths: [64, 140, 140, 110]

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.touchSize - Theme.spacing
        color: Theme.surfaceMuted
        border.color: Theme.border
        border.width: Theme.borderWidth

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingMedium
            anchors.rightMargin: Theme.spacingMedium
            spacing: Theme.spacingMedium

            Repeater {
                model: [qsTr("行"), qsTr("列"), qsTr("文件里的值"), qsTr("规则")]

                Label {
                    required property string modelData
                    required property int index

                    Layout.preferredWidth: list.widths[index]
                    text: modelData
                    font.bold: true
                    color: Theme.textSecondary
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("问题和改法")
                font.bold: true
                color: Theme.textSecondary
            }
        }
    }

    ListView {
        id: view

        objectName: "importProblemView"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 3 * Theme.touchSize
        clip: true
        model: ImportController.problemPage
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        delegate: Rectangle {
            required property var modelData
            required property int index

            width: ListView.view.width
            implicitHeight: Math.max(Theme.touchSize - Theme.spacing, message.implicitHeight + Theme.spacing)
            color: index % 2 === 0 ? Theme.surface : Theme.background

            Rectangle {
                width: Theme.accentBarWidth
                height: parent.height
                color: Theme.severityColor(modelData.severity)
            }

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingMedium
                anchors.rightMargin: Theme.spacingMedium
                spacing: Theme.spacingMedium

                Label {
                    Layout.preferredWidth: 64
                    text: modelData.row > 0 ? modelData.row : qsTr("整个文件")
                    color: Theme.textPrimary
                }

                Label {
                    Layout.preferredWidth: 140
                    text: modelData.column
                    elide: Text.ElideRight
                    color: Theme.textPrimary
                }

                Label {
                    Layout.preferredWidth: 140
                    text: modelData.value.length > 0 ? modelData.value : qsTr("（空）")
                    elide: Text.ElideRight
                    color: modelData.value.length > 0 ? Theme.textPrimary : Theme.textDisabled
                }

                Label {
                    Layout.preferredWidth: 110
                    text: modelData.rule
                    color: Theme.severityColor(modelData.severity)
                    font.bold: true
                }

                Label {
                    id: message

                    Layout.fillWidth: true
                    text: modelData.message
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSizeMessage
                    color: Theme.severityColor(modelData.severity)
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacingMedium

        SecondaryButton {
            text: qsTr("‹ 上一页")
            enabled: ImportController.page > 0
            onClicked: ImportController.setPage(ImportController.page - 1)
        }

        Label {
            objectName: "importPageLabel"
            text: qsTr("第 %1 / %2 页，共 %3 处问题").arg(ImportController.page + 1)
                  .arg(ImportController.pageCount).arg(ImportController.problemCount)
            color: Theme.textSecondary
        }

        SecondaryButton {
            text: qsTr("下一页 ›")
            enabled: ImportController.page + 1 < ImportController.pageCount
            onClicked: ImportController.setPage(ImportController.page + 1)
        }
    }
}
