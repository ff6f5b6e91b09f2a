// junheng-server: the central collection server. Everything but this file is in junheng_serverlib.
#include "ServerCommands.h"
#include "ServerConfig.h"

#include <QGuiApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    // A QGuiApplication for the PDF reports (fonts, QPdfWriter); the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("junheng-server"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationVersion(QStringLiteral(JUNHENG_VERSION));

    auto config = junheng::server::ServerConfig::parse(QCoreApplication::arguments());
    if (!config) {
        std::fprintf(stderr, "junheng-server: %s\n", config.error().message.toUtf8().constData());
        return 2;
    }
    return junheng::server::ServerCommands::run(config.value());
}
