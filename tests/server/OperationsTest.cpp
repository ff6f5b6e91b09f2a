// Running the server for real: gzip bodies and the zip-bomb limit, /healthz and /metrics, rate limits,
// device revocation and the audit log, the config file.
#include "AuditLog.h"
#include "EnrolmentService.h"
#include "GzipCodec.h"
#include "ServerConfig.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng::server;
using namespace junheng::server::test;

namespace {

class OperationsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString(); }

    int count(const QString &sql)
    {
        QSqlQuery query(m_server.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    TestServer m_server;
};

const QList<QPair<QByteArray, QByteArray>> GzipBody{{"Content-Encoding", "gzip"}};

} // namespace

TEST_F(OperationsTest, AGzipPushIsAcceptedAndAppliedLikeAPlainOne)
{
    const QString token = m_server.enrol("3703990101");
    const QByteArray body =
        QJsonDocument(pushBody({wireRecord(newUuid(), "3703990101", "S1", validS1Payload())}))
            .toJson(QJsonDocument::Compact);
    const QByteArray gzipped = GzipCodec::compress(body);
    ASSERT_LT(gzipped.size(), body.size());
    const HttpReply reply = m_server.send("POST", "/api/v1/records/push", gzipped, token, GzipBody);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json.value("results").toArray().at(0).toObject().value("outcome").toString(), "applied");
}

TEST_F(OperationsTest, RepliesAreGzippedWhenTheClientAcceptsIt)
{
    const QString token = m_server.enrol("370399");
    QList<QJsonObject> records;
    for (const char *school : {"3703990101", "3703990102", "3703990201"})
        records.append(wireRecord(newUuid(), school, "S4", validS4Payload()));
    ASSERT_EQ(m_server.postJson("/api/v1/records/push", pushBody(records), token).status, 200);
    // Setting Accept-Encoding ourselves keeps Qt from inflating the body, so we see what was sent.
    const HttpReply reply = m_server.send("GET", "/api/v1/records", {}, token, {{"Accept-Encoding", "gzip"}});
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.header("Content-Encoding"), "gzip");
    auto inflated = GzipCodec::decompress(reply.body, 1 << 20);
    ASSERT_TRUE(inflated.ok());
    EXPECT_EQ(QJsonDocument::fromJson(inflated.value()).object().value("records").toArray().size(), 3);
    // Without it: plain JSON.
    const HttpReply plain =
        m_server.send("GET", "/api/v1/records", {}, token, {{"Accept-Encoding", "identity"}});
    EXPECT_TRUE(plain.header("Content-Encoding").isEmpty());
    EXPECT_EQ(plain.json.value("records").toArray().size(), 3);
}

TEST_F(OperationsTest, AZipBombIsRefusedWith413AndNothingIsStored)
{
    const QString token = m_server.enrol("3703990101");
    // 64 MiB of one JSON string compresses to ~64 KiB: far under the 4 MiB wire limit, far over it inflated.
    QByteArray huge = R"({"records": [{"uuid": ")";
    huge += QByteArray(64 * 1024 * 1024, 'a');
    huge += R"("}]})";
    const QByteArray bomb = GzipCodec::compress(huge);
    ASSERT_LT(bomb.size(), 1024 * 1024);
    const HttpReply reply = m_server.send("POST", "/api/v1/records/push", bomb, token, GzipBody);
    EXPECT_EQ(reply.status, 413);
    EXPECT_EQ(reply.errorCode(), "request.too_large");
    EXPECT_TRUE(reply.errorMessage().contains("4 MiB")) << reply.errorMessage().toStdString();
    EXPECT_EQ(count("SELECT COUNT(*) FROM records"), 0);
}

TEST_F(OperationsTest, BrokenOrUnknownEncodingsAreClear4xx)
{
    const QString token = m_server.enrol("3703990101");
    const QByteArray body = GzipCodec::compress(QJsonDocument(pushBody({})).toJson());
    const HttpReply cut =
        m_server.send("POST", "/api/v1/records/push", body.left(body.size() / 2), token, GzipBody);
    EXPECT_EQ(cut.status, 400);
    EXPECT_EQ(cut.errorCode(), "request.invalid");
    const HttpReply notGzip =
        m_server.send("POST", "/api/v1/records/push", "{\"records\": []}", token, GzipBody);
    EXPECT_EQ(notGzip.status, 400);
    const HttpReply brotli = m_server.send("POST", "/api/v1/records/push", "{\"records\": []}", token,
                                           {{"Content-Encoding", "br"}});
    EXPECT_EQ(brotli.status, 415);
    EXPECT_EQ(brotli.errorCode(), "request.unsupported_encoding");
}

