import QtQuick
import QtQuick.Controls
import Junheng

// The roster's grid: sortable column titles over a TableView that asks the model only for the rows it
// shows. Keyboard entry on a desktop: arrows move, typing or Enter starts typing in the current cell,
// Tab and Enter save it and move on, Esc cancels, Delete empties the cell. With rowEditorOnTap (a
// narrow or touch screen) a tap on a row opens the row editor instead.
Rectangle {
    id: grid

    property bool rowEditorOnTap: false
    readonly property alias table: table

    signal rowEditorRequested(int row)

    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    clip: true

    function showCurrent() {
        if (RosterController.currentRow >= 0 && RosterController.currentRow < table.rows)
            table.positionViewAtCell(Qt.point(RosterController.currentColumn, RosterController.currentRow),
                                     TableView.Contain);
    }

    Item {
        id: headerArea

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.borderWidth
        height: Theme.gridHeaderHeight
        clip: true

        Row {
            x: -table.contentX

            Repeater {
                model: Math.max(0, table.columns)

                RosterHeaderCell {
                    width: RosterController.model.columnWidth(index)
                    title: RosterController.model.columnTitle(index)
                    sorted: RosterController.model.sortColumn === index
                    descending: RosterController.model.sortDescending
                    onClicked: RosterController.model.sortBy(index)
                }
            }
        }
    }

    TableView {
        id: table

        property bool rowEditorOnTap: grid.rowEditorOnTap

        signal rowEditorRequested(int row)

        objectName: "rosterTable"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: headerArea.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.borderWidth
        clip: true
        focus: true
        boundsBehavior: Flickable.StopAtBounds
        model: RosterController.model
        columnWidthProvider: (column) => RosterController.model.columnWidth(column)
        rowHeightProvider: () => Theme.gridRowHeight
        onRowEditorRequested: (row) => grid.rowEditorRequested(row)

        ScrollBar.vertical: ScrollBar {
            policy: ScrollBar.AlwaysOn
        }
        ScrollBar.horizontal: ScrollBar {}

        delegate: RosterCell {}

        Keys.onPressed: (event) => {
            if (RosterController.editing)
                return;
            switch (event.key) {
            case Qt.Key_Up: RosterController.move(-1, 0); break;
            case Qt.Key_Down: RosterController.move(1, 0); break;
            case Qt.Key_Left: RosterController.move(0, -1); break;
            case Qt.Key_Right: RosterController.move(0, 1); break;
            case Qt.Key_Tab: RosterController.move(0, 1); break;
            case Qt.Key_Backtab: RosterController.move(0, -1); break;
            case Qt.Key_PageDown: RosterController.move(10, 0); break;
            case Qt.Key_PageUp: RosterController.move(-10, 0); break;
            case Qt.Key_Return:
            case Qt.Key_Enter:
            case Qt.Key_F2:
                if (grid.rowEditorOnTap)
                    grid.rowEditorRequested(RosterController.currentRow);
                else
                    RosterController.startEditing("");
                break;
            case Qt.Key_Delete:
                RosterController.startEditing("");
                RosterController.commitEdit("");
                break;
            default:
                if (event.text.length === 1 && event.text >= " " && !(event.modifiers & Qt.ControlModifier)) {
                    RosterController.startEditing(event.text);
                    break;
                }
                return;
            }
            event.accepted = true;
        }
    }

    Label {
        anchors.centerIn: table
        visible: table.rows === 0
        text: RosterController.model.totalRows === 0 ? qsTr("名单还是空的：点“添加一行”逐行填写，或从 Excel 导入。")
                                                      : qsTr("没有符合筛选条件的行。")
        color: Theme.textSecondary
    }

    Connections {
        target: RosterController

        function onCurrentChanged() {
            grid.showCurrent();
        }
    }
}
