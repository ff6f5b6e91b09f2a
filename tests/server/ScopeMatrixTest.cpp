// The scope matrix: a school, a town and a county device against another school's, another town's and
// another county's data on every endpoint that touches data: push, pull, listing (filtered and not).
// Every one is denied on the server and nothing is stored; an admin device sees all.
#include "CountyDirectory.h"
#include "EnrolmentService.h"
#include "SqlTransaction.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace junheng::server;
using namespace junheng::server::test;

namespace {

constexpr char OwnSchool[] = "3703990101"; // 城关街道 370399001
constexpr char SameTownSchool[] = "3703990102";
constexpr char OtherTownSchool[] = "3703990201";   // 东城街道 370399002
constexpr char OtherCountySchool[] = "3703980101"; // 邻县 370398

class ScopeMatrixTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString();
        // A second county on the same server, with a town, a school and an admin code.
        QSqlDatabase db = m_server.database().connection();
        SqlTransaction transaction(db);
        ASSERT_TRUE(transaction.begin().ok());
        ASSERT_TRUE(CountyDirectory(db)
                        .insert(CountyInfo{"370398", "邻县", "2025", "2025年度优质均衡监测"},
                                {TownInfo{"370398001", "邻镇", "town"}},
                                {SchoolInfo{OtherCountySchool, "邻县第一小学", "370398001", "primary", "town",
                                            "public", false, 600, "370398"}})
                        .ok());
        EnrolmentService enrolment(db);
        auto admin = enrolment.insertCode("", "admin", "admin");
        ASSERT_TRUE(admin.ok());
        ASSERT_TRUE(transaction.commit().ok());

        const HttpReply enrolled = m_server.postJson("/api/v1/enrol", QJsonObject{{"code", admin.value()}});
        ASSERT_EQ(enrolled.status, 200) << enrolled.body.toStdString();
        EXPECT_EQ(enrolled.json.value("scope").toObject().value("role").toString(), "admin");
        m_admin = enrolled.json.value("token").toString();
        // One record in each school, pushed by the admin (who may push anywhere).
        QList<QJsonObject> records;
        for (const char *school : {OwnSchool, SameTownSchool, OtherTownSchool, OtherCountySchool})
            records.append(wireRecord(newUuid(), school, "S4", validS4Payload()));
        const HttpReply pushed = m_server.postJson("/api/v1/records/push", pushBody(records), m_admin);
        ASSERT_EQ(pushed.status, 200) << pushed.body.toStdString();
        for (const QJsonValue &result : pushed.json.value("results").toArray())
            ASSERT_EQ(result.toObject().value("outcome").toString(), "applied") << pushed.body.toStdString();
    }

    int recordCount()
    {
        QSqlQuery query(m_server.database().connection());
        return query.exec("SELECT COUNT(*) FROM records") && query.next() ? query.value(0).toInt() : -1;
    }

    // The schools whose records a device sees through pull and the unfiltered listing.
    QSet<QString> visibleSchools(const QString &token)
    {
        QSet<QString> schools;
        const HttpReply pulled = m_server.get("/api/v1/changes?since=0", token);
        EXPECT_EQ(pulled.status, 200);
        for (const QJsonValue &change : pulled.json.value("changes").toArray())
            schools.insert(change.toObject().value("record").toObject().value("school_code").toString());
        const HttpReply listed = m_server.get("/api/v1/records?form=S4", token);
        EXPECT_EQ(listed.status, 200);
        QSet<QString> listedSchools;
        for (const QJsonValue &record : listed.json.value("records").toArray())
            listedSchools.insert(record.toObject().value("school_code").toString());
        EXPECT_EQ(listedSchools, schools);
        return schools;
    }

    TestServer m_server;
    QString m_admin;
};

} // namespace

TEST_F(ScopeMatrixTest, EveryRoleIsDeniedOtherSchoolsTownsAndCountiesOnEveryEndpoint)
{
    struct Role
    {
        const char *name;
        QString scope;
        QStringList outside; // schools whose data it must not reach
        QStringList inside;
    };
    const QList<Role> roles{
        {"school", OwnSchool, {SameTownSchool, OtherTownSchool, OtherCountySchool}, {OwnSchool}},
        {"town", "370399001", {OtherTownSchool, OtherCountySchool}, {OwnSchool, SameTownSchool}},
        {"county", "370399", {OtherCountySchool}, {OwnSchool, SameTownSchool, OtherTownSchool}},
    };
    for (const Role &role : roles) {
        SCOPED_TRACE(role.name);
        const QString token = m_server.enrol(role.scope);
        ASSERT_FALSE(token.isEmpty());
        EXPECT_EQ(visibleSchools(token), QSet<QString>(role.inside.begin(), role.inside.end()));
        for (const QString &school : role.outside) {
            SCOPED_TRACE(school.toStdString());
            // Push: rejected per record, nothing stored.
            const int before = recordCount();
            const HttpReply pushed =
                m_server.postJson("/api/v1/records/push",
                                  pushBody({wireRecord(newUuid(), school, "S1", validS1Payload())}), token);
            ASSERT_EQ(pushed.status, 200);
            const QJsonObject result = pushed.json.value("results").toArray().at(0).toObject();
            EXPECT_EQ(result.value("outcome").toString(), "rejected");
            EXPECT_EQ(result.value("error").toObject().value("code").toString(), "scope.forbidden");
            EXPECT_EQ(recordCount(), before);
            // Listing filtered by that school: 403, with or without a form.
            for (const QString &query : {QStringLiteral("school=%1"), QStringLiteral("form=S4&school=%1")}) {
                const HttpReply listed = m_server.get("/api/v1/records?" + query.arg(school), token);
                EXPECT_EQ(listed.status, 403) << listed.body.toStdString();
                EXPECT_EQ(listed.errorCode(), "scope.forbidden");
            }
        }
    }
}

