import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// The county home's completeness by town: one card per town with its schools, forms approved / waiting /
// returned / not submitted, late ones, and a bar of the share approved (TownCompletenessModel).
ColumnLayout {
    id: townList

    required property TownCompletenessModel model
    property bool wide: true

    spacing: Theme.spacing

    Label {
        objectName: "townProgressSummary"
        Layout.fillWidth: true
        text: townList.model.error.length > 0 ? townList.model.error : townList.model.summary
        color: townList.model.error.length > 0 ? Theme.warning : Theme.textPrimary
        wrapMode: Text.Wrap
    }

    Repeater {
        model: townList.model

        delegate: Rectangle {
            id: townCard

            required property string name
            required property int schools
            required property int forms
            required property int approved
            required property int submitted
            required property int returned
            required property int draft
            required property int notStarted
            required property int late
            required property real progress

            Layout.fillWidth: true
            implicitHeight: townLayout.implicitHeight + 2 * Theme.spacingMedium
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth

            GridLayout {
                id: townLayout

                anchors.fill: parent
                anchors.margins: Theme.spacingMedium
                columns: townList.wide ? 3 : 1
                columnSpacing: Theme.spacingLarge
                rowSpacing: Theme.spacingSmall

                Label {
                    Layout.preferredWidth: townList.wide ? Theme.labelColumnWidth * 0.7 : -1
                    Layout.fillWidth: !townList.wide
                    text: qsTr("%1（%2 所学校）").arg(townCard.name).arg(townCard.schools)
                    font.bold: true
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall

                    // The share approved; drawn by hand (Material's ProgressBar animates through a shader).
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: Theme.spacing + Theme.spacingSmall
                        radius: height / 2
                        color: Theme.surfaceMuted

                        Rectangle {
                            width: parent.width * townCard.progress
                            height: parent.height
                            radius: height / 2
                            color: townCard.progress >= 1 ? Theme.success : Theme.primary
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("已通过 %1 / %2 份表，待审核 %3，已退回 %4，填报中 %5，未开始 %6")
                              .arg(townCard.approved).arg(townCard.forms).arg(townCard.submitted)
                              .arg(townCard.returned).arg(townCard.draft).arg(townCard.notStarted)
                        font.pixelSize: Theme.fontSizeSmall
                        color: Theme.textSecondary
                        wrapMode: Text.Wrap
                    }
                }

                Label {
                    Layout.preferredWidth: townList.wide ? implicitWidth : -1
                    text: townCard.late > 0 ? qsTr("逾期 %1 份").arg(townCard.late)
                                            : qsTr("%1%").arg(Math.round(townCard.progress * 100))
                    font.bold: true
                    color: townCard.late > 0 ? Theme.warning : (townCard.progress >= 1 ? Theme.success
                                                                                        : Theme.textPrimary)
                }
            }
        }
    }
}
