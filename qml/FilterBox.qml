import QtQuick
import QtQuick.Controls
import Junheng

// A small choice box for a filter: "全部…" first, then the values. value is "" for 全部.
ComboBox {
    id: box

    property string allText: qsTr("全部")
    property var values: []   // the stored values
    property var labels: []   // what to show for each (the values themselves when empty)
    property string value

    signal picked(string value)

    implicitWidth: Theme.filterBoxWidth
    implicitHeight: Theme.touchSize
    topInset: 0
    bottomInset: 0
    model: [allText].concat(labels.length === values.length && labels.length > 0 ? labels : values)
    currentIndex: value.length === 0 ? 0 : values.indexOf(value) + 1
    onActivated: (index) => box.picked(index === 0 ? "" : box.values[index - 1])

    // Drawn here: Material's box and list are shader effects (client/app/QtCompat.h).
    background: Rectangle {
        radius: Theme.radius / 2
        color: box.down ? Theme.surfaceMuted : Theme.surface
        border.color: box.currentIndex > 0 ? Theme.primary : Theme.border
        border.width: Theme.borderWidth
    }

    popup.background: Rectangle {
        radius: Theme.radius / 2
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
    }
}
