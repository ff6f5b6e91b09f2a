import QtQuick
import QtQuick.Controls
import Junheng

// A column title of the roster grid; a click sorts by it, a second click reverses the order.
Rectangle {
    id: header

    required property int index
    property string title
    property bool sorted: false
    property bool descending: false

    signal clicked()

    height: Theme.gridHeaderHeight
    color: tap.pressed ? Theme.border : Theme.surfaceMuted

    Label {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        verticalAlignment: Text.AlignVCenter
        text: header.sorted ? header.title + (header.descending ? " ▼" : " ▲") : header.title
        font.bold: true
        font.pixelSize: Theme.fontSizeMessage
        color: header.sorted ? Theme.primary : Theme.textPrimary
        elide: Text.ElideRight
    }

    Rectangle {
        anchors.right: parent.right
        width: Theme.borderWidth
        height: parent.height
        color: Theme.border
    }

    TapHandler {
        id: tap

        onTapped: header.clicked()
    }
}
