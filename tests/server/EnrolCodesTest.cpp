// Enrolment codes issued from a county's or town's device (POST /api/v1/enrolment-codes) and the device list
// (GET /api/v1/devices): who may issue for whom, the link, one use per code, bad bodies, the audit log.
#include "EnrolLink.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace junheng;
using namespace junheng::server;
using namespace junheng::server::test;

namespace {

constexpr char School[] = "3703990101";          // 城关街道 370399001
constexpr char SecondSchool[] = "3703990102";    // 城关街道 370399001
constexpr char OtherTownSchool[] = "3703990201"; // 东城街道 370399002
constexpr char Town[] = "370399001";
constexpr char OtherTown[] = "370399002";
constexpr char County[] = "370399";

class EnrolCodesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString();
        m_school = m_server.enrol(School);
        m_town = m_server.enrol(Town);
        m_county = m_server.enrol(County);
        ASSERT_FALSE(m_school.isEmpty() || m_town.isEmpty() || m_county.isEmpty());
    }

    HttpReply issue(const QString &token, const QJsonObject &body)
    {
        return m_server.postJson("/api/v1/enrolment-codes", body, token);
    }

    HttpReply enrolWith(const QString &code, const QString &name = QStringLiteral("新平板"))
    {
        return m_server.postJson("/api/v1/enrol", QJsonObject{{"code", code}, {"device_name", name}});
    }

    QStringList deviceScopes(const QString &token)
    {
        const HttpReply reply = m_server.get("/api/v1/devices", token);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        QStringList scopes;
        for (const QJsonValue &device : reply.json.value("devices").toArray())
            scopes << device.toObject().value("role").toString() + ':' +
                          device.toObject().value("scope_code").toString();
        scopes.sort();
        return scopes;
    }

    TestServer m_server;
    QString m_school, m_town, m_county;
};

} // namespace

TEST_F(EnrolCodesTest, TheCountyIssuesACodeWithItsLinkThatEnrolsOnceAndIsAudited)
{
    const HttpReply issued =
        issue(m_county, QJsonObject{{"role", "school"}, {"code", OtherTownSchool}, {"note", "二小新平板"}});
    ASSERT_EQ(issued.status, 200) << issued.body.toStdString();
    const QString code = issued.json.value("code").toString();
    EXPECT_EQ(code.size(), 9); // XXXX-XXXX
    const QJsonObject scope = issued.json.value("scope").toObject();
    EXPECT_EQ(scope.value("role").toString(), "school");
    EXPECT_EQ(scope.value("code").toString(), OtherTownSchool);
    EXPECT_EQ(scope.value("name").toString(), "云溪县第二实验小学");
    EXPECT_EQ(scope.value("town_name").toString(), "东城街道");
    EXPECT_TRUE(issued.json.value("expires_at").isNull()); // codes do not expire; they are used once

    // The link: this server as the caller reached it, and the code (plain HTTP: no fingerprint).
    auto link = protocol::EnrolLink::parse(issued.json.value("link").toString());
    ASSERT_TRUE(link) << link.error().message.toStdString();
    EXPECT_EQ(link->code, code);
    EXPECT_EQ(link->server.port(), m_server.port());
    EXPECT_EQ(link->server.host(), "127.0.0.1");
    EXPECT_TRUE(link->fingerprint.isEmpty());

    const HttpReply enrolled = enrolWith(code);
    ASSERT_EQ(enrolled.status, 200) << enrolled.body.toStdString();
    EXPECT_EQ(enrolled.json.value("scope").toObject().value("code").toString(), OtherTownSchool);
    const HttpReply again = enrolWith(code);
    EXPECT_EQ(again.status, 409);
    EXPECT_EQ(again.errorCode(), "enrol.code_used");
    EXPECT_TRUE(again.errorMessage().contains("只能用一次")) << again.errorMessage().toStdString();

    QSqlQuery query(m_server.database().connection());
    ASSERT_TRUE(query.exec("SELECT actor, target, detail FROM audit_log WHERE action = 'issue_code'"));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), "county:370399/" + m_server.deviceOf(m_county));
    EXPECT_EQ(query.value(1).toString(), QString("school:") + OtherTownSchool);
    EXPECT_EQ(query.value(2).toString(), "二小新平板");
    EXPECT_FALSE(query.next());
}

TEST_F(EnrolCodesTest, TheCountyIssuesForATownAndAnotherCountyDevice)
{
    const HttpReply town = issue(m_county, QJsonObject{{"role", "town"}, {"code", OtherTown}});
    ASSERT_EQ(town.status, 200) << town.body.toStdString();
    EXPECT_EQ(town.json.value("scope").toObject().value("name").toString(), "东城街道");
    const HttpReply county = issue(m_county, QJsonObject{{"role", "county"}});
    ASSERT_EQ(county.status, 200) << county.body.toStdString();
    EXPECT_EQ(county.json.value("scope").toObject().value("code").toString(), County);
    const HttpReply enrolled = enrolWith(county.json.value("code").toString(), "县局第二台");
    ASSERT_EQ(enrolled.status, 200);
    EXPECT_EQ(enrolled.json.value("scope").toObject().value("role").toString(), "county");
}

