import QtQuick
import QtQuick.Controls
import Junheng

// A one-line outcome of the last action ("草稿已保存。", "还不能定稿：…"), red when it failed.
Rectangle {
    id: banner

    property alias text: label.text
    property bool isError: false

    implicitHeight: Math.max(label.implicitHeight + 2 * Theme.spacingMedium, Theme.touchSize)
    radius: Theme.radius
    color: isError ? Theme.errorBackground : Theme.successBackground
    border.color: isError ? Theme.error : Theme.success
    border.width: Theme.borderWidth

    Label {
        id: label

        anchors.fill: parent
        anchors.leftMargin: Theme.spacingLarge
        anchors.rightMargin: Theme.spacingLarge
        verticalAlignment: Text.AlignVCenter
        color: banner.isError ? Theme.error : Theme.success
        wrapMode: Text.Wrap
    }
}
