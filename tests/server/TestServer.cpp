#include "TestServer.h"

#include "FormCatalog.h"
#include "Protocol.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace junheng::server::test {

TestServer::TestServer()
{
    if (!m_dir.isValid()) {
        m_setupError = QStringLiteral("no temporary directory");
        return;
    }
    auto database = ServerDatabase::open(m_dir.filePath(QStringLiteral("server.db")));
    if (!database) {
        m_setupError = database.error().message;
        return;
    }
    m_database = std::move(database).value();
    auto setup = DemoCounty::create(*m_database);
    if (!setup) {
        m_setupError = setup.error().message;
        return;
    }
    m_codes = setup->codes;
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
                           const QString &token)
{
    return m_client ? m_client->send(method, pathAndQuery, body, token) : HttpReply{};
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
    return reply.status == 200 ? reply.json.value("token").toString() : QString();
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
