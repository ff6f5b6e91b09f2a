// Health, enrolment, authentication, request errors and the demo county.
#include "TestServer.h"

#include "CountyDirectory.h"
#include "EnrolmentService.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace junheng;
using namespace junheng::server;
using namespace junheng::server::test;

namespace {

class ServerApiTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString(); }
    TestServer m_server;
};

} // namespace

TEST_F(ServerApiTest, HealthSaysOkWithProtocolAndTime)
{
    const HttpReply reply = m_server.get("/api/v1/health");
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.contentType, "application/json");
    EXPECT_EQ(reply.json.value("status").toString(), "ok");
    EXPECT_EQ(reply.json.value("protocol").toInt(), 1);
    EXPECT_TRUE(protocol::parseIsoTime(reply.json.value("server_time").toString()).isValid());
}

TEST_F(ServerApiTest, EveryRequestIsLoggedOnOneLine)
{
    m_server.get("/api/v1/health");
    ASSERT_EQ(m_server.log().size(), 1);
    const QString line = m_server.log().first();
    const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
    EXPECT_EQ(object.value("event").toString(), "request") << line.toStdString();
    EXPECT_EQ(object.value("method").toString(), "GET");
    EXPECT_EQ(object.value("path").toString(), "/api/v1/health");
    EXPECT_EQ(object.value("status").toInt(), 200);
    EXPECT_TRUE(object.value("ms").isDouble());
}

