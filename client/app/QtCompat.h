#pragma once

// Qt version notes for the app, in one place (Qt 6.4.2 as shipped by Debian 12).
//
// - QQmlApplicationEngine::loadFromModule() arrived in Qt 6.5. Until then the app loads the main file by
//   its resource path. Without policy QTP0001 (Qt 6.5) qt_add_qml_module puts a module's files under
//   ":/<URI as path>/", so module "Junheng" is at "qrc:/Junheng/".
// - The QML module is a static library; its plugin (junheng_qmlplugin, class JunhengPlugin) must be
//   linked into every program that loads it and imported with Q_IMPORT_QML_PLUGIN(JunhengPlugin).
// - C++ singletons built in main(): QML_SINGLETON + a static create(QQmlEngine *, QJSEngine *) returning
//   the existing instance, which must be marked CppOwnership or the engine deletes it when it goes.
// - The Qt Charts QML types (the dashboard's charts) need a QApplication (Qt Widgets): with a
//   QGuiApplication a ChartView aborts the program. main() and the render tests therefore make a
//   QApplication (tests: JUNHENG_TEST_WIDGETS in tests/support/QtTestMain.cpp).
// - Material draws button, tool bar, combo box and dialog backgrounds through ElevationEffect, a shader
//   effect that the software scene graph (QT_QUICK_BACKEND=software) does not draw at all: highlighted
//   buttons and tool bars vanish. Machines without working OpenGL need that backend (Qt 6.4 does not
//   fall back by itself: "Failed to create RHI"), and so do the offscreen render tests, so those
//   controls get their own backgrounds (qml/PrimaryButton.qml, InputField.qml, FormHeader.qml, ...).
// - "pragma ComponentBehavior: Bound" arrived in Qt 6.5; in 6.4 qmllint flags ids of the enclosing
//   file used inside an inline Component or a delegate. FieldRow.qml therefore feeds its editors with
//   Binding elements, and delegates call the controller singletons instead of outer ids.
// - Translations (i18n/): qt_add_translations is a technical preview in 6.4 and its lupdate reads only
//   the SOURCES it is given (collecting a qml module's QML files by itself came in 6.7), so
//   i18n/CMakeLists.txt globs the folders; scripts/update-translations.sh runs the same lupdate without
//   a build. The .qm goes into the static library junheng_i18n as the resource :/i18n/junheng_en.qm.
//   QQmlEngine::retranslate() (5.10+) re-evaluates qsTr bindings only: texts built in C++ (form labels,
//   validation messages, model rows) are rebuilt by the controllers on LanguageController's signal.

#include <QString>
#include <QUrl>

namespace junheng::qtcompat {

inline QUrl moduleFile(const QString &fileName)
{
    return QUrl(QStringLiteral("qrc:/Junheng/") + fileName);
}

} // namespace junheng::qtcompat