TEST_F(ScopeMatrixTest, AnAdminSeesEveryCounty)
{
    EXPECT_EQ(visibleSchools(m_admin),
              (QSet<QString>{OwnSchool, SameTownSchool, OtherTownSchool, OtherCountySchool}));
    const HttpReply listed =
        m_server.get(QStringLiteral("/api/v1/records?school=%1").arg(OtherCountySchool), m_admin);
    EXPECT_EQ(listed.status, 200);
    EXPECT_EQ(listed.json.value("records").toArray().size(), 1);
}

TEST_F(ScopeMatrixTest, ACountyDeviceCannotTakeOverAnotherCountysRecordByItsUuid)
{
    // The other county's record, re-sent by this county's device as if it were its own school's.
    const HttpReply all = m_server.get("/api/v1/records?form=S4", m_admin);
    QString foreign;
    for (const QJsonValue &record : all.json.value("records").toArray()) {
        if (record.toObject().value("school_code").toString() == QLatin1String(OtherCountySchool))
            foreign = record.toObject().value("uuid").toString();
    }
    ASSERT_FALSE(foreign.isEmpty());
    const QString token = m_server.enrol("370399");
    const int before = recordCount();
    const HttpReply pushed = m_server.postJson(
        "/api/v1/records/push",
        pushBody({wireRecord(foreign, OtherCountySchool, "S4", validS4Payload(), 2, 1)}), token);
    ASSERT_EQ(pushed.status, 200);
    EXPECT_EQ(pushed.json.value("results").toArray().at(0).toObject().value("outcome").toString(),
              "rejected");
    EXPECT_EQ(recordCount(), before);
}

TEST_F(ScopeMatrixTest, ReviewEventsSchoolListsAndDecisionsKeepToEachRolesScope)
{
    struct Role
    {
        const char *name;
        QString scope;
        QStringList outside;
        QStringList inside;
    };
    const QList<Role> roles{
        {"school", OwnSchool, {SameTownSchool, OtherTownSchool, OtherCountySchool}, {OwnSchool}},
        {"town", "370399001", {OtherTownSchool, OtherCountySchool}, {OwnSchool, SameTownSchool}},
        {"county", "370399", {OtherCountySchool}, {OwnSchool, SameTownSchool, OtherTownSchool}},
    };
    for (const Role &role : roles) {
        SCOPED_TRACE(role.name);
        const QString token = m_server.enrol(role.scope);
        ASSERT_FALSE(token.isEmpty());
        // The admin's pushes submitted S4 in every school: each device hears of its own schools only.
        QSet<QString> heard;
        for (const QJsonValue &event : m_server.get("/api/v1/events", token).json.value("events").toArray())
            heard.insert(event.toObject().value("school_code").toString());
        EXPECT_EQ(heard, QSet<QString>(role.inside.begin(), role.inside.end()));
        QSet<QString> listed;
        for (const QJsonValue &school :
             m_server.get("/api/v1/schools", token).json.value("schools").toArray())
            listed.insert(school.toObject().value("code").toString());
        for (const QString &school : role.outside)
            EXPECT_FALSE(listed.contains(school)) << school.toStdString();
        for (const QString &school : role.inside)
            EXPECT_TRUE(listed.contains(school)) << school.toStdString();
        for (const QString &school : role.outside) {
            const HttpReply decided = m_server.postJson("/api/v1/reviews",
                                                        QJsonObject{{"cycle", "2025"},
                                                                    {"school_code", school},
                                                                    {"form_id", "S4"},
                                                                    {"decision", "approve"},
                                                                    {"reviewer", "x"}},
                                                        token);
            EXPECT_EQ(decided.status, 403) << school.toStdString();
            EXPECT_EQ(decided.errorCode(), "scope.forbidden");
        }
    }
    QSqlQuery query(m_server.database().connection());
    ASSERT_TRUE(query.exec("SELECT COUNT(*) FROM review_events WHERE kind = 'review'") && query.next());
    EXPECT_EQ(query.value(0).toInt(), 4) << "the four submissions, no decision";
}
