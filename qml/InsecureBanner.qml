import QtQuick
import QtQuick.Controls
import Junheng

// The server is reached over plain HTTP: said loudly, on every page, so nobody mistakes a test set-up
// for the real one.
Label {
    id: banner

    leftPadding: Theme.pageMarginNarrow
    rightPadding: Theme.pageMarginNarrow
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    font.bold: true
    color: Theme.textOnDanger
    wrapMode: Text.Wrap

    background: Rectangle {
        color: Theme.danger
    }
}
