import QtQuick
import QtQuick.Controls
import Junheng

// The server is reached over plain HTTP: said loudly, on every page, so nobody mistakes a test set-up
// for the real one.
Rectangle {
    id: banner

    property alias text: detail.text

    implicitHeight: detail.implicitHeight + 2 * Theme.spacing
    color: Theme.danger

    Label {
        id: detail

        anchors.fill: parent
        anchors.leftMargin: Theme.pageMarginNarrow
        anchors.rightMargin: Theme.pageMarginNarrow
        verticalAlignment: Text.AlignVCenter
        font.bold: true
        color: Theme.textOnDanger
        wrapMode: Text.Wrap
    }
}
