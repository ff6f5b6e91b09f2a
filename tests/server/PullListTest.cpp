// GET /api/v1/changes (pull by cursor) and GET /api/v1/records (listing), both limited to the scope.
#include "TestServer.h"

#include <QJsonArray>
#include <QSet>
#include <gtest/gtest.h>

using namespace junheng;
using namespace junheng::server;
using namespace junheng::server::test;

namespace {

const QString SchoolA = QStringLiteral("3703990101"); // 城关街道
const QString SchoolB = QStringLiteral("3703990102"); // 城关街道
const QString SchoolC = QStringLiteral("3703990301"); // 西湖镇

class ServerPullListTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString();
        m_county = m_server.enrol("370399");
        ASSERT_FALSE(m_county.isEmpty());
    }

    // Pushes S1 and S4 of a school as the county; returns the seqs.
    QList<qint64> pushSchool(const QString &school, const QString &cycle = QStringLiteral("2025"))
    {
        const HttpReply reply =
            m_server.postJson("/api/v1/records/push",
                              pushBody({wireRecord(newUuid(), school, "S1", validS1Payload(), 1, 0, cycle),
                                        wireRecord(newUuid(), school, "S4", validS4Payload(), 1, 0, cycle)}),
                              m_county);
        QList<qint64> seqs;
        for (const QJsonValue &result : reply.json.value("results").toArray())
            seqs.append(result.toObject().value("seq").toInteger());
        return seqs;
    }

    protocol::PullReply pull(const QString &token, const QString &query)
    {
        const HttpReply reply = m_server.get("/api/v1/changes" + query, token);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        auto parsed = protocol::PullReply::fromJson(reply.json);
        EXPECT_TRUE(parsed.ok()) << reply.body.toStdString();
        return parsed.ok() ? parsed.value() : protocol::PullReply{};
    }

    TestServer m_server;
    QString m_county;
};

QSet<QString> schoolsOf(const protocol::PullReply &reply)
{
    QSet<QString> schools;
    for (const protocol::Change &change : reply.changes)
        schools.insert(change.record.schoolCode);
    return schools;
}

} // namespace

TEST_F(ServerPullListTest, SchoolPullsOnlyItsOwnChangesAfterTheCursor)
{
    const QString tokenA = m_server.enrol(SchoolA);
    pushSchool(SchoolA);
    pushSchool(SchoolB);
    const protocol::PullReply first = pull(tokenA, "?since=0");
    ASSERT_EQ(first.changes.size(), 2);
    EXPECT_EQ(schoolsOf(first), QSet<QString>{SchoolA});
    EXPECT_EQ(first.changes[0].seq, 1);
    EXPECT_EQ(first.changes[1].seq, 2);
    EXPECT_EQ(first.changes[0].record.status, "sent");
    EXPECT_EQ(first.nextCursor, 2);
    EXPECT_FALSE(first.more);

    const QList<qint64> later = pushSchool(SchoolA, "2024");
    pushSchool(SchoolC);
    const protocol::PullReply second = pull(tokenA, QStringLiteral("?since=%1").arg(first.nextCursor));
    ASSERT_EQ(second.changes.size(), 2);
    EXPECT_EQ(second.changes[0].seq, later[0]);
    EXPECT_EQ(second.changes[1].seq, later[1]);
    EXPECT_EQ(second.nextCursor, later[1]);

    const protocol::PullReply none = pull(tokenA, QStringLiteral("?since=%1").arg(second.nextCursor));
    EXPECT_TRUE(none.changes.isEmpty());
    EXPECT_EQ(none.nextCursor, second.nextCursor);
}

TEST_F(ServerPullListTest, TownPullsItsSchoolsAndTheCountyAll)
{
    pushSchool(SchoolA);
    pushSchool(SchoolB);
    pushSchool(SchoolC);
    const protocol::PullReply town = pull(m_server.enrol("370399001"), "");
    EXPECT_EQ(town.changes.size(), 4);
    EXPECT_EQ(schoolsOf(town), (QSet<QString>{SchoolA, SchoolB}));
    const protocol::PullReply county = pull(m_county, "?since=0");
    EXPECT_EQ(county.changes.size(), 6);
}

TEST_F(ServerPullListTest, LimitPagesWithMore)
{
    pushSchool(SchoolA);
    pushSchool(SchoolB);
    const protocol::PullReply page = pull(m_county, "?since=0&limit=3");
    ASSERT_EQ(page.changes.size(), 3);
    EXPECT_TRUE(page.more);
    EXPECT_EQ(page.nextCursor, 3);
    const protocol::PullReply rest = pull(m_county, "?since=3&limit=3");
    ASSERT_EQ(rest.changes.size(), 1);
    EXPECT_FALSE(rest.more);
    EXPECT_EQ(rest.nextCursor, 4);
}

TEST_F(ServerPullListTest, BadCursorIs400)
{
    for (const QString query : {"?since=abc", "?since=-1", "?limit=0"}) {
        const HttpReply reply = m_server.get("/api/v1/changes" + query, m_county);
        EXPECT_EQ(reply.status, 400) << query.toStdString();
        EXPECT_EQ(reply.errorCode(), "request.invalid");
    }
}

TEST_F(ServerPullListTest, CountyListsTheCurrentRevisionOfEveryRecord)
{
    const QString uuid = newUuid();
    m_server.postJson("/api/v1/records/push",
                      pushBody({wireRecord(uuid, SchoolA, "S1", validS1Payload(300))}), m_county);
    m_server.postJson("/api/v1/records/push",
                      pushBody({wireRecord(uuid, SchoolA, "S1", validS1Payload(305), 2, 1)}), m_county);
    pushSchool(SchoolC);
    const HttpReply all = m_server.get("/api/v1/records", m_county);
    ASSERT_EQ(all.status, 200);
    const QJsonArray records = all.json.value("records").toArray();
    ASSERT_EQ(records.size(), 3);
    const QJsonObject first = records.at(0).toObject();
    EXPECT_EQ(first.value("uuid").toString(), uuid);
    EXPECT_EQ(first.value("revision").toInt(), 2);
    EXPECT_EQ(first.value("payload").toObject().value("students_g1").toInt(), 305);

    const HttpReply s4 = m_server.get("/api/v1/records?form=S4", m_county);
    ASSERT_EQ(s4.json.value("records").toArray().size(), 1);
    EXPECT_EQ(s4.json.value("records").toArray().at(0).toObject().value("school_code").toString(), SchoolC);
    const HttpReply one = m_server.get("/api/v1/records?school=" + SchoolA, m_county);
    EXPECT_EQ(one.json.value("records").toArray().size(), 1);
}

TEST_F(ServerPullListTest, ListingIsLimitedToTheScope)
{
    pushSchool(SchoolA);
    pushSchool(SchoolC);
    const QString town = m_server.enrol("370399003"); // 西湖镇
    const HttpReply mine = m_server.get("/api/v1/records", town);
    ASSERT_EQ(mine.status, 200);
    const QJsonArray records = mine.json.value("records").toArray();
    ASSERT_EQ(records.size(), 2);
    for (const QJsonValue &record : records)
        EXPECT_EQ(record.toObject().value("school_code").toString(), SchoolC);
    const HttpReply other = m_server.get("/api/v1/records?school=" + SchoolA, town);
    EXPECT_EQ(other.status, 403);
    EXPECT_EQ(other.errorCode(), "scope.forbidden");
    const HttpReply school = m_server.get("/api/v1/records", m_server.enrol(SchoolA));
    EXPECT_EQ(school.json.value("records").toArray().size(), 2);
}