TEST_F(ServerApiTest, EnrolTradesTheCodeForATokenAndTheScope)
{
    const HttpReply reply =
        m_server.postJson("/api/v1/enrol", QJsonObject{{"code", m_server.demoCode("3703990101")},
                                                       {"device_name", "实验小学-平板1"}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    auto enrolled = protocol::EnrolReply::fromJson(reply.json);
    ASSERT_TRUE(enrolled.ok());
    EXPECT_EQ(enrolled->token.size(), 64);
    EXPECT_EQ(enrolled->token.toLower(), enrolled->token);
    EXPECT_EQ(enrolled->scope.role, "school");
    EXPECT_EQ(enrolled->scope.code, "3703990101");
    EXPECT_EQ(enrolled->scope.name, "云溪县实验小学");
    EXPECT_EQ(enrolled->scope.townCode, "370399001");
    EXPECT_EQ(enrolled->scope.townName, "城关街道");
    EXPECT_EQ(enrolled->scope.countyCode, "370399");
    EXPECT_EQ(enrolled->scope.countyName, "云溪县");
    EXPECT_EQ(enrolled->cycleId, "2025");
    EXPECT_EQ(enrolled->cycleName, "2025年度优质均衡监测");
    EXPECT_FALSE(enrolled->deviceId.isEmpty());
}

TEST_F(ServerApiTest, EnrolAcceptsTheCodeInLowerCaseWithoutTheDash)
{
    const QString code = m_server.demoCode("370399003").toLower().remove('-');
    const HttpReply reply = m_server.postJson("/api/v1/enrol", QJsonObject{{"code", code}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json.value("scope").toObject().value("role").toString(), "town");
    EXPECT_EQ(reply.json.value("scope").toObject().value("name").toString(), "西湖镇");
}

TEST_F(ServerApiTest, EnrolWithAnUnknownCodeIs403)
{
    const HttpReply reply = m_server.postJson("/api/v1/enrol", QJsonObject{{"code", "AAAA-AAAA"}});
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(reply.errorCode(), "enrol.code_invalid");
    EXPECT_TRUE(reply.errorMessage().contains("AAAA-AAAA"));
}

TEST_F(ServerApiTest, EnrolWithAUsedCodeIs409AndIssuesNoSecondToken)
{
    const QJsonObject body{{"code", m_server.demoCode("3703990101")}};
    ASSERT_EQ(m_server.postJson("/api/v1/enrol", body).status, 200);
    const HttpReply again = m_server.postJson("/api/v1/enrol", body);
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.errorCode(), "enrol.code_used");
    QSqlQuery query(m_server.database().connection());
    ASSERT_TRUE(query.exec("SELECT COUNT(*) FROM devices") && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

TEST_F(ServerApiTest, EnrolWithoutACodeIs400)
{
    const HttpReply reply = m_server.postJson("/api/v1/enrol", QJsonObject{{"device_name", "x"}});
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.errorCode(), "request.invalid");
    EXPECT_TRUE(reply.errorMessage().contains("code"));
}

TEST_F(ServerApiTest, ServerKeepsOnlyHashesOfCodesAndTokens)
{
    const QString code = m_server.demoCode("3703990101");
    const QString token = m_server.enrol("3703990101");
    ASSERT_EQ(token.size(), 64);
    QSqlQuery query(m_server.database().connection());
    ASSERT_TRUE(query.exec("SELECT token_hash FROM devices") && query.next());
    EXPECT_EQ(query.value(0).toString(), EnrolmentService::sha256Hex(token));
    ASSERT_TRUE(query.exec("SELECT COUNT(*) FROM enrolment_codes WHERE code_hash = '" +
                           EnrolmentService::sha256Hex(EnrolmentService::normaliseCode(code)) + "'") &&
                query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    const QByteArray file = [&] {
        QFile db(m_server.dataDir() + "/server.db");
        return db.open(QIODevice::ReadOnly) ? db.readAll() : QByteArray();
    }();
    EXPECT_FALSE(file.contains(token.toLatin1()));
}

TEST_F(ServerApiTest, RequestsWithoutATokenAre401)
{
    for (const QString path : {"/api/v1/changes", "/api/v1/records"}) {
        const HttpReply reply = m_server.get(path);
        EXPECT_EQ(reply.status, 401) << path.toStdString();
        EXPECT_EQ(reply.errorCode(), "auth.required");
    }
    const HttpReply push = m_server.postJson("/api/v1/records/push", pushBody({}));
    EXPECT_EQ(push.status, 401);
    EXPECT_EQ(push.errorCode(), "auth.required");
}

TEST_F(ServerApiTest, AnUnknownTokenIs401Invalid)
{
    const HttpReply reply = m_server.get("/api/v1/changes", QString(64, 'a'));
    EXPECT_EQ(reply.status, 401);
    EXPECT_EQ(reply.errorCode(), "auth.invalid");
}

TEST_F(ServerApiTest, UnknownPathIs404Json)
{
    const HttpReply reply = m_server.get("/api/v1/nothing-here");
    EXPECT_EQ(reply.status, 404);
    EXPECT_EQ(reply.errorCode(), "request.not_found");
    EXPECT_TRUE(reply.errorMessage().contains("/api/v1/nothing-here"));
}

TEST_F(ServerApiTest, WrongMethodIs405Json)
{
    const HttpReply reply = m_server.send("DELETE", "/api/v1/records", {});
    EXPECT_EQ(reply.status, 405);
    EXPECT_EQ(reply.errorCode(), "request.method_not_allowed");
    const HttpReply get = m_server.get("/api/v1/enrol");
    EXPECT_EQ(get.status, 405);
    EXPECT_TRUE(get.errorMessage().contains("POST"));
}

TEST_F(ServerApiTest, BodyThatIsNotJsonIs400)
{
    const HttpReply reply = m_server.post("/api/v1/enrol", "<html>captive portal</html>");
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.errorCode(), "request.invalid");
    EXPECT_TRUE(reply.errorMessage().contains("JSON"));
}

TEST_F(ServerApiTest, BodyOverTheLimitIs413)
{
    const QString token = m_server.enrol("3703990101");
    const QByteArray body(protocol::MaxBodyBytes + 1, ' ');
    const HttpReply reply = m_server.post("/api/v1/records/push", body, token);
    EXPECT_EQ(reply.status, 413);
    EXPECT_EQ(reply.errorCode(), "request.too_large");
}

TEST_F(ServerApiTest, DemoCountyHasItsTownsSchoolsAndFixedFirstSchool)
{
    const CountyDirectory directory(m_server.database().connection());
    auto county = directory.county();
    ASSERT_TRUE(county.ok() && county.value());
    EXPECT_EQ(county.value()->code, "370399");
    EXPECT_EQ(county.value()->name, "云溪县");
    EXPECT_EQ(county.value()->cycleId, "2025");
    auto towns = directory.towns();
    auto schools = directory.schools();
    ASSERT_TRUE(towns.ok() && schools.ok());
    EXPECT_GE(towns->size(), 8);
    EXPECT_LE(towns->size(), 10);
    EXPECT_GE(schools->size(), 35);
    EXPECT_LE(schools->size(), 45);
    const SchoolInfo &first = schools->first();
    EXPECT_EQ(first.code, "3703990101");
    EXPECT_EQ(first.name, "云溪县实验小学");
    EXPECT_EQ(first.type, "primary");
    EXPECT_EQ(first.townCode, "370399001");
    EXPECT_EQ(first.location, "urban");
    QSet<QString> types;
    int smallest = 1 << 30, largest = 0;
    for (const SchoolInfo &school : schools.value()) {
        EXPECT_EQ(school.code.size(), 10) << school.code.toStdString();
        EXPECT_TRUE(school.code.startsWith(school.townCode.left(6)));
        types.insert(school.type);
        smallest = qMin(smallest, school.students);
        largest = qMax(largest, school.students);
    }
    EXPECT_TRUE(types.contains("primary") && types.contains("junior") && types.contains("nine_year") &&
                types.contains("teaching_point"));
    EXPECT_EQ(smallest, 30);
    EXPECT_EQ(largest, 2500);
    // One code for the county, each town and each school.
    EXPECT_EQ(m_server.demoCode("370399").size(), 9);
    EXPECT_FALSE(m_server.demoCode("3703990905").isEmpty());
}

TEST_F(ServerApiTest, SecondDemoCreationChangesNothing)
{
    auto again = DemoCounty::create(m_server.database());
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_FALSE(again->created);
    EXPECT_TRUE(again->codes.isEmpty());
    QSqlQuery query(m_server.database().connection());
    ASSERT_TRUE(query.exec("SELECT (SELECT COUNT(*) FROM schools), (SELECT COUNT(*) FROM enrolment_codes)") &&
                query.next());
    EXPECT_EQ(query.value(0).toInt(), DemoCounty::schools().size());
    EXPECT_EQ(query.value(1).toInt(), 1 + DemoCounty::towns().size() + DemoCounty::schools().size());
}

TEST_F(ServerApiTest, IssueCodeForAnUnknownSchoolFails)
{
    EnrolmentService enrolment(m_server.database().connection());
    auto code = enrolment.issueCode("school", "3703999999");
    ASSERT_FALSE(code.ok());
    EXPECT_EQ(code.error().code, "scope.unknown");
    EXPECT_TRUE(code.error().message.contains("3703999999"));
    EXPECT_FALSE(enrolment.issueCode("town", "370399099").ok());
}

TEST_F(ServerApiTest, CodeIssuedThroughASecondConnectionWhileServingEnrols)
{
    // As `junheng-server issue-code` does while the server runs: its own connection to the same file.
    auto second = ServerDatabase::open(m_server.databaseLocation());
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    auto code = EnrolmentService(second.value()->connection()).issueCode("school", "3703990204");
    ASSERT_TRUE(code.ok()) << code.error().message.toStdString();
    EXPECT_TRUE(QRegularExpression("^[A-Z2-9]{4}-[A-Z2-9]{4}$").match(code.value()).hasMatch());
    const HttpReply reply = m_server.postJson("/api/v1/enrol", QJsonObject{{"code", code.value()}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json.value("scope").toObject().value("name").toString(), QString("云溪县第二初级中学"));
}