TEST_F(OperationsTest, HealthzAndPrometheusMetrics)
{
    EXPECT_EQ(m_server.get("/healthz").status, 200);
    const QString token = m_server.enrol("3703990101");
    const QString uuid = newUuid();
    const QJsonObject record = wireRecord(uuid, "3703990101", "S1", validS1Payload());
    ASSERT_EQ(m_server.postJson("/api/v1/records/push", pushBody({record}), token).status, 200);
    ASSERT_EQ(m_server.postJson("/api/v1/records/push", pushBody({record}), token).status, 200);
    m_server.get("/api/v1/nothing");
    const HttpReply metrics = m_server.get("/metrics");
    ASSERT_EQ(metrics.status, 200);
    EXPECT_TRUE(metrics.contentType.startsWith("text/plain")) << metrics.contentType.toStdString();
    const QString text = QString::fromUtf8(metrics.body);
    for (const char *line : {
             "junheng_http_requests_total{route=\"/healthz\",status=\"200\"} 1",
             "junheng_http_requests_total{route=\"/api/v1/enrol\",status=\"200\"} 1",
             "junheng_http_requests_total{route=\"/api/v1/records/push\",status=\"200\"} 2",
             "junheng_http_requests_total{route=\"unknown\",status=\"404\"} 1",
             "junheng_push_records_total{outcome=\"applied\"} 1",
             "junheng_push_records_total{outcome=\"duplicate\"} 1",
             "junheng_http_request_duration_seconds_count{route=\"/api/v1/records/push\"} 2",
             "# TYPE junheng_http_request_duration_seconds histogram",
         })
        EXPECT_TRUE(text.contains(QLatin1String(line))) << line << "\n" << text.toStdString();
}

TEST_F(OperationsTest, EnrolmentAttemptsAreRateLimitedPerAddress)
{
    m_server.api().setRateLimits(3, 0);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(m_server.postJson("/api/v1/enrol", QJsonObject{{"code", "AAAA-AAAA"}}).status, 403);
    // The right code is refused too once the address is over its limit: guessing costs attempts.
    const HttpReply limited =
        m_server.postJson("/api/v1/enrol", QJsonObject{{"code", m_server.demoCode("3703990101")}});
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.errorCode(), "request.rate_limited");
    EXPECT_GE(limited.header("Retry-After").toInt(), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM devices"), 0);
}

TEST_F(OperationsTest, RequestsAreRateLimitedPerDevice)
{
    const QString school = m_server.enrol("3703990101");
    const QString town = m_server.enrol("370399001");
    m_server.api().setRateLimits(0, 2);
    EXPECT_EQ(m_server.get("/api/v1/changes", school).status, 200);
    EXPECT_EQ(m_server.get("/api/v1/changes", school).status, 200);
    const HttpReply limited = m_server.get("/api/v1/changes", school);
    EXPECT_EQ(limited.status, 429);
    EXPECT_TRUE(limited.errorMessage().contains("2")) << limited.errorMessage().toStdString();
    // Another device has its own allowance.
    EXPECT_EQ(m_server.get("/api/v1/changes", town).status, 200);
}

TEST_F(OperationsTest, ARevokedDeviceIsRefusedAndEveryChangeIsAudited)
{
    const QString token = m_server.enrol("3703990101");
    const QString device = m_server.deviceOf(token);
    ASSERT_FALSE(device.isEmpty());
    ASSERT_EQ(m_server
                  .postJson("/api/v1/records/push",
                            pushBody({wireRecord(newUuid(), "3703990101", "S1", validS1Payload())}), token)
                  .status,
              200);
    EnrolmentService enrolment(m_server.database().connection());
    ASSERT_TRUE(enrolment.revokeDevice(device, "cli").ok());
    const HttpReply refused = m_server.get("/api/v1/changes", token);
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.errorCode(), "auth.revoked");
    EXPECT_TRUE(refused.errorMessage().contains("登记码")) << refused.errorMessage().toStdString();
    const auto again = enrolment.revokeDevice(device, "cli");
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, "device.revoked");
    EXPECT_EQ(enrolment.revokeDevice("no-such-device", "cli").error().code, "device.unknown");

    QSqlQuery query(m_server.database().connection());
    ASSERT_TRUE(
        query.exec("SELECT action, actor, target FROM audit_log WHERE county_code = '370399' ORDER BY id"));
    QStringList actions;
    while (query.next()) {
        actions.append(query.value(0).toString());
        EXPECT_FALSE(query.value(1).toString().isEmpty());
        EXPECT_FALSE(query.value(2).toString().isEmpty());
    }
    EXPECT_EQ(actions, (QStringList{"init_demo", "enrol", "push", "revoke_device"}));
}

