// junheng: the school's app. All wiring is in AppContext (shared with the render tests); Qt version
// notes are in QtCompat.h.
#include "AppContext.h"
#include "QtCompat.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(JunhengPlugin)

int main(int argc, char *argv[])
{
    // QApplication, not QGuiApplication: the dashboard's Qt Charts need Qt Widgets (QtCompat.h).
    QApplication app(argc, argv);
    // The CLI uses the same names, so both find the same store (LocalStore::defaultPath()).
    QGuiApplication::setOrganizationName(QStringLiteral("Junheng"));
    QGuiApplication::setApplicationName(QStringLiteral("junheng"));
    QGuiApplication::setApplicationVersion(QStringLiteral(JUNHENG_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("均衡：义务教育优质均衡监测数据填报"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption formsOption(QStringLiteral("forms"),
                                         QStringLiteral("从此文件夹读取表单定义（默认用内置表单）。"),
                                         QStringLiteral("DIR"));
    parser.addOption(formsOption);
    parser.process(app);

    junheng::AppOptions options;
    if (parser.isSet(formsOption))
        options.formsDirectory = parser.value(formsOption);
    options.pin = qEnvironmentVariable("JUNHENG_PIN"); // else the app asks (PinPage.qml)

    junheng::AppContext context;
    const bool started = context.start(options);
    if (!started)
        std::fprintf(stderr, "junheng: %s\n", qPrintable(context.error()));

    QQmlApplicationEngine engine;
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(context.mainFile());
    if (engine.rootObjects().isEmpty())
        return 1;
    const int code = QGuiApplication::exec();
    return started ? code : 1;
}
