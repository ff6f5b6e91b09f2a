import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Junheng

// The main window: the page stack (home, then a form) and the sync bar, always visible at the bottom.
ApplicationWindow {
    id: window

    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("均衡 · 优质均衡监测填报")
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontSizeBody
    color: Theme.background

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.textPrimary

    footer: SyncBar {
        onDetailsRequested: {
            if (!(stack.currentItem instanceof SyncPage))
                stack.push(syncPageComponent);
        }
    }

    onClosing: FormController.leave()

    StackView {
        id: stack

        objectName: "stack"
        anchors.fill: parent
        initialItem: AppController.role === "county" ? countyHomePageComponent
                     : AppController.role === "town" ? townHomePageComponent : homePageComponent
    }

    Component {
        id: countyHomePageComponent

        CountyHomePage {}
    }

    // The town home's school rows and review queue, reached from the county home: with a way back.
    Component {
        id: countySchoolsComponent

        TownHomePage {
            header: Pane {
                padding: Theme.spacing
                leftPadding: Theme.pageMarginNarrow

                background: Rectangle {
                    color: Theme.background
                }

                SecondaryButton {
                    objectName: "countySchoolsBack"
                    text: qsTr("返回县首页")
                    onClicked: stack.pop()
                }
            }
        }
    }

    Component {
        id: townHomePageComponent

        TownHomePage {}
    }

    Component {
        id: homePageComponent

        HomePage {}
    }

    Component {
        id: dashboardPageComponent

        DashboardPage {
            onBackRequested: StackView.view.pop()
        }
    }

    Component {
        id: formPageComponent

        FormPage {
            onBackRequested: {
                FormController.leave();
                StackView.view.pop();
            }
        }
    }

    Component {
        id: rosterPageComponent

        RosterPage {
            onBackRequested: {
                RosterController.leave();
                StackView.view.pop();
            }
        }
    }

    Component {
        id: syncPageComponent

        SyncPage {
            onBackRequested: StackView.view.pop()
            onConflictRequested: StackView.view.push(conflictPageComponent)
        }
    }

    Component {
        id: conflictPageComponent

        ConflictPage {
            onBackRequested: {
                ConflictController.leave();
                StackView.view.pop();
            }
        }
    }

    Connections {
        target: ConflictController

        function onResolved() {
            if (stack.currentItem instanceof ConflictPage)
                stack.pop();
        }
    }

    Component {
        id: ledgerPageComponent

        LedgerPage {
            onBackRequested: StackView.view.pop()
        }
    }

    Component {
        id: importPageComponent

        ImportPage {
            onBackRequested: StackView.view.pop()
        }
    }

    Component {
        id: reviewPageComponent

        ReviewPage {
            onBackRequested: {
                ReviewController.leave();
                StackView.view.pop();
            }
        }
    }

    // A town or county device opened a submission to review (TownHomePage's queue or state cells).
    Connections {
        target: ReviewController

        function onOpened() {
            if (!(stack.currentItem instanceof ReviewPage))
                stack.push(reviewPageComponent);
        }
    }

    Connections {
        target: stack.currentItem
        ignoreUnknownSignals: true

        function onDashboardRequested() {
            stack.push(dashboardPageComponent);
        }

        function onImportRequested() {
            stack.push(importPageComponent);
        }

        // The county home's way to its schools and the review queue.
        function onSchoolsRequested() {
            stack.push(countySchoolsComponent);
        }

        function onLedgerRequested() {
            stack.push(ledgerPageComponent);
        }
    }

    // Until the PIN opens the student health data (S5, S6); set on first use.
    PinPage {
        anchors.fill: parent
        z: 10
        visible: PinController.needed
    }

    Connections {
        target: AppController

        function onRosterOpened() {
            if (stack.depth > 1)
                stack.pop(null, StackView.Immediate);
            stack.push(rosterPageComponent);
        }

        function onFormOpened() {
            if (stack.depth > 1)
                stack.pop(null, StackView.Immediate);
            stack.push(formPageComponent);
        }
    }
}
