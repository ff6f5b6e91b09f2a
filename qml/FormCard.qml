import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// One form on the home page: its title, what it is, its state and what is still wrong. Tap to open.
ItemDelegate {
    id: card

    required property string formId
    required property string title
    required property string description
    required property string status
    required property string statusLabel
    required property int revision
    required property string updatedAt
    required property int hardCount
    required property int softCount
    required property int missingCount
    required property string syncError
    required property bool isRoster
    required property int rosterRows
    required property int rosterErrorRows
    required property int rosterWarningRows
    // Returned by the town or county with open comments (SchoolComments), or undefined.
    readonly property var returned: SchoolComments.forms[formId]

    implicitHeight: Math.max(implicitContentHeight + topPadding + bottomPadding, 2 * Theme.touchSize)
    padding: Theme.spacingLarge
    hoverEnabled: true

    background: Rectangle {
        radius: Theme.radius
        color: card.down ? Theme.surfaceMuted : Theme.surface
        border.color: card.hovered ? Theme.primary : Theme.border
        border.width: Theme.borderWidth
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingMedium

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 %2").arg(card.formId).arg(card.title)
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: card.enabled ? Theme.textPrimary : Theme.textSecondary
                elide: Text.ElideRight
            }

            StatusChip {
                status: card.status
                text: card.statusLabel
            }
        }

        Label {
            Layout.fillWidth: true
            text: card.description
            color: Theme.textSecondary
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        Label {
            Layout.fillWidth: true
            text: card.isRoster ? (card.rosterRows > 0 ? qsTr("名单共 %1 行").arg(card.rosterRows)
                                                       : qsTr("名单还是空的"))
                  : card.revision > 0 ? qsTr("上次修改：%1　第 %2 版").arg(card.updatedAt).arg(card.revision)
                                      : qsTr("还没有开始填写")
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.textSecondary
        }

        Label {
            Layout.fillWidth: true
            visible: card.isRoster && card.rosterRows > 0
            textFormat: Text.StyledText
            text: card.rosterErrorRows === 0 && card.rosterWarningRows === 0
                  ? qsTr("每一行都检查通过")
                  : qsTr("<font color=\"%1\">%2 行有错误</font>　<font color=\"%3\">%4 行有提醒</font>")
                        .arg(Theme.error).arg(card.rosterErrorRows).arg(Theme.warning).arg(card.rosterWarningRows)
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.success
        }

        IssueSummary {
            Layout.fillWidth: true
            visible: !card.isRoster && card.revision > 0
            hardCount: card.hardCount
            softCount: card.softCount
            missingCount: card.missingCount
            font.pixelSize: Theme.fontSizeSmall
        }

        Label {
            objectName: "returnedLine"
            Layout.fillWidth: true
            visible: card.returned !== undefined
            text: card.returned === undefined ? "" : qsTr("已退回：%1 条审核意见（%2 %3）").arg(card.returned.count).arg(card.returned.by).arg(card.returned.at)
            font.pixelSize: Theme.fontSizeSmall
            font.bold: true
            color: Theme.error
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            visible: card.syncError.length > 0
            text: qsTr("服务器未接收：%1").arg(card.syncError)
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.error
            wrapMode: Text.Wrap
        }

        // Cards of a row share its height; their content stays at the top.
        Item {
            Layout.fillHeight: true
        }
    }
}
