import QtQuick
import QtQuick.Controls
import Junheng

// A record's state as a small coloured label (未开始, 草稿, 已定稿, 已发送, 已接收, 已退回).
Rectangle {
    id: chip

    property string status: "none"
    property alias text: label.text

    implicitWidth: label.implicitWidth + 2 * Theme.spacingMedium
    implicitHeight: Theme.chipHeight
    radius: Theme.chipRadius
    color: Theme.statusBackground(status)
    border.color: Theme.statusColor(status)
    border.width: Theme.borderWidth

    Label {
        id: label

        anchors.centerIn: parent
        font.pixelSize: Theme.fontSizeSmall
        font.bold: true
        color: Theme.statusColor(chip.status)
    }
}
