#include "ServerConfig.h"

#include "DemoCounty.h"

#include <QCommandLineParser>
#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

namespace junheng::server {

namespace {

Error usage(const QString &message)
{
    return makeError("usage", message);
}

QString helpTextOf(const QCommandLineParser &parser)
{
    return parser.helpText() +
           QStringLiteral("\n命令：\n"
                          "  serve          运行收集服务器（默认）\n"
                          "  init-demo      建立演示县“云溪县”并写出登记码文件，不启动服务\n"
                          "  issue-code     "
                          "为一所学校（--school）、一个乡镇（--town）或全县（--county）生成一次性登记码，\n"
                          "                 只在标准输出打印这个登记码；服务器运行时也可以用\n"
                          "  list-schools   列出本县的乡镇和学校（--json：JSON 格式）\n"
                          "\n退出码：0 成功，1 运行出错，2 用法错误。详见 docs/operations.md。\n");
}

} // namespace

Result<ServerConfig> ServerConfig::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("均衡（Junheng）中心收集服务器"));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("显示本帮助"));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("显示版本"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("数据目录（数据库 server.db 在其中）；默认为系统的应用数据目录"),
        QStringLiteral("DIR"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("监听地址（默认 127.0.0.1）"),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("端口（默认 8470；0 = 任选空闲端口）"),
                                  QStringLiteral("PORT"), QString::number(DefaultPort));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("数据库里没有县时，建立演示县“云溪县”"));
    const QCommandLineOption forms(QStringLiteral("forms"),
                                   QStringLiteral("表单定义目录（<ID>.json）；默认用程序内置的表单"),
                                   QStringLiteral("DIR"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("TLS 证书（PEM）"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("TLS 私钥（PEM）"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption school(QStringLiteral("school"), QStringLiteral("issue-code：学校代码"),
                                    QStringLiteral("CODE"));
    const QCommandLineOption town(QStringLiteral("town"), QStringLiteral("issue-code：乡镇（街道）代码"),
                                  QStringLiteral("CODE"));
    const QCommandLineOption county(QStringLiteral("county"), QStringLiteral("issue-code：全县"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("list-schools：输出 JSON"));
    parser.addOptions(
        {help, version, dataDir, host, port, demo, forms, tlsCert, tlsKey, school, town, county, json});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve（默认）、init-demo、issue-code 或 list-schools"),
                                 QStringLiteral("[command]"));

    ServerConfig config;
    if (!parser.parse(arguments))
        return usage(parser.errorText() + QStringLiteral(" 用 --help 查看用法。"));
    config.helpText = helpTextOf(parser);
    if (parser.isSet(help)) {
        config.command = Command::Help;
        return config;
    }
    if (parser.isSet(version)) {
        config.command = Command::Version;
        return config;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(QStringLiteral("多余的参数：%1。用 --help 查看用法。").arg(positional.mid(1).join(' ')));
    const QString command = positional.value(0, QStringLiteral("serve"));
    if (command == QLatin1String("serve"))
        config.command = Command::Serve;
    else if (command == QLatin1String("init-demo"))
        config.command = Command::InitDemo;
    else if (command == QLatin1String("issue-code"))
        config.command = Command::IssueCode;
    else if (command == QLatin1String("list-schools"))
        config.command = Command::ListSchools;
    else
        return usage(
            QStringLiteral("未知的命令“%1”。可用的命令：serve、init-demo、issue-code、list-schools。")
                .arg(command));

    config.dataDir = parser.isSet(dataDir)
                         ? parser.value(dataDir)
                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (config.dataDir.isEmpty())
        return usage(QStringLiteral("找不到默认的数据目录，请用 --data-dir 指定。"));
    config.dataDir = QDir(config.dataDir).absolutePath();

    const bool serveOptions = parser.isSet(host) || parser.isSet(port) || parser.isSet(demo) ||
                              parser.isSet(tlsCert) || parser.isSet(tlsKey);
    const bool issueOptions = parser.isSet(school) || parser.isSet(town) || parser.isSet(county);
    if (serveOptions && config.command != Command::Serve)
        return usage(QStringLiteral("--host、--port、--demo、--tls-cert、--tls-key 只用于 serve。"));
    if (issueOptions && config.command != Command::IssueCode)
        return usage(QStringLiteral("--school、--town、--county 只用于 issue-code。"));
    if (parser.isSet(json) && config.command != Command::ListSchools)
        return usage(QStringLiteral("--json 只用于 list-schools。"));

    if (config.command == Command::IssueCode) {
        const int given = int(parser.isSet(school)) + int(parser.isSet(town)) + int(parser.isSet(county));
        if (given != 1)
            return usage(
                QStringLiteral("issue-code 需要且只需要 --school CODE、--town CODE 或 --county 中的一个。"));
        if (parser.isSet(school)) {
            config.issueRole = QStringLiteral("school");
            config.issueScope = parser.value(school).trimmed();
        } else if (parser.isSet(town)) {
            config.issueRole = QStringLiteral("town");
            config.issueScope = parser.value(town).trimmed();
        } else {
            config.issueRole = QStringLiteral("county");
        }
        if (config.issueRole != QLatin1String("county") && config.issueScope.isEmpty())
            return usage(QStringLiteral("--%1 需要一个代码。").arg(config.issueRole));
    }
    config.json = parser.isSet(json);
    config.demo = parser.isSet(demo);
    config.formsDir = parser.value(forms);

    config.host = parser.value(host).trimmed();
    if (config.host == QLatin1String("localhost"))
        config.host = QStringLiteral("127.0.0.1");
    const QHostAddress address(config.host);
    if (address.isNull())
        return usage(QStringLiteral("--host 应是 IP 地址（如 127.0.0.1 或 0.0.0.0），收到的是“%1”。")
                         .arg(config.host));
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usage(QStringLiteral("--port 应是 0 到 65535 的整数，收到的是“%1”。").arg(parser.value(port)));
    config.port = quint16(portNumber);

    config.tlsCertificate = parser.value(tlsCert);
    config.tlsKey = parser.value(tlsKey);
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty())
        return usage(QStringLiteral("--tls-cert 和 --tls-key 要一起给出。"));
    if (!address.isLoopback() && !config.usesTls()) {
        return usage(
            QStringLiteral("不加密（没有 --tls-cert/--tls-key）时只能监听本机地址（127.0.0.1 或 ::1），"
                           "不能监听 %1：学生数据不能以明文在网络上传输。请提供 TLS 证书和私钥，"
                           "或改用 --host 127.0.0.1。")
                .arg(config.host));
    }
    return config;
}

QString ServerConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("server.db"));
}

QString ServerConfig::codesFilePath() const
{
    return QDir(dataDir).filePath(DemoCounty::codesFileName());
}

} // namespace junheng::server