TEST_F(EnrolCodesTest, ScopeMatrixTownOnlyForItsOwnSchoolsSchoolNever)
{
    const HttpReply own = issue(m_town, QJsonObject{{"role", "school"}, {"code", SecondSchool}});
    EXPECT_EQ(own.status, 200) << own.body.toStdString();

    const HttpReply otherTown = issue(m_town, QJsonObject{{"role", "school"}, {"code", OtherTownSchool}});
    EXPECT_EQ(otherTown.status, 403);
    EXPECT_EQ(otherTown.errorCode(), "scope.forbidden");
    EXPECT_TRUE(otherTown.errorMessage().contains("东城街道")) << otherTown.errorMessage().toStdString();

    const HttpReply aTown = issue(m_town, QJsonObject{{"role", "town"}, {"code", Town}});
    EXPECT_EQ(aTown.status, 403);
    EXPECT_EQ(aTown.errorCode(), "scope.forbidden");

    const HttpReply school = issue(m_school, QJsonObject{{"role", "school"}, {"code", School}});
    EXPECT_EQ(school.status, 403);
    EXPECT_EQ(school.errorCode(), "scope.forbidden");
    EXPECT_TRUE(school.errorMessage().contains("登记码")) << school.errorMessage().toStdString();

    const HttpReply noToken = issue({}, QJsonObject{{"role", "school"}, {"code", School}});
    EXPECT_EQ(noToken.status, 401);

    // Nothing but the town's own school got a code.
    QSqlQuery query(m_server.database().connection());
    ASSERT_TRUE(query.exec("SELECT COUNT(*) FROM audit_log WHERE action = 'issue_code'"));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

TEST_F(EnrolCodesTest, BadBodiesGetAClearChineseMessage)
{
    struct Case
    {
        QJsonObject body;
        const char *error;
        const char *says;
    };
    const QList<Case> cases{
        {QJsonObject{{"code", School}}, "request.invalid", "role"},
        {QJsonObject{{"role", "admin"}, {"code", School}}, "request.invalid", "school（学校）"},
        {QJsonObject{{"role", "school"}}, "request.invalid", "缺少字段 code"},
        {QJsonObject{{"role", "school"}, {"code", 3703990101LL}}, "request.invalid", "应是文字"},
        {QJsonObject{{"role", "school"}, {"code", "3703999999"}}, "scope.unknown", "3703999999"},
        {QJsonObject{{"role", "county"}, {"code", "370400"}}, "scope.forbidden", "370400"},
        {QJsonObject{{"role", "school"}, {"code", School}, {"note", QString(201, QChar(0x5b57))}},
         "request.invalid", "备注太长"},
    };
    for (const Case &c : cases) {
        const HttpReply reply = issue(m_county, c.body);
        EXPECT_EQ(reply.errorCode(), c.error) << reply.body.toStdString();
        EXPECT_EQ(reply.status, ApiServer::httpStatus(c.error));
        EXPECT_GE(reply.status, 400);
        EXPECT_TRUE(reply.errorMessage().contains(QString::fromUtf8(c.says)))
            << reply.errorMessage().toStdString();
    }
    const HttpReply notJson = m_server.post("/api/v1/enrolment-codes", "{role: school", m_county);
    EXPECT_EQ(notJson.status, 400);
    EXPECT_EQ(notJson.errorCode(), "request.invalid");
    const HttpReply empty = m_server.post("/api/v1/enrolment-codes", {}, m_county);
    EXPECT_EQ(empty.status, 400);
    EXPECT_TRUE(empty.errorMessage().contains("请求是空的")) << empty.errorMessage().toStdString();
}

TEST_F(EnrolCodesTest, DevicesAreListedForTheCallersScopeWithTheirLastPush)
{
    const QString otherSchool = m_server.enrol(OtherTownSchool);
    ASSERT_FALSE(otherSchool.isEmpty());
    const HttpReply pushed = m_server.postJson(
        "/api/v1/records/push", pushBody({wireRecord(newUuid(), School, "S4", validS4Payload())}), m_school);
    ASSERT_EQ(pushed.status, 200) << pushed.body.toStdString();

    EXPECT_EQ(deviceScopes(m_county),
              (QStringList{"county:370399", "school:3703990101", "school:3703990201", "town:370399001"}));
    EXPECT_EQ(deviceScopes(m_town), (QStringList{"school:3703990101", "town:370399001"}));
    EXPECT_EQ(deviceScopes(m_school), (QStringList{"school:3703990101"}));

    const HttpReply reply = m_server.get("/api/v1/devices", m_county);
    for (const QJsonValue &value : reply.json.value("devices").toArray()) {
        const QJsonObject device = value.toObject();
        EXPECT_FALSE(device.value("enrolled_at").toString().isEmpty());
        EXPECT_TRUE(device.value("revoked_at").isNull());
        if (device.value("scope_code").toString() == School) {
            EXPECT_EQ(device.value("scope_name").toString(), "云溪县实验小学");
            EXPECT_EQ(device.value("town_name").toString(), "城关街道");
            EXPECT_EQ(device.value("id").toString(), m_server.deviceOf(m_school));
            EXPECT_FALSE(device.value("last_push_at").toString().isEmpty());
        } else {
            EXPECT_TRUE(device.value("last_push_at").isNull())
                << device.value("scope_code").toString().toStdString();
        }
    }
}
