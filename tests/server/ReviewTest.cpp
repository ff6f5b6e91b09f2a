// Cycles and review on the HTTP API: a county opens, publishes and closes a cycle; records after the close
// are stored and marked late; submissions move submitted -> returned -> submitted -> approved with who and
// when, reach the school through the event feed, and every endpoint keeps to the caller's scope.
#include "TestServer.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace junheng::server;
using namespace junheng::server::test;

namespace {

constexpr char School[] = "3703990101";          // 城关街道 370399001
constexpr char OtherTownSchool[] = "3703990201"; // 东城街道 370399002

class ReviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString();
        m_school = m_server.enrol(School);
        m_town = m_server.enrol("370399001");
        m_otherTown = m_server.enrol("370399002");
        m_county = m_server.enrol("370399");
        ASSERT_FALSE(m_school.isEmpty() || m_town.isEmpty() || m_otherTown.isEmpty() || m_county.isEmpty());
    }

    QJsonObject pushOne(const QJsonObject &record, const QString &token)
    {
        const HttpReply reply = m_server.postJson("/api/v1/records/push", pushBody({record}), token);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json.value("results").toArray().at(0).toObject();
    }

    QJsonArray events(const QString &token, qint64 since = 0)
    {
        const HttpReply reply = m_server.get(QStringLiteral("/api/v1/events?since=%1").arg(since), token);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json.value("events").toArray();
    }

    HttpReply decide(const QString &token, const QString &decision, const QJsonArray &comments = {},
                     const QString &school = School)
    {
        return m_server.postJson("/api/v1/reviews",
                                 QJsonObject{{"cycle", "2025"},
                                             {"school_code", school},
                                             {"form_id", "S4"},
                                             {"decision", decision},
                                             {"reviewer", "王审核"},
                                             {"comments", comments}},
                                 token);
    }

    int scalar(const QString &sql)
    {
        QSqlQuery query(m_server.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    TestServer m_server;
    QString m_school, m_town, m_otherTown, m_county;
};

} // namespace

TEST_F(ReviewTest, ACountyOpensPublishesAndClosesACycleAndOnlyTheCountyMayAndSeesDrafts)
{
    const QJsonObject cycle{{"id", "2026"},
                            {"name", "2026年度优质均衡监测"},
                            {"opens_on", "2026-03-01"},
                            {"closes_on", "2026-05-31"},
                            {"profile", "shandong"}};
    for (const QString &token : {m_school, m_town}) {
        const HttpReply refused = m_server.postJson("/api/v1/cycles", cycle, token);
        EXPECT_EQ(refused.status, 403);
        EXPECT_EQ(refused.errorCode(), "scope.forbidden");
    }
    const HttpReply created = m_server.postJson("/api/v1/cycles", cycle, m_county);
    ASSERT_EQ(created.status, 200) << created.body.toStdString();
    EXPECT_EQ(created.json.value("cycle").toObject().value("state").toString(), "draft");
    EXPECT_EQ(created.json.value("cycle").toObject().value("form_versions").toObject().value("S1").toInt(),
              1);
    EXPECT_EQ(m_server.postJson("/api/v1/cycles", cycle, m_county).errorCode(), "cycle.exists");

    // A draft: only the county sees it, and no device hears of it.
    EXPECT_EQ(m_server.get("/api/v1/cycles", m_county).json.value("cycles").toArray().size(), 2);
    EXPECT_EQ(m_server.get("/api/v1/cycles", m_school).json.value("cycles").toArray().size(), 1);
    EXPECT_TRUE(events(m_school).isEmpty());

    EXPECT_EQ(m_server.postJson("/api/v1/cycles/2026/publish", {}, m_town).status, 403);
    EXPECT_EQ(m_server.postJson("/api/v1/cycles/2026/close", {}, m_county).errorCode(), "cycle.state");
    const HttpReply published =
        m_server.postJson("/api/v1/cycles/2026/publish", {{"person", "李科长"}}, m_county);
    ASSERT_EQ(published.status, 200) << published.body.toStdString();
    EXPECT_EQ(m_server.postJson("/api/v1/cycles/2026/publish", {}, m_county).status, 200)
        << "twice: no change";
    EXPECT_EQ(m_server.postJson("/api/v1/cycles/2027/publish", {}, m_county).errorCode(), "cycle.unknown");

    // Every device of the county hears it once, with the forms to fill in and who published it.
    for (const QString &token : {m_school, m_town, m_county}) {
        const QJsonArray feed = events(token);
        ASSERT_EQ(feed.size(), 1);
        const QJsonObject event = feed.at(0).toObject();
        EXPECT_EQ(event.value("kind").toString(), "cycle");
        EXPECT_EQ(event.value("by").toObject().value("name").toString(), "李科长");
        EXPECT_EQ(event.value("by").toObject().value("role").toString(), "county");
        const QJsonObject published = event.value("cycle").toObject();
        EXPECT_EQ(published.value("state").toString(), "open");
        EXPECT_EQ(published.value("profile").toString(), "shandong");
        EXPECT_EQ(published.value("forms").toObject().value("S4").toObject().value("id").toString(), "S4");
    }
    // New devices enrol into it.
    const HttpReply enrolled =
        m_server.postJson("/api/v1/enrol", QJsonObject{{"code", m_server.demoCode("3703990102")}});
    EXPECT_EQ(enrolled.json.value("cycle").toObject().value("id").toString(), "2026");

    const HttpReply closed = m_server.postJson("/api/v1/cycles/2026/close", {}, m_county);
    EXPECT_EQ(closed.json.value("cycle").toObject().value("state").toString(), "closed");
    EXPECT_EQ(events(m_school).size(), 2);
    EXPECT_EQ(m_server.postJson("/api/v1/cycles/2026/publish", {}, m_county).errorCode(), "cycle.state");
}

