import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// Enrolling a new device from the county (or town) home: choose a school, a town or the county from the
// directory, issue a one-time code, show it with its QR code (EnrolQr) for the new tablet to scan; and the
// devices already enrolled (CountyHomeController, EnrolClient).
ColumnLayout {
    id: enrolment

    required property CountyHomeController controller
    property bool wide: true

    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: qsTr("选择要登记新设备的学校或乡镇，发一个登记码。登记码只能用一次。")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }

    ComboBox {
        id: place

        objectName: "enrolPlace"
        Layout.fillWidth: true
        implicitHeight: Theme.touchSize
        topInset: 0
        bottomInset: 0
        model: enrolment.controller.places
        textRole: "label"
        displayText: currentIndex < 0 ? qsTr("（请选择学校或乡镇）") : currentText
        currentIndex: -1

        // Drawn here: Material's box and list are shader effects (client/app/QtCompat.h).
        background: Rectangle {
            radius: Theme.radius / 2
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
        }
        popup.background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
        }
    }

    InputField {
        id: note

        objectName: "enrolNote"
        Layout.fillWidth: true
        placeholderText: qsTr("备注（可不填），如“三年级组平板”")
    }

    PrimaryButton {
        objectName: "issueCode"
        enabled: !enrolment.controller.busy && place.currentIndex >= 0
        text: qsTr("发登记码")
        onClicked: enrolment.controller.issueCode(place.currentIndex, note.text)
    }

    Rectangle {
        objectName: "issuedCard"
        visible: enrolment.controller.issuedCode.length > 0
        Layout.fillWidth: true
        implicitHeight: issuedLayout.implicitHeight + 2 * Theme.spacingMedium
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.primary
        border.width: Theme.borderWidth

        ColumnLayout {
            id: issuedLayout

            anchors.fill: parent
            anchors.margins: Theme.spacingMedium
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 的登记码").arg(enrolment.controller.issuedFor)
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            Label {
                objectName: "issuedCode"
                text: enrolment.controller.issuedCode
                font.family: Theme.monoFamily
                font.pixelSize: Theme.fontSizeHeadline
                font.bold: true
                color: Theme.primary
            }

            EnrolQr {
                Layout.fillWidth: true
                visible: enrolment.controller.issuedLink.length > 0
                link: enrolment.controller.issuedLink
                size: enrolment.wide ? 220 : 180
            }
        }
    }

    RowLayout {
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("已登记的设备（%1）").arg(enrolment.controller.devices.length)
            font.bold: true
            color: Theme.textPrimary
        }

        SecondaryButton {
            objectName: "refreshDevices"
            enabled: !enrolment.controller.busy
            text: qsTr("刷新")
            onClicked: enrolment.controller.refreshDevices()
        }
    }

    Repeater {
        model: enrolment.controller.devices

        delegate: Rectangle {
            id: deviceRow

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: deviceLayout.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth

            ColumnLayout {
                id: deviceLayout

                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: (deviceRow.modelData.name.length > 0 ? deviceRow.modelData.name : qsTr("（未命名设备）"))
                          + " · " + deviceRow.modelData.roleLabel
                          + (deviceRow.modelData.scopeName.length > 0 ? " " + deviceRow.modelData.townName + " "
                                                                          + deviceRow.modelData.scopeName : "")
                          + (deviceRow.modelData.revoked ? qsTr("（已注销）") : "")
                    color: deviceRow.modelData.revoked ? Theme.textDisabled : Theme.textPrimary
                    elide: Text.ElideRight
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("登记于 %1 · 最近上传：%2").arg(deviceRow.modelData.enrolledAt)
                          .arg(deviceRow.modelData.lastPushAt)
                    font.pixelSize: Theme.fontSizeSmall
                    color: Theme.textSecondary
                    elide: Text.ElideRight
                }
            }
        }
    }
}
