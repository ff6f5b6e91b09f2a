#pragma once

#include "ApiServer.h"
#include "DemoCounty.h"
#include "ServerDatabase.h"
#include "TestClient.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace junheng::server::test {

// Whether the server tests run on PostgreSQL: JUNHENG_TEST_POSTGRES holds the URL of a cluster's
// maintenance database (tests/server/pg-cluster.sh writes it; CTest runs every server test both ways).
bool testingPostgres();
// Where a test's server keeps its data: DIR/server.db, or a new, empty PostgreSQL database of its own.
Result<QString> newTestDatabase(const QString &dir);

// The HTTP API in-process: a temporary data dir with the demo county in the test database (SQLite or
// PostgreSQL), an ApiServer on 127.0.0.1 and a free port, and a TestClient for it.
class TestServer
{
public:
    TestServer();
    // A second server instance on `other`'s database (its own connection and port).
    explicit TestServer(const TestServer &other, int second);
    ~TestServer();

    bool ready() const { return m_port != 0; }
    QString setupError() const { return m_setupError; }
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }
    ServerDatabase &database() { return *m_database; }
    QString databaseLocation() const { return m_location; }
    ApiServer &api() { return *m_server; }
    // The token's device id, as the enrol reply gave it.
    QString deviceOf(const QString &token) const { return m_devices.value(token); }
    const QStringList &log() const { return m_log; }

    HttpReply get(const QString &pathAndQuery, const QString &token = {});
    HttpReply post(const QString &path, const QByteArray &body, const QString &token = {});
    HttpReply postJson(const QString &path, const QJsonObject &body, const QString &token = {});
    HttpReply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                   const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // The demo's enrolment code for a scope (school or town code, or the county code).
    QString demoCode(const QString &scopeCode) const;
    // Enrols a device with the demo code of that scope; the token, or an empty string.
    QString enrol(const QString &scopeCode);

private:
    void start(const QString &location, bool createDemo);

    QTemporaryDir m_dir;
    QString m_location;
    QHash<QString, QString> m_devices;
    std::unique_ptr<ServerDatabase> m_database;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<TestClient> m_client;
    QList<DemoCode> m_codes;
    QStringList m_log;
    QString m_setupError;
    quint16 m_port = 0;
};

// A valid S1 (学校基本情况) payload for a primary school.
QJsonObject validS1Payload(int studentsPerGrade = 300);
// A valid S4 (办学条件) payload.
QJsonObject validS4Payload();
// A record as a device pushes it: status finalised, payload_hash of the payload.
QJsonObject wireRecord(const QString &uuid, const QString &schoolCode, const QString &formId,
                       const QJsonObject &payload, int revision = 1, int baseRevision = 0,
                       const QString &cycle = QStringLiteral("2025"));
QString newUuid();
QJsonObject pushBody(const QList<QJsonObject> &records);

} // namespace junheng::server::test