TEST_F(ReviewTest, BadCycleRequestsNameWhatIsWrongAndStoreNothing)
{
    const int before = scalar("SELECT COUNT(*) FROM cycles");
    const QList<QJsonObject> bad{
        {{"id", "a b"}, {"name", "x"}, {"opens_on", "2026-01-01"}, {"closes_on", "2026-02-01"}},
        {{"id", "2026"}, {"name", ""}, {"opens_on", "2026-01-01"}, {"closes_on", "2026-02-01"}},
        {{"id", "2026"}, {"name", "x"}, {"opens_on", "2026-13-01"}, {"closes_on", "2026-02-01"}},
        {{"id", "2026"}, {"name", "x"}, {"opens_on", "2026-03-01"}, {"closes_on", "2026-02-01"}},
        {{"id", "2026"},
         {"name", "x"},
         {"opens_on", "2026-01-01"},
         {"closes_on", "2026-02-01"},
         {"profile", "mars"}},
        {{"id", "2026"},
         {"name", "x"},
         {"opens_on", "2026-01-01"},
         {"closes_on", "2026-02-01"},
         {"form_versions", QJsonObject{{"S1", 9}}}},
    };
    for (const QJsonObject &body : bad) {
        const HttpReply reply = m_server.postJson("/api/v1/cycles", body, m_county);
        EXPECT_EQ(reply.status, 400) << reply.body.toStdString();
        EXPECT_EQ(reply.errorCode(), "request.invalid");
    }
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM cycles"), before);
}

TEST_F(ReviewTest, ARecordAfterTheClosingDateIsStoredAndMarkedLate)
{
    ASSERT_EQ(m_server
                  .postJson("/api/v1/cycles",
                            QJsonObject{{"id", "2019"},
                                        {"name", "2019年度"},
                                        {"opens_on", "2019-03-01"},
                                        {"closes_on", "2019-05-31"}},
                            m_county)
                  .status,
              200);
    ASSERT_EQ(m_server.postJson("/api/v1/cycles/2019/publish", {}, m_county).status, 200);
    const QJsonObject late =
        pushOne(wireRecord(newUuid(), School, "S4", validS4Payload(), 1, 0, "2019"), m_school);
    EXPECT_EQ(late.value("outcome").toString(), "applied");
    EXPECT_TRUE(late.value("late").toBool());
    const QJsonObject onTime = pushOne(wireRecord(newUuid(), School, "S4", validS4Payload()), m_school);
    EXPECT_FALSE(onTime.value("late").toBool()) << "the 2025 cycle has no closing date";
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM records WHERE late = 1"), 1);
    const QJsonObject table = m_server.get("/api/v1/completeness?cycle=2019", m_county).json;
    const QJsonObject school = table.value("schools").toArray().at(0).toObject();
    EXPECT_EQ(school.value("code").toString(), School);
    EXPECT_EQ(school.value("forms").toObject().value("S4").toObject().value("state").toString(), "submitted");
    EXPECT_TRUE(school.value("forms").toObject().value("S4").toObject().value("late").toBool());
    EXPECT_EQ(table.value("deadline").toString(), "2019-05-31T16:00:00Z");
}

