import QtQuick
import QtQuick.Controls
import Junheng

// One cell of the roster grid. Column 0 is the row's marker: its number and a red (error) or orange
// (warning) mark. A cell with a problem is tinted; the current cell is framed and, while typing, holds
// an input. Tab, Enter and the arrows are handled here while typing and by the grid otherwise.
Rectangle {
    id: cell

    required property int row
    required property int column
    required property string display
    required property string severity
    required property string message
    required property string rowSeverity
    required property bool marker
    required property string uuid
    // The town or county commented on this row (a returned roster): marked in the marker column.
    readonly property bool commented: {
        const returned = SchoolComments.forms[RosterController.formId];
        return marker && returned !== undefined && returned.rows[uuid] !== undefined;
    }
    readonly property bool current: RosterController.currentRow === row
                                    && (RosterController.currentColumn === column || marker)
    readonly property bool editing: current && !marker && RosterController.editing

    implicitWidth: Theme.buttonMinWidth
    implicitHeight: Theme.gridRowHeight
    color: marker ? (RosterController.currentRow === row ? Theme.infoBackground : Theme.surfaceMuted)
                  : severity === "hard" ? Theme.errorBackground
                  : severity === "soft" ? Theme.warningBackground
                  : RosterController.currentRow === row ? Theme.gridCurrentRow : Theme.surface

    Rectangle {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.borderWidth
        color: Theme.border
    }

    Rectangle {
        anchors.right: parent.right
        width: Theme.borderWidth
        height: parent.height
        color: Theme.border
    }

    // The row's mark, in the marker column.
    Rectangle {
        visible: cell.marker && cell.rowSeverity.length > 0
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingSmall
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.gridMarkSize
        height: Theme.gridMarkSize
        radius: width / 2
        color: Theme.severityColor(cell.rowSeverity)

        Label {
            anchors.centerIn: parent
            text: "!"
            font.pixelSize: Theme.fontSizeSmall
            font.bold: true
            color: Theme.textOnPrimary
        }
    }

    Rectangle {
        objectName: "commentMark"
        visible: cell.commented
        anchors.left: parent.left
        anchors.leftMargin: Theme.gridMarkSize + Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.gridMarkSize + Theme.spacingSmall
        height: Theme.gridMarkSize
        radius: Theme.radius / 2
        color: Theme.info

        Label {
            anchors.centerIn: parent
            text: qsTr("意")
            font.pixelSize: Theme.fontSizeSmall
            font.bold: true
            color: Theme.textOnPrimary
        }
    }

    Label {
        visible: !cell.editing
        anchors.fill: parent
        anchors.leftMargin: cell.marker ? 2 * Theme.gridMarkSize + 2 * Theme.spacing : Theme.spacing
        anchors.rightMargin: Theme.spacing
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: cell.marker ? Text.AlignRight : Text.AlignLeft
        text: cell.display
        color: cell.marker ? Theme.textSecondary
                           : cell.severity === "hard" ? Theme.error : Theme.textPrimary
        elide: Text.ElideRight
    }

    Rectangle {
        visible: cell.current && !cell.marker
        anchors.fill: parent
        color: "transparent"
        border.color: Theme.primary
        border.width: 2 * Theme.borderWidth
    }

    // The input while typing. Not in a Loader: Qt 6.4's qmllint flags ids used inside inline components.
    TextField {
        id: input

        property bool armed: false

        function commitAndMove(rows, columns) {
            const view = cell.TableView.view;
            if (RosterController.commitEdit(text))
                RosterController.move(rows, columns);
            // Give up the grid's remembered focus too, or the hidden input would get the next key.
            input.focus = false;
            view.forceActiveFocus();
        }

        anchors.fill: parent
        visible: cell.editing
        topInset: 0
        bottomInset: 0
        topPadding: 0
        bottomPadding: 0
        leftPadding: Theme.spacing
        verticalAlignment: TextInput.AlignVCenter
        selectByMouse: true
        onVisibleChanged: {
            if (!visible) {
                focus = false;
                return;
            }
            armed = false;
            text = RosterController.editSeed.length > 0 ? RosterController.editSeed : cell.display;
            forceActiveFocus();
            if (RosterController.editSeed.length === 0)
                selectAll();
        }
        // The Enter that opened this input can reach it too: only an Enter after a key was released here
        // saves and moves on.
        Keys.onReleased: input.armed = true
        Keys.onReturnPressed: {
            if (input.armed)
                input.commitAndMove(1, 0);
        }
        Keys.onEnterPressed: {
            if (input.armed)
                input.commitAndMove(1, 0);
        }
        Keys.onTabPressed: input.commitAndMove(0, 1)
        Keys.onBacktabPressed: input.commitAndMove(0, -1)
        Keys.onUpPressed: input.commitAndMove(-1, 0)
        Keys.onDownPressed: input.commitAndMove(1, 0)
        Keys.onEscapePressed: {
            const view = cell.TableView.view;
            RosterController.cancelEditing();
            input.focus = false;
            view.forceActiveFocus();
        }
        onActiveFocusChanged: {
            if (!activeFocus && RosterController.editing && cell.editing)
                RosterController.commitEdit(text);
        }

        background: Rectangle {
            color: Theme.surface
            border.color: Theme.primary
            border.width: 2 * Theme.borderWidth
        }
    }

    TapHandler {
        onTapped: {
            const view = cell.TableView.view;
            view.forceActiveFocus();
            if (cell.marker || view.rowEditorOnTap) {
                RosterController.setCurrent(cell.row, cell.marker ? RosterController.currentColumn : cell.column);
                view.rowEditorRequested(cell.row);
            } else if (cell.current) {
                RosterController.startEditing("");
            } else {
                RosterController.setCurrent(cell.row, cell.column);
            }
        }
        onDoubleTapped: {
            if (!cell.marker)
                RosterController.startEditing("");
        }
    }
}
