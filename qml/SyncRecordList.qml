import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// One section of the sync page: a heading with its count, then each record with what is going on and,
// when there is one, the error in the server's or the device's words and an action button.
ColumnLayout {
    id: section

    required property string heading
    required property int count
    required property var items
    property string actionText: ""
    property color accent: Theme.textSecondary
    property string emptyText: ""

    signal actionRequested(string uuid)

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: qsTr("%1（%2 条）").arg(section.heading).arg(section.count)
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: section.count > 0 ? section.accent : Theme.textSecondary
    }

    Label {
        Layout.fillWidth: true
        visible: section.count === 0 && section.emptyText.length > 0
        text: section.emptyText
        color: Theme.textSecondary
    }

    Repeater {
        model: section.items

        delegate: Rectangle {
            id: card

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: row.implicitHeight + 2 * Theme.spacingMedium
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth

            Rectangle {
                width: Theme.accentBarWidth
                height: parent.height
                radius: Theme.radius / 2
                color: section.accent
            }

            RowLayout {
                id: row

                anchors.fill: parent
                anchors.margins: Theme.spacingMedium
                anchors.leftMargin: Theme.spacingLarge
                spacing: Theme.spacingMedium

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    Label {
                        Layout.fillWidth: true
                        text: card.modelData.title
                        font.bold: true
                        color: Theme.textPrimary
                        elide: Text.ElideRight
                    }

                    Label {
                        Layout.fillWidth: true
                        text: card.modelData.detail
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }

                    Label {
                        Layout.fillWidth: true
                        visible: card.modelData.error.length > 0
                        text: card.modelData.error
                        color: Theme.error
                        wrapMode: Text.Wrap
                    }
                }

                SecondaryButton {
                    visible: section.actionText.length > 0
                    text: section.actionText
                    onClicked: section.actionRequested(card.modelData.uuid)
                }
            }
        }
    }
}
