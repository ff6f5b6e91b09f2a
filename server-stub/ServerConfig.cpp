#include "ServerConfig.h"

#include "DemoCounty.h"
#include "ServerDatabase.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
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
           QStringLiteral(
               "\n命令：\n"
               "  serve          运行收集服务器（默认）\n"
               "  init-demo      建立演示县“云溪县”并写出登记码文件，不启动服务\n"
               "  issue-code     "
               "为一所学校（--school）、一个乡镇（--town）、全县（--county）或系统管理员（--admin）\n"
               "                 生成一次性登记码，只在标准输出打印这个登记码；服务器运行时也可以用\n"
               "  list-schools   列出本县的乡镇和学校（--json：JSON 格式）\n"
               "  revoke-device ID  注销一台设备：它的令牌立即失效\n"
               "\n配置文件（--config FILE）：每行“键 = 值”（# 开头为注释），或一个 JSON 对象；\n"
               "键与长参数同名（data-dir、database、host、port、tls-cert、tls-key、insecure-http、\n"
               "demo、forms、enrol-per-minute、requests-per-minute），命令行参数优先。\n"
               "\n退出码：0 成功，1 运行出错，2 用法错误。详见 docs/operations.md。\n");
}

// key = value lines (# comments, blank lines) or one JSON object; keys as the long options.
Result<QHash<QString, QString>> readConfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usage(QStringLiteral("读不了配置文件 %1：%2").arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    QHash<QString, QString> values;
    if (content.trimmed().startsWith('{')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(content, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return usage(QStringLiteral("配置文件 %1 不是合法的 JSON 对象（第 %2 个字节处：%3）。")
                             .arg(path)
                             .arg(error.offset)
                             .arg(error.errorString()));
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue value = it.value();
            if (value.isString())
                values.insert(it.key(), value.toString());
            else if (value.isBool())
                values.insert(it.key(), value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (value.isDouble())
                values.insert(it.key(), QString::number(value.toDouble(), 'g', 17));
            else
                return usage(QStringLiteral("配置文件 %1 中 %2 的值应是文字、数字或 true/false。")
                                 .arg(path, it.key()));
        }
        return values;
    }
    const QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usage(
                QStringLiteral("配置文件 %1 第 %2 行“%3”应为“键 = 值”。").arg(path).arg(i + 1).arg(line));
        values.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return values;
}

Result<bool> boolValue(const QString &key, const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1") ||
        lower == QLatin1String("on"))
        return true;
    if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0") ||
        lower == QLatin1String("off"))
        return false;
    return usage(QStringLiteral("配置项 %1 应是 true 或 false，收到的是“%2”。").arg(key, text));
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
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("配置文件（键 = 值，或 JSON）；命令行参数优先"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("数据目录（SQLite 数据库 server.db、自动生成的证书在其中）；默认为系统的应用数据目录"),
        QStringLiteral("DIR"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral(
            "改用 PostgreSQL：postgres://用户[:密码]@主机[:端口]/数据库（默认：数据目录中的 SQLite）"),
        QStringLiteral("URL"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("监听地址（默认 127.0.0.1）"),
                                  QStringLiteral("ADDRESS"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("端口（默认 8470；0 = 任选空闲端口）"),
                                  QStringLiteral("PORT"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("数据库里没有县时，建立演示县“云溪县”"));
    const QCommandLineOption forms(QStringLiteral("forms"),
                                   QStringLiteral("表单定义目录（<ID>.json）；默认用程序内置的表单"),
                                   QStringLiteral("DIR"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("TLS 证书（PEM）；不给时在数据目录自动生成自签名证书"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("TLS 私钥（PEM）"),
                                    QStringLiteral("FILE"));
    const QCommandLineOption insecure(
        QStringLiteral("insecure-http"),
        QStringLiteral("不加密（明文 HTTP），只允许监听本机地址，供开发和测试"));
    const QCommandLineOption enrolRate(
        QStringLiteral("enrol-per-minute"),
        QStringLiteral("每个来源地址每分钟最多尝试登记几次（默认 10；0 = 不限）"), QStringLiteral("N"));
    const QCommandLineOption requestRate(QStringLiteral("requests-per-minute"),
                                         QStringLiteral("每台设备每分钟最多几个请求（默认 600；0 = 不限）"),
                                         QStringLiteral("N"));
    const QCommandLineOption school(QStringLiteral("school"), QStringLiteral("issue-code：学校代码"),
                                    QStringLiteral("CODE"));
    const QCommandLineOption town(QStringLiteral("town"), QStringLiteral("issue-code：乡镇（街道）代码"),
                                  QStringLiteral("CODE"));
    const QCommandLineOption county(QStringLiteral("county"), QStringLiteral("issue-code：全县"));
    const QCommandLineOption admin(QStringLiteral("admin"),
                                   QStringLiteral("issue-code：系统管理员（全部县）"));
    const QCommandLineOption qr(
        QStringLiteral("qr"),
        QStringLiteral("issue-code：另把登记链接（服务器地址、登记码、证书指纹）做成二维码图片（PNG），"
                       "并在终端上显示二维码"),
        QStringLiteral("FILE.png"));
    const QCommandLineOption url(
        QStringLiteral("url"),
        QStringLiteral(
            "issue-code：学校设备访问本服务器用的地址，写进登记链接（默认 https://监听地址:端口）"),
        QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("list-schools：输出 JSON"));
    parser.addOptions({help,   version, config,  dataDir, database, host,      port,
                       demo,   forms,   tlsCert, tlsKey,  insecure, enrolRate, requestRate,
                       school, town,    county,  admin,   qr,       url,       json});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("serve（默认）、init-demo、issue-code、list-schools 或 revoke-device ID"),
        QStringLiteral("[command]"));

    ServerConfig result;
    if (!parser.parse(arguments))
        return usage(parser.errorText() + QStringLiteral(" 用 --help 查看用法。"));
    result.helpText = helpTextOf(parser);
    if (parser.isSet(help)) {
        result.command = Command::Help;
        return result;
    }
    if (parser.isSet(version)) {
        result.command = Command::Version;
        return result;
    }

    QHash<QString, QString> file;
    if (parser.isSet(config)) {
        result.configFile = parser.value(config);
        auto values = readConfigFile(result.configFile);
        if (!values)
            return values.error();
        file = std::move(values).value();
        static const QStringList known{"data-dir",
                                       "database",
                                       "host",
                                       "port",
                                       "tls-cert",
                                       "tls-key",
                                       "demo",
                                       "forms",
                                       "insecure-http",
                                       "enrol-per-minute",
                                       "requests-per-minute"};
        for (auto it = file.constBegin(); it != file.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return usage(QStringLiteral("配置文件 %1 中有未知的配置项“%2”。可用的配置项：%3。")
                                 .arg(result.configFile, it.key(), known.join(QStringLiteral("、"))));
        }
    }
    // A flag wins over the file; `fallback` when neither gives the option.
    auto value = [&](const QCommandLineOption &option, const QString &fallback = {}) -> QString {
        if (parser.isSet(option))
            return parser.value(option);
        return file.value(option.names().constLast(), fallback);
    };
    auto given = [&](const QCommandLineOption &option) {
        return parser.isSet(option) || file.contains(option.names().constLast());
    };
    auto flag = [&](const QCommandLineOption &option) -> Result<bool> {
        if (parser.isSet(option))
            return true;
        const QString key = option.names().constLast();
        return file.contains(key) ? boolValue(key, file.value(key)) : Result<bool>(false);
    };

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("serve"));
    const qsizetype allowed = command == QLatin1String("revoke-device") ? 2 : 1;
    if (positional.size() > allowed)
        return usage(
            QStringLiteral("多余的参数：%1。用 --help 查看用法。").arg(positional.mid(allowed).join(' ')));
    if (command == QLatin1String("serve"))
        result.command = Command::Serve;
    else if (command == QLatin1String("init-demo"))
        result.command = Command::InitDemo;
    else if (command == QLatin1String("issue-code"))
        result.command = Command::IssueCode;
    else if (command == QLatin1String("list-schools"))
        result.command = Command::ListSchools;
    else if (command == QLatin1String("revoke-device"))
        result.command = Command::RevokeDevice;
    else
        return usage(QStringLiteral("未知的命令“%1”。可用的命令：serve、init-demo、issue-code、list-schools、"
                                    "revoke-device。")
                         .arg(command));
    if (result.command == Command::RevokeDevice) {
        result.deviceId = positional.value(1).trimmed();
        if (result.deviceId.isEmpty())
            return usage(QStringLiteral("revoke-device 需要设备编号，例如 junheng-server revoke-device "
                                        "3f2a…（编号见服务器日志中的 device=）。"));
    }

    result.dataDir = value(dataDir, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (result.dataDir.isEmpty())
        return usage(QStringLiteral("找不到默认的数据目录，请用 --data-dir 指定。"));
    result.dataDir = QDir(result.dataDir).absolutePath();
    result.database = value(database).trimmed();
    if (!result.database.isEmpty() && !ServerDatabase::isPostgresUrl(result.database))
        return usage(
            QStringLiteral("--database 应是 postgres://用户@主机:端口/数据库 形式的地址，收到的是“%1”。"
                           "不用 --database 时使用数据目录中的 SQLite。")
                .arg(result.database));

    const bool serveOptions = parser.isSet(host) || parser.isSet(port) || parser.isSet(demo) ||
                              parser.isSet(tlsCert) || parser.isSet(tlsKey) || parser.isSet(insecure) ||
                              parser.isSet(enrolRate) || parser.isSet(requestRate);
    const bool issueOptions = parser.isSet(school) || parser.isSet(town) || parser.isSet(county) ||
                              parser.isSet(admin) || parser.isSet(qr) || parser.isSet(url);
    if (serveOptions && result.command != Command::Serve)
        return usage(
            QStringLiteral("--host、--port、--demo、--tls-cert、--tls-key、--insecure-http 和限流参数"
                           "只用于 serve。"));
    if (issueOptions && result.command != Command::IssueCode)
        return usage(QStringLiteral("--school、--town、--county、--admin、--qr、--url 只用于 issue-code。"));
    if (parser.isSet(json) && result.command != Command::ListSchools)
        return usage(QStringLiteral("--json 只用于 list-schools。"));

    if (result.command == Command::IssueCode) {
        const int count = int(parser.isSet(school)) + int(parser.isSet(town)) + int(parser.isSet(county)) +
                          int(parser.isSet(admin));
        if (count != 1)
            return usage(QStringLiteral(
                "issue-code 需要且只需要 --school CODE、--town CODE、--county 或 --admin 中的一个。"));
        if (parser.isSet(school)) {
            result.issueRole = QStringLiteral("school");
            result.issueScope = parser.value(school).trimmed();
        } else if (parser.isSet(town)) {
            result.issueRole = QStringLiteral("town");
            result.issueScope = parser.value(town).trimmed();
        } else if (parser.isSet(county)) {
            result.issueRole = QStringLiteral("county");
        } else {
            result.issueRole = QStringLiteral("admin");
        }
        if ((result.issueRole == QLatin1String("school") || result.issueRole == QLatin1String("town")) &&
            result.issueScope.isEmpty())
            return usage(QStringLiteral("--%1 需要一个代码。").arg(result.issueRole));
        result.enrolQrFile = parser.value(qr).trimmed();
        result.enrolUrl = parser.value(url).trimmed();
    }
    result.json = parser.isSet(json);
    auto demoFlag = flag(demo);
    if (!demoFlag)
        return demoFlag.error();
    result.demo = demoFlag.value();
    result.formsDir = value(forms);

    result.host = value(host, QStringLiteral("127.0.0.1")).trimmed();
    if (result.host == QLatin1String("localhost"))
        result.host = QStringLiteral("127.0.0.1");
    const QHostAddress address(result.host);
    if (address.isNull())
        return usage(QStringLiteral("--host 应是 IP 地址（如 127.0.0.1 或 0.0.0.0），收到的是“%1”。")
                         .arg(result.host));
    bool ok = false;
    const QString portText = value(port, QString::number(DefaultPort));
    const uint portNumber = portText.toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usage(QStringLiteral("--port 应是 0 到 65535 的整数，收到的是“%1”。").arg(portText));
    result.port = quint16(portNumber);

    for (const auto &[option, target] : {std::pair{&enrolRate, &result.enrolPerMinute},
                                         std::pair{&requestRate, &result.requestsPerMinute}}) {
        if (!given(*option))
            continue;
        const QString text = value(*option);
        const int number = text.toInt(&ok);
        if (!ok || number < 0)
            return usage(QStringLiteral("--%1 应是不小于 0 的整数，收到的是“%2”。")
                             .arg(option->names().constLast(), text));
        *target = number;
    }

    result.tlsCertificate = value(tlsCert);
    result.tlsKey = value(tlsKey);
    auto insecureFlag = flag(insecure);
    if (!insecureFlag)
        return insecureFlag.error();
    result.insecureHttp = insecureFlag.value();
    if (result.tlsCertificate.isEmpty() != result.tlsKey.isEmpty())
        return usage(QStringLiteral("--tls-cert 和 --tls-key 要一起给出。"));
    if (result.insecureHttp && !result.tlsCertificate.isEmpty())
        return usage(QStringLiteral("--insecure-http 表示不加密，不能同时给出 --tls-cert/--tls-key。"));
    if (result.insecureHttp && !address.isLoopback()) {
        return usage(QStringLiteral("不加密（--insecure-http）时只能监听本机地址（127.0.0.1 或 ::1），"
                                    "不能监听 %1：学生数据不能以明文在网络上传输。请去掉 --insecure-http"
                                    "（服务器会自动生成证书），或改用 --host 127.0.0.1。")
                         .arg(result.host));
    }
    return result;
}

QString ServerConfig::databaseLocation() const
{
    return database.isEmpty() ? databasePath() : database;
}

QString ServerConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("server.db"));
}

QString ServerConfig::codesFilePath() const
{
    return QDir(dataDir).filePath(DemoCounty::codesFileName());
}

QString ServerConfig::generatedCertificatePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("tls/server.crt"));
}

QString ServerConfig::generatedKeyPath() const
{
    return QDir(dataDir).filePath(QStringLiteral("tls/server.key"));
}

} // namespace junheng::server
