import QtQuick
import QtQuick.Layouts
import Junheng

// What every field editor offers FieldRow: the stored answer as text in, what the person entered out.
// Each editor uses the parts it needs (a choice box has no unit, a number field no choices).
RowLayout {
    property string value
    property string unit
    property var choices: []
    property bool integer: false
    property string placeholder

    signal edited(string value)
    // Attachment editors only.
    signal fileChosen(url file)
    signal fileRemoved(int index)

    spacing: Theme.spacing
}
