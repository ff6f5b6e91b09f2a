// A push batch decided as a whole (one lookup of its uuids, multi-row inserts): records of one batch that
// meet each other, the compact reply, and a pull that leaves out the device's own changes.
#include "EnrolmentService.h"
#include "PushReply.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace junheng;
using namespace junheng::server;
using namespace junheng::server::test;

namespace {

const QString School = QStringLiteral("3703990101");

class ServerPushBatchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString();
        m_token = m_server.enrol(School);
        ASSERT_FALSE(m_token.isEmpty());
    }

    QList<protocol::PushResult> push(const QList<QJsonObject> &records, const QString &token = {})
    {
        const HttpReply reply =
            m_server.postJson("/api/v1/records/push", pushBody(records), token.isEmpty() ? m_token : token);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        QList<protocol::PushResult> results;
        for (const QJsonValue &value : reply.json.value("results").toArray())
            results.append(protocol::PushResult::fromJson(value.toObject()).value());
        EXPECT_EQ(results.size(), records.size());
        return results;
    }

    // A second tablet of the school, with a code of its own (the demo code is used once).
    QString secondTablet()
    {
        auto code = EnrolmentService(m_server.database().connection()).issueCode("school", School);
        EXPECT_TRUE(code.ok());
        const HttpReply reply = m_server.postJson("/api/v1/enrol", QJsonObject{{"code", code.value()}});
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json.value("token").toString();
    }

    int count(const QString &sql)
    {
        QSqlQuery query(m_server.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    TestServer m_server;
    QString m_token;
};

QJsonObject s4(double area)
{
    QJsonObject payload = validS4Payload();
    payload.insert("teaching_area", area);
    return payload;
}

} // namespace

TEST_F(ServerPushBatchTest, TwoRevisionsOfOneRecordInOneBatchAreBothApplied)
{
    const QString uuid = newUuid();
    const auto results = push(
        {wireRecord(uuid, School, "S4", s4(8000), 1, 0), wireRecord(uuid, School, "S4", s4(8100), 2, 1)});
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].outcome, protocol::Outcome::Applied);
    EXPECT_EQ(results[1].outcome, protocol::Outcome::Applied);
    EXPECT_EQ(results[1].seq, results[0].seq + 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM records WHERE uuid = '" + uuid + "'"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'push'"), 2);
}

TEST_F(ServerPushBatchTest, TheSameRevisionTwiceInOneBatchIsStoredOnceAndAnsweredWithItsSeq)
{
    const QString uuid = newUuid();
    const QJsonObject record = wireRecord(uuid, School, "S4", s4(8000));
    const auto results = push({record, record, wireRecord(uuid, School, "S4", s4(9000))});
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results[0].outcome, protocol::Outcome::Applied);
    EXPECT_EQ(results[1].outcome, protocol::Outcome::Duplicate);
    EXPECT_EQ(results[1].seq, results[0].seq);
    // The same revision with other content, in the same batch: the first one stays, shown as the server's.
    EXPECT_EQ(results[2].outcome, protocol::Outcome::Conflict);
    EXPECT_EQ(results[2].error.code, "record.revision_reused");
    ASSERT_TRUE(results[2].serverRecord.has_value());
    EXPECT_EQ(results[2].serverRecord->payload.value("teaching_area").toDouble(), 8000);
    EXPECT_EQ(results[2].serverRecord->status, "sent");
    EXPECT_EQ(count("SELECT COUNT(*) FROM records WHERE uuid = '" + uuid + "'"), 1);
}

