import QtQuick
import QtQuick.Controls
import Junheng

// The outcome of the last action ("草稿已保存。", "还不能定稿：…"), red when it failed.
Label {
    id: banner

    property bool isError: false

    leftPadding: Theme.spacingLarge
    rightPadding: Theme.spacingLarge
    topPadding: Theme.spacingMedium
    bottomPadding: Theme.spacingMedium
    color: isError ? Theme.error : Theme.success
    wrapMode: Text.Wrap

    background: Rectangle {
        radius: Theme.radius
        color: banner.isError ? Theme.errorBackground : Theme.successBackground
        border.color: banner.isError ? Theme.error : Theme.success
        border.width: Theme.borderWidth
    }
}