TEST_F(ReviewTest, ASubmissionIsReturnedWithCommentsCorrectedAndApprovedWithWhoAndWhen)
{
    const QString uuid = newUuid();
    EXPECT_EQ(decide(m_town, "approve").errorCode(), "review.state") << "nothing submitted yet";
    ASSERT_EQ(pushOne(wireRecord(uuid, School, "S4", validS4Payload()), m_school).value("outcome").toString(),
              "applied");
    QJsonArray feed = events(m_school);
    ASSERT_EQ(feed.size(), 1);
    EXPECT_EQ(feed.at(0).toObject().value("state").toString(), "submitted");
    EXPECT_EQ(feed.at(0).toObject().value("by").toObject().value("role").toString(), "school");
    EXPECT_EQ(feed.at(0).toObject().value("by").toObject().value("name").toString(), "test")
        << "the device's name";

    // Scope: a school may not review; another town may not review this school.
    EXPECT_EQ(decide(m_school, "approve").status, 403);
    EXPECT_EQ(decide(m_otherTown, "approve").errorCode(), "scope.forbidden");
    EXPECT_EQ(decide(m_town, "return").errorCode(), "request.invalid") << "a return says what to change";
    EXPECT_EQ(
        decide(m_town, "return", {QJsonObject{{"record_uuid", uuid}, {"field", "no_such"}, {"text", "x"}}})
            .errorCode(),
        "request.invalid");
    EXPECT_EQ(
        decide(m_town, "return",
               {QJsonObject{{"record_uuid", newUuid()}, {"field", "sports_area_outdoor"}, {"text", "x"}}})
            .errorCode(),
        "request.invalid")
        << "a record that is not this submission's";

    const HttpReply returned = decide(m_town, "return",
                                      {QJsonObject{{"record_uuid", uuid},
                                                   {"field", "sports_area_outdoor"},
                                                   {"text", "运动场面积与上年相差太大，请核实。"}}});
    ASSERT_EQ(returned.status, 200) << returned.body.toStdString();
    EXPECT_EQ(returned.json.value("submission").toObject().value("state").toString(), "returned");
    EXPECT_EQ(decide(m_town, "approve").errorCode(), "review.state") << "waiting for the school";

    feed = events(m_school);
    ASSERT_EQ(feed.size(), 2);
    const QJsonObject back = feed.at(1).toObject();
    EXPECT_EQ(back.value("state").toString(), "returned");
    EXPECT_EQ(back.value("by").toObject().value("name").toString(), "王审核");
    EXPECT_EQ(back.value("by").toObject().value("role").toString(), "town");
    EXPECT_FALSE(back.value("at").toString().isEmpty());
    const QJsonObject comment = back.value("comments").toArray().at(0).toObject();
    EXPECT_EQ(comment.value("field").toString(), "sports_area_outdoor");
    EXPECT_EQ(comment.value("record_uuid").toString(), uuid);
    EXPECT_TRUE(events(m_otherTown).isEmpty()) << "another town hears nothing of this school";

    // The school corrects and sends again: submitted again. A decision on the old submission is stale.
    const qint64 seenSeq = feed.at(0).toObject().value("seq").toInteger();
    QJsonObject corrected = validS4Payload();
    corrected.insert("sports_area_outdoor", 9000);
    ASSERT_EQ(pushOne(wireRecord(uuid, School, "S4", corrected, 2, 1), m_school).value("outcome").toString(),
              "applied");
    feed = events(m_town);
    ASSERT_EQ(feed.size(), 3);
    EXPECT_EQ(feed.at(2).toObject().value("state").toString(), "submitted");
    QJsonObject stale{{"cycle", "2025"},       {"school_code", School}, {"form_id", "S4"},
                      {"decision", "approve"}, {"reviewer", "王审核"},  {"submitted_seq", seenSeq}};
    EXPECT_EQ(m_server.postJson("/api/v1/reviews", stale, m_town).errorCode(), "review.stale");
    stale.insert("submitted_seq", feed.at(2).toObject().value("seq"));
    const HttpReply approved = m_server.postJson("/api/v1/reviews", stale, m_town);
    ASSERT_EQ(approved.status, 200) << approved.body.toStdString();
    EXPECT_EQ(approved.json.value("submission").toObject().value("state").toString(), "approved");

    // The county's completeness and the history: four state changes, each with who.
    const QJsonObject table = m_server.get("/api/v1/completeness", m_county).json;
    for (const QJsonValue &value : table.value("schools").toArray()) {
        const QJsonObject school = value.toObject();
        const QString state =
            school.value("forms").toObject().value("S4").toObject().value("state").toString();
        EXPECT_EQ(state,
                  school.value("code").toString() == QLatin1String(School) ? "approved" : "not_started");
        EXPECT_FALSE(school.value("name").toString().isEmpty());
        EXPECT_FALSE(school.value("town_name").toString().isEmpty());
        EXPECT_FALSE(school.value("forms").toObject().contains("C1")) << "a county form";
    }
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM review_events WHERE kind = 'review'"), 4);
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'review.%'"), 2);
}

TEST_F(ReviewTest, TheSchoolListAndCompletenessKeepToTheCallersScope)
{
    auto codes = [&](const QString &token) {
        QStringList list;
        for (const QJsonValue &school :
             m_server.get("/api/v1/schools", token).json.value("schools").toArray())
            list.append(school.toObject().value("code").toString());
        return list;
    };
    EXPECT_EQ(codes(m_school), QStringList{School});
    const QStringList town = codes(m_town);
    EXPECT_TRUE(town.contains(School));
    EXPECT_FALSE(town.contains(OtherTownSchool));
    const QStringList county = codes(m_county);
    EXPECT_TRUE(county.contains(OtherTownSchool));
    EXPECT_GT(county.size(), town.size());
    EXPECT_EQ(m_server.get("/api/v1/completeness", m_town).json.value("schools").toArray().size(),
              town.size());
    EXPECT_EQ(m_server.get("/api/v1/completeness?cycle=nope", m_town).errorCode(), "cycle.unknown");
}
