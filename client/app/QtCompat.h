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
// - The Qt Charts QML types need a QApplication (Qt Widgets); the app uses QGuiApplication until it
//   shows charts.
// - Material effects use shaders that the software scene graph (QT_QUICK_BACKEND=software, used by the
//   offscreen render tests) skips; the pages must not depend on elevation shadows to be readable.

#include <QString>
#include <QUrl>

namespace junheng::qtcompat {

inline QUrl moduleFile(const QString &fileName)
{
    return QUrl(QStringLiteral("qrc:/Junheng/") + fileName);
}

} // namespace junheng::qtcompat
