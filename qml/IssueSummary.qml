import QtQuick
import QtQuick.Controls
import Junheng

// How far a form is from being finalised: errors to correct (red), fields still empty, reminders
// (amber), or that it is ready.
Label {
    id: summary

    property int hardCount: 0
    property int softCount: 0
    property int missingCount: 0
    readonly property int errorCount: hardCount - missingCount

    text: {
        const parts = [];
        if (errorCount > 0)
            parts.push(qsTr("%1 处需要改正").arg(errorCount));
        if (missingCount > 0)
            parts.push(qsTr("%1 项未填").arg(missingCount));
        // softCount: warnings nobody has given a reason for yet; they hold up finalising too.
        if (softCount > 0)
            parts.push(qsTr("%1 条提醒请核对，确认无误的写明原因").arg(softCount));
        if (hardCount === 0 && softCount === 0)
            return qsTr("全部检查通过，可以定稿。");
        return qsTr("还不能定稿：") + parts.join(qsTr("，"));
    }
    color: errorCount > 0 ? Theme.error
                          : hardCount > 0 ? Theme.textPrimary : softCount > 0 ? Theme.warning : Theme.success
    wrapMode: Text.Wrap
}
