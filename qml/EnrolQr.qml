import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// An enrolment link as a QR code with the link under it, for a town's or county's device to show to a
// school's tablet (issuing codes in the app is issue 7's; this is the reusable piece). The image comes
// from the C++ provider image://qr/ (libqrencode).
ColumnLayout {
    id: qr

    // junheng://enrol?server=…&code=…&fp=…
    required property string link
    property int size: 240

    spacing: Theme.spacing

    Image {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: qr.size
        Layout.preferredHeight: qr.size
        source: qr.link.length > 0 ? "image://qr/" + encodeURIComponent(qr.link) : ""
        sourceSize: Qt.size(qr.size, qr.size)
        smooth: false
        fillMode: Image.PreserveAspectFit
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("用学校的设备扫描上面的二维码登记，或把这个链接粘贴到登记页：%1").arg(qr.link)
        color: Theme.textSecondary
        wrapMode: Text.WrapAnywhere
    }
}