TEST(ServerConfigTest, AConfigFileSetsOptionsAndFlagsOverrideIt)
{
    QTemporaryDir dir;
    QFile file(dir.filePath("server.conf"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# junheng-server\nport = 9001\nhost = 127.0.0.1\ninsecure-http = true\n"
               "database = postgres://junheng@db.example.cn:5432/junheng\nrequests-per-minute = 120\n");
    file.close();
    auto config = ServerConfig::parse({"junheng-server", "--config", file.fileName(), "--port", "9002"});
    ASSERT_TRUE(config.ok()) << config.error().message.toStdString();
    EXPECT_EQ(config->port, 9002);
    EXPECT_TRUE(config->insecureHttp);
    EXPECT_EQ(config->requestsPerMinute, 120);
    EXPECT_EQ(config->enrolPerMinute, 10);
    EXPECT_EQ(config->databaseLocation(), "postgres://junheng@db.example.cn:5432/junheng");

    QFile json(dir.filePath("server.json"));
    ASSERT_TRUE(json.open(QIODevice::WriteOnly));
    json.write(R"({"port": 9003, "data-dir": ")" + dir.path().toUtf8() + R"(", "demo": true})");
    json.close();
    auto fromJson = ServerConfig::parse({"junheng-server", "--config", json.fileName()});
    ASSERT_TRUE(fromJson.ok()) << fromJson.error().message.toStdString();
    EXPECT_EQ(fromJson->port, 9003);
    EXPECT_TRUE(fromJson->demo);
    EXPECT_FALSE(fromJson->insecureHttp); // TLS unless asked otherwise
    EXPECT_EQ(fromJson->databaseLocation(), dir.filePath("server.db"));
}

TEST(ServerConfigTest, BadConfigFilesAreUsageErrorsNamingTheProblem)
{
    QTemporaryDir dir;
    QFile file(dir.filePath("bad.conf"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("prot = 9001\n");
    file.close();
    auto unknown = ServerConfig::parse({"junheng-server", "--config", file.fileName()});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains("prot"));
    auto missing = ServerConfig::parse({"junheng-server", "--config", dir.filePath("none.conf")});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains("none.conf"));
    auto open = ServerConfig::parse({"junheng-server", "--host", "0.0.0.0", "--insecure-http"});
    ASSERT_FALSE(open.ok());
    auto notPostgres = ServerConfig::parse({"junheng-server", "--database", "mysql://x/y"});
    ASSERT_FALSE(notPostgres.ok());
    EXPECT_TRUE(notPostgres.error().message.contains("postgres://"));
}

TEST_F(OperationsTest, ALostDatabaseConnectionFailsOneRequestAndIsReconnectedForTheNext)
{
    const QString token = m_server.enrol("3703990101");
    if (m_server.database().dialect() == ServerDatabase::Dialect::Postgres) {
        // What a PostgreSQL restart does to the server: its session is ended from outside.
        auto other = ServerDatabase::open(m_server.databaseLocation());
        ASSERT_TRUE(other.ok());
        QSqlQuery query(other.value()->connection());
        ASSERT_TRUE(query.exec("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                               " WHERE datname = current_database() AND pid <> pg_backend_pid()") &&
                    query.next());
        ASSERT_GE(query.value(0).toInt(), 1);
    } else {
        m_server.database().connection().close();
    }
    const HttpReply failed = m_server.get("/api/v1/changes", token);
    EXPECT_EQ(failed.status / 100, 5) << failed.body.toStdString();
    EXPECT_FALSE(failed.errorMessage().contains("SQL")) << "details stay in the log";
    const HttpReply next = m_server.get("/api/v1/changes", token);
    EXPECT_EQ(next.status, 200) << next.body.toStdString();
}