TEST_F(ServerPushBatchTest, TwoSingleRecordFormsOfASchoolInOneBatchAreAConflict)
{
    const QString first = newUuid();
    const auto results = push({wireRecord(first, School, "S4", s4(8000), 1, 0, "2030"),
                               wireRecord(newUuid(), School, "S4", s4(8200), 1, 0, "2030")});
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].outcome, protocol::Outcome::Applied);
    EXPECT_EQ(results[1].outcome, protocol::Outcome::Conflict);
    EXPECT_EQ(results[1].error.code, "record.duplicate_single");
    ASSERT_TRUE(results[1].serverRecord.has_value());
    EXPECT_EQ(results[1].serverRecord->uuid, first);
    EXPECT_EQ(count("SELECT COUNT(*) FROM records WHERE cycle = '2030'"), 1);
}

TEST_F(ServerPushBatchTest, CompactReplyGivesRunsOfAppliedRecordsAndTheRestInFull)
{
    QList<QJsonObject> records;
    QList<protocol::SentKey> sent;
    for (int i = 0; i < 5; ++i) {
        QJsonObject record =
            wireRecord(newUuid(), School, "S4", s4(8000 + i), 1, 0, QString::number(2040 + i));
        if (i == 2)
            record.insert("payload_hash", QString(64, QLatin1Char('0'))); // rejected: hash mismatch
        records.append(record);
        sent.append({record.value("uuid").toString(), 1});
    }
    QJsonObject body = pushBody(records);
    body.insert("reply", "compact");
    const HttpReply reply = m_server.postJson("/api/v1/records/push", body, m_token);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json.value("batch").toString(), protocol::batchDigest(sent));
    EXPECT_EQ(reply.json.value("applied").toArray(), (QJsonArray{QJsonArray{0, 2, 1}, QJsonArray{3, 2, 3}}));
    ASSERT_EQ(reply.json.value("results").toArray().size(), 1);
    EXPECT_EQ(reply.json.value("results").toArray().at(0).toObject().value("index").toInt(), 2);

    auto results = protocol::readCompactPushReply(reply.json, sent);
    ASSERT_TRUE(results.ok()) << results.error().message.toStdString();
    ASSERT_EQ(results->size(), 5);
    EXPECT_EQ(results->at(2).outcome, protocol::Outcome::Rejected);
    EXPECT_EQ(results->at(2).error.code, "record.hash_mismatch");
    EXPECT_EQ(results->at(4).outcome, protocol::Outcome::Applied);
    EXPECT_EQ(results->at(4).uuid, sent.at(4).uuid);
    EXPECT_EQ(results->at(4).seq, 4);
    EXPECT_EQ(count("SELECT seq FROM records WHERE uuid = '" + sent.at(4).uuid + "'"), 4);

    // The reply of another batch (one record more, or in another order) is refused by the device.
    sent.swapItemsAt(0, 1);
    EXPECT_FALSE(protocol::readCompactPushReply(reply.json, sent).ok());
}

TEST_F(ServerPushBatchTest, PullWithSkipOwnLeavesOutTheDevicesOwnChangesAndMovesTheCursorPastThem)
{
    const QString other = secondTablet();
    ASSERT_FALSE(other.isEmpty());
    push({wireRecord(newUuid(), School, "S4", s4(8000), 1, 0, "2050")});
    const QString theirs = newUuid();
    push({wireRecord(theirs, School, "S4", s4(8100), 1, 0, "2051")}, other);
    push({wireRecord(newUuid(), School, "S4", s4(8200), 1, 0, "2052")});

    const HttpReply mine = m_server.get("/api/v1/changes?since=0&skip_own=1", m_token);
    ASSERT_EQ(mine.status, 200) << mine.body.toStdString();
    auto reply = protocol::PullReply::fromJson(mine.json);
    ASSERT_TRUE(reply.ok());
    ASSERT_EQ(reply->changes.size(), 1);
    EXPECT_EQ(reply->changes[0].record.uuid, theirs);
    EXPECT_EQ(reply->nextCursor, 3);
    EXPECT_FALSE(reply->more);

    const HttpReply none = m_server.get("/api/v1/changes?since=3&skip_own=1", m_token);
    EXPECT_EQ(none.json.value("changes").toArray().size(), 0);
    EXPECT_EQ(none.json.value("next_cursor").toInteger(), 3);
    // Without skip_own the device's own changes come back as before.
    EXPECT_EQ(m_server.get("/api/v1/changes?since=0", m_token).json.value("changes").toArray().size(), 3);
    EXPECT_EQ(m_server.get("/api/v1/changes?since=0&skip_own=2", m_token).status, 400);
}

