#include "TestServer.h"

#include "FormCatalog.h"
#include "Protocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

namespace junheng::server::test {

namespace {

// JUNHENG_TEST_POSTGRES: the URL itself, or "@FILE" for the state file pg-cluster.sh wrote (url=…).
QString postgresUrl()
{
    const QString value = qEnvironmentVariable("JUNHENG_TEST_POSTGRES");
    if (!value.startsWith(QLatin1Char('@')))
        return value;
    QFile file(value.mid(1));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("postgres://missing-state-file/%1").arg(value.mid(1));
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("url="))
            return QString::fromUtf8(line.mid(4).trimmed());
    }
    return {};
}

} // namespace

bool testingPostgres()
{
    return !qEnvironmentVariableIsEmpty("JUNHENG_TEST_POSTGRES");
}

Result<QString> newTestDatabase(const QString &dir)
{
    if (!testingPostgres())
        return QDir(dir).filePath(QStringLiteral("server.db"));
    static int counter = 0;
    const QString name = QStringLiteral("jh_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter)
                             .arg(QRandomGenerator::global()->bounded(1000000));
    const QUrl admin(postgresUrl());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        db.setDatabaseName(admin.path().mid(1));
        db.setUserName(admin.userName());
        const QUrlQuery query(admin);
        db.setHostName(query.hasQueryItem("host") ? query.queryItemValue("host") : admin.host());
        if (admin.port() > 0)
            db.setPort(admin.port());
        if (!db.open())
            return makeError("test", QStringLiteral("cannot reach the PostgreSQL test cluster %1: %2")
                                         .arg(admin.toString(), db.lastError().text()));
        QSqlQuery create(db);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return makeError("test", create.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    QUrl url = admin;
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

TestServer::TestServer()
{
    if (!m_dir.isValid()) {
        m_setupError = QStringLiteral("no temporary directory");
        return;
    }
    auto location = newTestDatabase(m_dir.path());
    if (!location) {
        m_setupError = location.error().message;
        return;
    }
    start(location.value(), true);
}

TestServer::TestServer(const TestServer &other, int)
{
    m_codes = other.m_codes;
    start(other.m_location, false);
}

void TestServer::start(const QString &location, bool createDemo)
{
    m_location = location;
    auto database = ServerDatabase::open(location);
    if (!database) {
        m_setupError = database.error().message;
        return;
    }
    m_database = std::move(database).value();
    if (createDemo) {
        auto setup = DemoCounty::create(*m_database);
        if (!setup) {
            m_setupError = setup.error().message;
            return;
        }
        m_codes = setup->codes;
    }
    auto catalog = FormCatalog::load(QString::fromLatin1(FormCatalog::builtInDirectory));
    if (!catalog) {
        m_setupError = catalog.error().message;
        return;
    }
    m_server = std::make_unique<ApiServer>(*m_database, std::move(catalog).value());
    m_server->setLogSink([this](const QString &line) { m_log.append(line); });
    auto port = m_server->listen(QHostAddress::LocalHost, 0);
    if (!port) {
        m_setupError = port.error().message;
        return;
    }
    m_port = port.value();
    m_client = std::make_unique<TestClient>(m_port);
}

TestServer::~TestServer()
{
    m_server.reset();
    m_database.reset();
}

HttpReply TestServer::get(const QString &pathAndQuery, const QString &token)
{
    return send("GET", pathAndQuery, {}, token);
}

HttpReply TestServer::post(const QString &path, const QByteArray &body, const QString &token)
{
    return send("POST", path, body, token);
}

HttpReply TestServer::postJson(const QString &path, const QJsonObject &body, const QString &token)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpReply TestServer::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                           const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_client ? m_client->send(method, pathAndQuery, body, token, headers) : HttpReply{};
}

QString TestServer::demoCode(const QString &scopeCode) const
{
    for (const DemoCode &code : m_codes) {
        if (code.scopeCode == scopeCode)
            return code.code;
    }
    return {};
}

QString TestServer::enrol(const QString &scopeCode)
{
    const HttpReply reply = postJson(QStringLiteral("/api/v1/enrol"),
                                     QJsonObject{{"code", demoCode(scopeCode)}, {"device_name", "test"}});
    if (reply.status != 200)
        return {};
    const QString token = reply.json.value("token").toString();
    m_devices.insert(token, reply.json.value("device_id").toString());
    return token;
}

QJsonObject validS1Payload(int studentsPerGrade)
{
    QJsonObject payload{
        {"school_type", "primary"},    {"school_system", "6_3"},
        {"location", "urban"},         {"ownership", "public"},
        {"boarding", false},           {"founded_year", 1952},
        {"has_charter", true},         {"digitised", true},
        {"disabled_in_class", 3},      {"disabled_home", 1},
        {"disabled_special_class", 0}, {"migrant_total", 120},
        {"migrant_public", 110},       {"new_entrants", 300},
        {"new_entrants_zoned", 290},   {"public_funds_budget", 1500000},
        {"training_spend", 80000},
    };
    for (int grade = 1; grade <= 6; ++grade)
        payload.insert(QStringLiteral("students_g%1").arg(grade), studentsPerGrade);
    return payload;
}

QJsonObject validS4Payload()
{
    return QJsonObject{
        {"teaching_area", 8000},
        {"sports_area_outdoor", 14000},
        {"sports_area_indoor", 800},
        {"equipment_value", 3700000},
        {"multimedia_rooms", 40},
        {"music_rooms", 2},
        {"music_room_areas", QJsonArray{100, 98}},
        {"art_rooms", 2},
        {"art_room_areas", QJsonArray{95, 92}},
        {"classes", 36},
    };
}

QJsonObject wireRecord(const QString &uuid, const QString &schoolCode, const QString &formId,
                       const QJsonObject &payload, int revision, int baseRevision, const QString &cycle)
{
    return QJsonObject{
        {"uuid", uuid},
        {"form_id", formId},
        {"form_version", 1},
        {"school_code", schoolCode},
        {"cycle", cycle},
        {"status", "finalised"},
        {"revision", revision},
        {"base_revision", baseRevision},
        {"payload", payload},
        {"payload_hash", protocol::payloadHash(payload)},
        {"updated_at", "2026-11-23T08:15:00Z"},
    };
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject pushBody(const QList<QJsonObject> &records)
{
    QJsonArray array;
    for (const QJsonObject &record : records)
        array.append(record);
    return QJsonObject{{"records", array}};
}

} // namespace junheng::server::test
