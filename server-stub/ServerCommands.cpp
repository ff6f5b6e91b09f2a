#include "ServerCommands.h"

#include "ApiServer.h"
#include "CountyDirectory.h"
#include "DemoCounty.h"
#include "EnrolQr.h"
#include "EnrolmentService.h"
#include "ServerDatabase.h"
#include "TlsCertificate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace junheng::server {

namespace {

void out(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fprintf(stderr, "%s\n", line.toUtf8().constData());
}

int fail(const Error &error)
{
    err(QStringLiteral("junheng-server: %1").arg(error.message));
    return 1;
}

Result<std::unique_ptr<ServerDatabase>> openDatabase(const ServerConfig &config)
{
    if (!QDir().mkpath(config.dataDir))
        return makeError("server.io",
                         QStringLiteral("无法创建数据目录 %1，请检查权限。").arg(config.dataDir));
    return ServerDatabase::open(config.databaseLocation());
}

// One structured log line (a JSON object) on stderr, as the request log.
void event(const QString &name, QJsonObject fields)
{
    fields.insert("time", protocol::isoTime(QDateTime::currentDateTimeUtc()));
    fields.insert("event", name);
    err(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
}

// Creates the demo county unless the database has one; says so on stderr.
Status ensureDemo(ServerDatabase &database, const ServerConfig &config)
{
    auto setup = DemoCounty::create(database, config.codesFilePath());
    if (!setup)
        return setup.error();
    if (setup->created) {
        err(QStringLiteral("已建立演示县 %1：%2 个乡镇（街道），%3 所学校，%4 个一次性登记码写在 %5")
                .arg(DemoCounty::county().name)
                .arg(DemoCounty::towns().size())
                .arg(DemoCounty::schools().size())
                .arg(setup->codes.size())
                .arg(config.codesFilePath()));
    } else {
        err(QStringLiteral("数据库里已有县的数据，没有改动。演示登记码（如果建过）在 %1")
                .arg(config.codesFilePath()));
    }
    return Ok{};
}

QString urlHost(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
}

} // namespace

int ServerCommands::run(const ServerConfig &config)
{
    switch (config.command) {
    case ServerConfig::Command::Help:
        out(config.helpText);
        return 0;
    case ServerConfig::Command::Version:
        out(QStringLiteral("junheng-server %1 (protocol %2)")
                .arg(QCoreApplication::applicationVersion())
                .arg(protocol::Version));
        return 0;
    case ServerConfig::Command::Serve:
        return serve(config);
    case ServerConfig::Command::InitDemo:
        return initDemo(config);
    case ServerConfig::Command::IssueCode:
        return issueCode(config);
    case ServerConfig::Command::ListSchools:
        return listSchools(config);
    case ServerConfig::Command::RevokeDevice:
        return revokeDevice(config);
    }
    return 2;
}

int ServerCommands::serve(const ServerConfig &config)
{
    auto database = openDatabase(config);
    if (!database)
        return fail(database.error());
    if (config.demo) {
        if (Status status = ensureDemo(*database.value(), config); !status)
            return fail(status.error());
    }
    const QString formsDir =
        config.formsDir.isEmpty() ? QString::fromLatin1(FormCatalog::builtInDirectory) : config.formsDir;
    auto catalog = FormCatalog::load(formsDir);
    if (!catalog)
        return fail(catalog.error());

    // Declared after the database, so destroyed before it (the server holds its connection).
    auto server = std::make_unique<ApiServer>(*database.value(), std::move(catalog).value());
    server->setRateLimits(config.enrolPerMinute, config.requestsPerMinute);
    QString fingerprint;
    if (config.usesTls()) {
        QString certificate = config.tlsCertificate;
        QString key = config.tlsKey;
        if (certificate.isEmpty()) {
            // First run without a certificate: make a self-signed one and keep it in the data dir.
            certificate = config.generatedCertificatePath();
            key = config.generatedKeyPath();
            bool created = false;
            if (Status status = TlsCertificate::ensureSelfSigned(certificate, key, {config.host}, &created);
                !status)
                return fail(status.error());
            if (created)
                err(QStringLiteral("已生成自签名 TLS 证书 %1（私钥 %2）。").arg(certificate, key));
        }
        auto digest = TlsCertificate::fingerprint(certificate);
        if (!digest)
            return fail(digest.error());
        fingerprint = digest.value();
        if (Status status = server->setTls(certificate, key); !status)
            return fail(status.error());
        server->setCertificateFingerprint(fingerprint);
        err(QStringLiteral("TLS 证书 SHA-256 指纹：%1（设备登记时会记住它；请与设备上显示的核对）")
                .arg(fingerprint));
    } else {
        err(QStringLiteral("注意：--insecure-http，不加密，只监听本机 %1，仅供开发和测试。")
                .arg(config.host));
    }
    auto port = server->listen(QHostAddress(config.host), config.port);
    if (!port)
        return fail(port.error());
    event(QStringLiteral("start"), QJsonObject{{"data_dir", config.dataDir},
                                               {"database", database.value()->location()},
                                               {"forms", formsDir},
                                               {"tls", config.usesTls()},
                                               {"tls_fingerprint", fingerprint},
                                               {"port", int(port.value())}});
    out(QStringLiteral("junheng-server listening on %1://%2:%3")
            .arg(config.usesTls() ? QStringLiteral("https") : QStringLiteral("http"), urlHost(config.host))
            .arg(port.value()));
    return QCoreApplication::exec();
}

int ServerCommands::initDemo(const ServerConfig &config)
{
    auto database = openDatabase(config);
    if (!database)
        return fail(database.error());
    if (Status status = ensureDemo(*database.value(), config); !status)
        return fail(status.error());
    out(config.codesFilePath());
    return 0;
}

int ServerCommands::issueCode(const ServerConfig &config)
{
    auto database = openDatabase(config);
    if (!database)
        return fail(database.error());
    EnrolmentService enrolment(database.value()->connection());
    auto code = enrolment.issueCode(config.issueRole, config.issueScope);
    if (!code)
        return fail(code.error());
    out(code.value());
    if (config.enrolQrFile.isEmpty() && config.enrolUrl.isEmpty())
        return 0;
    auto link = enrolLink(config, code.value());
    if (!link)
        return fail(link.error());
    return showEnrolLink(config, link.value());
}

int ServerCommands::listSchools(const ServerConfig &config)
{
    auto database = openDatabase(config);
    if (!database)
        return fail(database.error());
    const CountyDirectory directory(database.value()->connection());
    auto county = directory.county();
    auto towns = directory.towns();
    auto schools = directory.schools();
    if (!county || !towns || !schools)
        return fail(!county ? county.error() : !towns ? towns.error() : schools.error());
    if (!county.value()) {
        return fail(makeError("scope.unknown", QStringLiteral("数据库 %1 中还没有县的数据。演示时可先运行 "
                                                              "junheng-server init-demo --data-dir %2。")
                                                   .arg(config.databasePath(), config.dataDir)));
    }
    const CountyInfo &info = *county.value();
    if (config.json) {
        QJsonArray townArray;
        for (const TownInfo &town : towns.value()) {
            QJsonArray schoolArray;
            for (const SchoolInfo &school : schools.value()) {
                if (school.townCode != town.code)
                    continue;
                schoolArray.append(QJsonObject{{"code", school.code},
                                               {"name", school.name},
                                               {"town_code", school.townCode},
                                               {"type", school.type},
                                               {"location", school.location},
                                               {"ownership", school.ownership},
                                               {"boarding", school.boarding},
                                               {"students", school.students}});
            }
            townArray.append(QJsonObject{
                {"code", town.code}, {"name", town.name}, {"kind", town.kind}, {"schools", schoolArray}});
        }
        const QJsonObject object{{"county", QJsonObject{{"code", info.code}, {"name", info.name}}},
                                 {"cycle", QJsonObject{{"id", info.cycleId}, {"name", info.cycleName}}},
                                 {"towns", townArray}};
        out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    out(QStringLiteral("%1 %2  周期 %3 %4").arg(info.code, info.name, info.cycleId, info.cycleName));
    for (const TownInfo &town : towns.value()) {
        out(QStringLiteral("%1 %2").arg(town.code, town.name));
        for (const SchoolInfo &school : schools.value()) {
            if (school.townCode != town.code)
                continue;
            out(QStringLiteral("    %1 %2 %3 %4 %5 %6人")
                    .arg(school.code, school.name, CountyDirectory::typeLabel(school.type),
                         CountyDirectory::locationLabel(school.location),
                         school.ownership == QLatin1String("private") ? QStringLiteral("民办")
                                                                      : QStringLiteral("公办"))
                    .arg(school.students));
        }
    }
    return 0;
}

int ServerCommands::revokeDevice(const ServerConfig &config)
{
    auto database = openDatabase(config);
    if (!database)
        return fail(database.error());
    EnrolmentService enrolment(database.value()->connection());
    if (Status status = enrolment.revokeDevice(config.deviceId, QStringLiteral("cli")); !status)
        return fail(status.error());
    err(QStringLiteral("设备 %1 已注销：它的令牌在所有服务器实例上立即失效。").arg(config.deviceId));
    return 0;
}

} // namespace junheng::server
