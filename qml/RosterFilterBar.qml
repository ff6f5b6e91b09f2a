import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Junheng

// The roster's filters: grade, class, sex, rows with errors or warnings, and a search by name or key.
Flow {
    id: bar

    spacing: Theme.spacing

    FilterBox {
        visible: RosterController.model.gradeLabel.length > 0
        allText: qsTr("全部%1").arg(RosterController.model.gradeLabel)
        values: RosterController.model.gradeOptions
        value: RosterController.model.grade
        onPicked: (value) => RosterController.model.grade = value
    }

    FilterBox {
        visible: RosterController.model.classLabel.length > 0
        allText: qsTr("全部班级")
        values: RosterController.model.classOptions
        value: RosterController.model.className
        onPicked: (value) => RosterController.model.className = value
    }

    FilterBox {
        implicitWidth: Theme.buttonMinWidth
        visible: RosterController.model.hasSex
        allText: qsTr("男女")
        values: ["1", "2"]
        labels: [qsTr("男"), qsTr("女")]
        value: RosterController.model.sex
        onPicked: (value) => RosterController.model.sex = value
    }

    FilterBox {
        allText: qsTr("全部行")
        values: ["1", "2"]
        labels: [qsTr("有错误的行"), qsTr("有提醒的行")]
        value: RosterController.model.issueFilter === 0 ? "" : String(RosterController.model.issueFilter)
        onPicked: (value) => RosterController.model.issueFilter = value.length === 0 ? 0 : Number(value)
    }

    InputField {
        width: Theme.searchFieldWidth
        placeholderText: qsTr("搜索姓名或编号")
        text: RosterController.model.search
        onTextEdited: RosterController.model.search = text
    }
}