TEST_F(ServerPushBatchTest, PullWithSkipOwnPagesThroughOthersChanges)
{
    const QString other = secondTablet();
    ASSERT_FALSE(other.isEmpty());
    for (int i = 0; i < 3; ++i) {
        push({wireRecord(newUuid(), School, "S4", s4(8000 + i), 1, 0, QString::number(2060 + i))}, other);
        push({wireRecord(newUuid(), School, "S4", s4(9000 + i), 1, 0, QString::number(2070 + i))});
    }
    const HttpReply page = m_server.get("/api/v1/changes?since=0&limit=2&skip_own=1", m_token);
    auto first = protocol::PullReply::fromJson(page.json);
    ASSERT_TRUE(first.ok());
    ASSERT_EQ(first->changes.size(), 2);
    EXPECT_TRUE(first->more);
    EXPECT_EQ(first->nextCursor, first->changes[1].seq);
    const HttpReply rest = m_server.get(
        QStringLiteral("/api/v1/changes?since=%1&limit=2&skip_own=1").arg(first->nextCursor), m_token);
    auto second = protocol::PullReply::fromJson(rest.json);
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(second->changes.size(), 1);
    EXPECT_FALSE(second->more);
    EXPECT_EQ(second->nextCursor, 6);
}

TEST_F(ServerPushBatchTest, PullHintsSayWhetherThereAreEventsOrANewSchoolListToPull)
{
    const HttpReply first = m_server.get("/api/v1/changes?since=0&skip_own=1&hints=1", m_token);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    // The latest review event in the school's scope is the last one its events feed gives.
    const QJsonArray events = m_server.get("/api/v1/events?since=0", m_token).json.value("events").toArray();
    const qint64 lastEvent = events.isEmpty() ? 0 : events.last().toObject().value("seq").toInteger();
    EXPECT_EQ(first.json.value("events_latest").toInteger(-1), lastEvent);
    const QString digest = first.json.value("schools_digest").toString();
    EXPECT_EQ(digest.size(), 64);

    // The same list gives the same digest; a change to the school's entry gives another.
    EXPECT_EQ(m_server.get("/api/v1/changes?since=0&skip_own=1&hints=1", m_token)
                  .json.value("schools_digest")
                  .toString(),
              digest);
    QSqlQuery query(m_server.database().connection());
    ASSERT_TRUE(query.exec("UPDATE schools SET students = students + 1 WHERE code = '" + School + "'"));
    EXPECT_NE(m_server.get("/api/v1/changes?since=0&skip_own=1&hints=1", m_token)
                  .json.value("schools_digest")
                  .toString(),
              digest);

    // Without hints=1 (older devices) the reply is as before; a page with more to come has none.
    EXPECT_FALSE(m_server.get("/api/v1/changes?since=0&skip_own=1", m_token).json.contains("schools_digest"));
    const QString other = secondTablet();
    push({wireRecord(newUuid(), School, "S4", s4(8000), 1, 0, "2080")}, other);
    push({wireRecord(newUuid(), School, "S4", s4(8100), 1, 0, "2081")}, other);
    const HttpReply page = m_server.get("/api/v1/changes?since=0&limit=1&skip_own=1&hints=1", m_token);
    EXPECT_TRUE(page.json.value("more").toBool());
    EXPECT_FALSE(page.json.contains("events_latest"));
    EXPECT_EQ(m_server.get("/api/v1/changes?since=0&hints=2", m_token).status, 400);
}
