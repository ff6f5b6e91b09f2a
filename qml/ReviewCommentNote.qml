import QtQuick
import QtQuick.Controls
import Junheng

// A reviewer's comment as the school and the reviewer see it: who asked (title) and what to change,
// marked in the return's colour so it stands out from validation messages.
Label {
    id: note

    property string title: qsTr("退回意见")
    property string comment: ""

    leftPadding: Theme.spacingMedium + Theme.accentBarWidth
    rightPadding: Theme.spacingMedium
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    textFormat: Text.StyledText
    text: "<b>" + note.title + "</b>　" + note.escaped(note.comment).replace(/\n/g, "<br>")
    font.pixelSize: Theme.fontSizeMessage
    color: Theme.textPrimary
    wrapMode: Text.Wrap

    function escaped(text) {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    }

    background: Rectangle {
        radius: Theme.radius / 2
        color: Theme.infoBackground
        border.color: Theme.info
        border.width: Theme.borderWidth

        Rectangle {
            width: Theme.accentBarWidth
            height: parent.height
            color: Theme.info
        }
    }
}
