import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// One item of the issue ledger (LedgerPage): the item and its figures against the standard, the gap, and
// who answers for it by when, with its status; overdue in red. 编辑 on a county device.
Rectangle {
    id: card

    required property string key
    required property string who
    required property string item
    required property string current
    required property string standard
    required property string gap
    required property bool failing
    required property string owner
    required property string due
    required property string status
    required property string statusLabel
    required property string note
    required property bool overdue
    property bool canEdit: false

    signal editRequested(var entry)

    function chipColor() {
        if (!card.failing || card.status === "done")
            return Theme.success;
        if (card.overdue)
            return Theme.error;
        return card.status === "in_progress" ? Theme.warning : Theme.textSecondary;
    }

    function chipBackground() {
        if (!card.failing || card.status === "done")
            return Theme.successBackground;
        if (card.overdue)
            return Theme.errorBackground;
        return card.status === "in_progress" ? Theme.warningBackground : Theme.surfaceMuted;
    }

    implicitHeight: content.implicitHeight + 2 * Theme.spacingMedium
    radius: Theme.radius
    color: Theme.surface
    border.color: card.overdue ? Theme.error : Theme.border
    border.width: Theme.borderWidth

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.spacingMedium
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            Label {
                Layout.fillWidth: true
                text: card.item + "  ·  " + card.who
                font.bold: true
                color: card.failing ? Theme.textPrimary : Theme.textSecondary
                wrapMode: Text.Wrap
            }

            Rectangle {
                implicitWidth: chipText.implicitWidth + 2 * Theme.spacingMedium
                implicitHeight: Theme.chipHeight
                radius: Theme.chipRadius
                color: card.chipBackground()
                border.color: card.chipColor()
                border.width: Theme.borderWidth

                Label {
                    id: chipText

                    anchors.centerIn: parent
                    text: card.overdue ? qsTr("%1 · 已逾期").arg(card.statusLabel) : card.statusLabel
                    font.pixelSize: Theme.fontSizeSmall
                    font.bold: true
                    color: card.chipColor()
                }
            }

            SecondaryButton {
                objectName: "ledgerEdit"
                visible: card.canEdit
                text: qsTr("编辑")
                onClicked: card.editRequested({key: card.key, who: card.who, item: card.item, owner: card.owner,
                                               due: card.due, status: card.status, note: card.note})
            }
        }

        Label {
            Layout.fillWidth: true
            visible: card.current.length > 0 || card.standard.length > 0
            text: qsTr("现状 %1，标准 %2").arg(card.current.length > 0 ? card.current : "—")
                                          .arg(card.standard.length > 0 ? card.standard : "—")
            font.pixelSize: Theme.fontSizeMessage
            color: card.failing ? Theme.error : Theme.success
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            visible: card.gap.length > 0
            text: card.gap
            font.pixelSize: Theme.fontSizeMessage
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            text: card.owner.length > 0 ? qsTr("责任人：%1　完成时限：%2").arg(card.owner).arg(card.due)
                                        : qsTr("还没有指定责任人和完成时限。")
            font.pixelSize: Theme.fontSizeMessage
            color: card.overdue ? Theme.error : card.owner.length > 0 ? Theme.textPrimary : Theme.warning
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            visible: card.note.length > 0
            text: qsTr("整改措施：%1").arg(card.note)
            font.pixelSize: Theme.fontSizeMessage
            color: Theme.textSecondary
            wrapMode: Text.Wrap
        }
    }
}
