// junheng: the school's app. All wiring is in AppContext (shared with the render tests); Qt version
// notes are in QtCompat.h.
#include "AppContext.h"
#include "LanguageController.h"
#include "QrImageProvider.h"
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

    // The language before any text is made (--help included): --lang, else saved, else the locale.
    QString forcedLanguage;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            forcedLanguage = arguments.at(i).mid(7);
        else if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            forcedLanguage = arguments.at(i + 1);
    }
    junheng::i18n::apply(junheng::LanguageController::choose(forcedLanguage));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppMain", "均衡：义务教育优质均衡监测数据填报"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption formsOption(
        QStringLiteral("forms"),
        QCoreApplication::translate("AppMain", "从此文件夹读取表单定义（默认用内置表单）。"),
        QStringLiteral("DIR"));
    parser.addOption(formsOption);
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("AppMain", "界面语言：zh_CN（中文）或 en（English），只用于这一次运行。"),
        QStringLiteral("LANG"));
    parser.addOption(langOption);
    parser.process(app);

    junheng::AppOptions options;
    if (parser.isSet(formsOption))
        options.formsDirectory = parser.value(formsOption);
    options.language = parser.value(langOption);
    options.pin = qEnvironmentVariable("JUNHENG_PIN"); // else the app asks (PinPage.qml)

    junheng::AppContext context;
    const bool started = context.start(options);
    if (!started)
        std::fprintf(stderr, "junheng: %s\n", qPrintable(context.error()));

    QQmlApplicationEngine engine;
    engine.addImageProvider(QStringLiteral("qr"), new junheng::QrImageProvider); // EnrolQr.qml
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(context.mainFile());
    if (engine.rootObjects().isEmpty())
        return 1;
    const int code = QGuiApplication::exec();
    return started ? code : 1;
}
