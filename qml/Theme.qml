pragma Singleton
import QtQuick

// Every colour, size and font of the app. Pages use these names, never literal values.
QtObject {
    id: theme

    // Fonts: a CJK family first, so Chinese never falls back to boxes on a bare tablet image.
    readonly property var cjkFamilies: ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC",
        "Microsoft YaHei", "PingFang SC"]
    readonly property string fontFamily: firstInstalled(cjkFamilies, "WenQuanYi Micro Hei")
    readonly property string monoFamily: firstInstalled(["WenQuanYi Micro Hei Mono", "Noto Sans Mono CJK SC"],
        "monospace")

    readonly property int fontSizeSmall: 13
    readonly property int fontSizeMessage: 14
    readonly property int fontSizeBody: 16
    readonly property int fontSizeLarge: 18
    readonly property int fontSizeTitle: 22
    readonly property int fontSizeHeadline: 28

    // Colours (Material light).
    readonly property color primary: "#1565c0"
    readonly property color primaryDark: "#0d47a1"
    readonly property color accent: "#00897b"
    readonly property color background: "#f3f5f8"
    readonly property color surface: "#ffffff"
    readonly property color surfaceMuted: "#eef1f5"
    readonly property color border: "#d5dbe3"
    readonly property color textPrimary: "#1f2933"
    readonly property color textSecondary: "#52606d"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color textDisabled: "#8a949e"
    readonly property color disabledBackground: "#dfe3e8"
    readonly property color pressedOverlay: "#1a000000"
    readonly property color error: "#c62828"
    readonly property color errorBackground: "#fdecea"
    readonly property color warning: "#a35a00"
    readonly property color warningBackground: "#fff3e0"
    readonly property color success: "#2e7d32"
    readonly property color successBackground: "#e8f5e9"
    readonly property color info: "#1565c0"
    readonly property color infoBackground: "#e3f0fc"
    readonly property color danger: "#b71c1c"
    readonly property color textOnDanger: "#ffffff"
    readonly property color transparent: "transparent"

    // Sizes. Rows and buttons are at least 48 px: fingers on a 10-inch tablet.
    readonly property int spacingSmall: 4
    readonly property int spacing: 8
    readonly property int spacingMedium: 12
    readonly property int spacingLarge: 16
    readonly property int spacingXLarge: 24
    readonly property int pageMargin: 24
    readonly property int pageMarginNarrow: 12
    readonly property int touchSize: 48
    readonly property int radius: 8
    readonly property int chipRadius: 12
    readonly property int chipHeight: 26
    readonly property int borderWidth: 1
    readonly property int accentBarWidth: 4
    readonly property int contentMaxWidth: 1040
    readonly property int labelColumnWidth: 260
    readonly property int numberFieldWidth: 240
    readonly property int choiceFieldMaxWidth: 460
    readonly property int textFieldMaxWidth: 460
    readonly property int buttonMinWidth: 112
    readonly property int wideBreakpoint: 760
    readonly property int fieldRowWideWidth: 640
    readonly property int cardMinWidth: 420
    readonly property int dialogWidth: 640
    // Dashboard tables (AreaTables) and charts (DashboardCharts).
    readonly property int tableNameWidth: 170
    readonly property int tableStageWidth: 44
    readonly property int tableCellWidth: 58
    readonly property int tableRuleWidth: 64
    readonly property font chartFont: Qt.font({ family: fontFamily, pixelSize: fontSizeSmall })
    // Roster grid.
    readonly property int gridRowHeight: 40
    readonly property int gridHeaderHeight: 44
    readonly property int gridMarkSize: 18
    readonly property int filterBoxWidth: 150
    readonly property int rowEditorWidth: 880
    readonly property int searchFieldWidth: 220
    readonly property color gridCurrentRow: "#f4f8fd"

    function firstInstalled(families, fallback) {
        const installed = Qt.fontFamilies();
        for (let i = 0; i < families.length; ++i) {
            if (installed.indexOf(families[i]) >= 0)
                return families[i];
        }
        return fallback;
    }

    function statusColor(status) {
        switch (status) {
        case "draft": return warning;
        case "finalised": return info;
        case "sent": return accent;
        case "accepted": return success;
        case "returned": return error;
        default: return textSecondary;
        }
    }

    function statusBackground(status) {
        switch (status) {
        case "draft": return warningBackground;
        case "finalised": return infoBackground;
        case "sent": return infoBackground;
        case "accepted": return successBackground;
        case "returned": return errorBackground;
        default: return surfaceMuted;
        }
    }

    function severityColor(severity) {
        return severity === "hard" ? error : warning;
    }

    function severityBackground(severity) {
        return severity === "hard" ? errorBackground : warningBackground;
    }

    // An engine item's state (pass, fail, not_computed, …) as a text colour and a cell background.
    function itemStateColor(state) {
        switch (state) {
        case "pass": return success;
        case "fail": return error;
        default: return textSecondary;
        }
    }

    function itemStateBackground(state) {
        switch (state) {
        case "pass": return successBackground;
        case "fail": return errorBackground;
        default: return surfaceMuted;
        }
    }
}
