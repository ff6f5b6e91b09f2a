// POST /api/v1/records/push: the outcome table of docs/protocol.md, one behaviour per test.
#include "EnrolmentService.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace junheng;
using namespace junheng::server;
using namespace junheng::server::test;

namespace {

const QString School = QStringLiteral("3703990101");      // 云溪县实验小学, 城关街道
const QString OtherSchool = QStringLiteral("3703990201"); // 云溪县第二实验小学, 东城街道

class ServerPushTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString();
        m_token = m_server.enrol(School);
        ASSERT_FALSE(m_token.isEmpty());
    }

    HttpReply push(const QList<QJsonObject> &records)
    {
        return m_server.postJson("/api/v1/records/push", pushBody(records), m_token);
    }

    QJsonObject result(const HttpReply &reply, int index) const
    {
        return reply.json.value("results").toArray().at(index).toObject();
    }

    int count(const QString &sql)
    {
        QSqlQuery query(m_server.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    TestServer m_server;
    QString m_token;
};

} // namespace

TEST_F(ServerPushTest, NewRecordIsAppliedWithASeqAndStoredAsSent)
{
    const QString uuid = newUuid();
    const HttpReply reply = push({wireRecord(uuid, School, "S1", validS1Payload())});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    ASSERT_EQ(reply.json.value("results").toArray().size(), 1);
    auto applied = protocol::PushResult::fromJson(result(reply, 0));
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(applied->uuid, uuid);
    EXPECT_EQ(applied->revision, 1);
    EXPECT_EQ(applied->outcome, protocol::Outcome::Applied);
    EXPECT_EQ(applied->seq, 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM records WHERE status = 'sent' AND uuid = '" + uuid + "'"), 1);
}

TEST_F(ServerPushTest, SameBatchTwiceIsDuplicateAndStoredOnce)
{
    const QList<QJsonObject> batch{wireRecord(newUuid(), School, "S1", validS1Payload()),
                                   wireRecord(newUuid(), School, "S4", validS4Payload())};
    const HttpReply first = push(batch);
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(result(first, 0).value("outcome").toString(), "applied");
    EXPECT_EQ(result(first, 1).value("outcome").toString(), "applied");
    const HttpReply second = push(batch);
    ASSERT_EQ(second.status, 200);
    for (int i = 0; i < 2; ++i) {
        EXPECT_EQ(result(second, i).value("outcome").toString(), "duplicate");
        EXPECT_EQ(result(second, i).value("seq").toInteger(), result(first, i).value("seq").toInteger());
    }
    EXPECT_EQ(count("SELECT COUNT(*) FROM records"), 2);
}

TEST_F(ServerPushTest, SameRevisionWithAnotherPayloadIsConflictRevisionReused)
{
    const QString uuid = newUuid();
    ASSERT_EQ(
        result(push({wireRecord(uuid, School, "S1", validS1Payload(300))}), 0).value("outcome").toString(),
        "applied");
    const HttpReply reply = push({wireRecord(uuid, School, "S1", validS1Payload(301))});
    const QJsonObject conflict = result(reply, 0);
    EXPECT_EQ(conflict.value("outcome").toString(), "conflict");
    EXPECT_EQ(conflict.value("error").toObject().value("code").toString(), "record.revision_reused");
    const QJsonObject server = conflict.value("server_record").toObject();
    EXPECT_EQ(server.value("payload").toObject().value("students_g1").toInt(), 300);
    EXPECT_EQ(server.value("status").toString(), "sent");
    EXPECT_EQ(count("SELECT COUNT(*) FROM records"), 1);
}

TEST_F(ServerPushTest, NextRevisionOnTheCurrentOneIsApplied)
{
    const QString uuid = newUuid();
    push({wireRecord(uuid, School, "S1", validS1Payload(300))});
    const HttpReply reply = push({wireRecord(uuid, School, "S1", validS1Payload(310), 2, 1)});
    EXPECT_EQ(result(reply, 0).value("outcome").toString(), "applied");
    EXPECT_EQ(result(reply, 0).value("seq").toInteger(), 2);
}

TEST_F(ServerPushTest, StaleBaseIsConflictWithTheServersCopy)
{
    const QString uuid = newUuid();
    push({wireRecord(uuid, School, "S1", validS1Payload(300))});
    auto code = EnrolmentService(m_server.database().connection()).issueCode("school", School);
    ASSERT_TRUE(code.ok());
    const QString otherTablet =
        m_server.postJson("/api/v1/enrol", QJsonObject{{"code", code.value()}, {"device_name", "tablet 2"}})
            .json.value("token")
            .toString();
    ASSERT_FALSE(otherTablet.isEmpty());
    m_server.postJson("/api/v1/records/push",
                      pushBody({wireRecord(uuid, School, "S1", validS1Payload(310), 2, 1)}),
                      otherTablet); // another tablet of the school moved it on
    const HttpReply reply = push({wireRecord(uuid, School, "S1", validS1Payload(320), 3, 1)});
    const QJsonObject conflict = result(reply, 0);
    EXPECT_EQ(conflict.value("outcome").toString(), "conflict");
    EXPECT_EQ(conflict.value("error").toObject().value("code").toString(), "record.stale_base");
    auto server = protocol::WireRecord::fromJson(conflict.value("server_record").toObject(), "server_record");
    ASSERT_TRUE(server.ok()) << server.error().message.toStdString();
    EXPECT_EQ(server->revision, 2);
    EXPECT_EQ(server->payload.value("students_g1").toInt(), 310);
    EXPECT_EQ(server->payloadHash, protocol::payloadHash(server->payload));
    EXPECT_EQ(count("SELECT COUNT(*) FROM records WHERE uuid = '" + uuid + "'"), 2);
}

TEST_F(ServerPushTest, AnEditOnARevisionWhoseReplyWasLostBuildsOnTheDevicesOwnRevision)
{
    // Revision 2 was applied but the reply never reached the tablet, which then edited again: revision 3
    // still names 1 as its base. The revisions past the base are the tablet's own, so it is applied.
    const QString uuid = newUuid();
    push({wireRecord(uuid, School, "S1", validS1Payload(300))});
    push({wireRecord(uuid, School, "S1", validS1Payload(310), 2, 1)});
    const HttpReply reply = push({wireRecord(uuid, School, "S1", validS1Payload(320), 3, 1)});
    EXPECT_EQ(result(reply, 0).value("outcome").toString(), "applied") << reply.body.toStdString();
    EXPECT_EQ(count("SELECT COUNT(*) FROM records WHERE uuid = '" + uuid + "'"), 3);
}

TEST_F(ServerPushTest, SecondSingleRecordFormOfASchoolIsConflictDuplicateSingle)
{
    const QString first = newUuid();
    push({wireRecord(first, School, "S1", validS1Payload())});
    const HttpReply reply = push({wireRecord(newUuid(), School, "S1", validS1Payload(200))});
    const QJsonObject conflict = result(reply, 0);
    EXPECT_EQ(conflict.value("outcome").toString(), "conflict");
    EXPECT_EQ(conflict.value("error").toObject().value("code").toString(), "record.duplicate_single");
    EXPECT_EQ(conflict.value("server_record").toObject().value("uuid").toString(), first);
    // Another cycle is another record.
    EXPECT_EQ(result(push({wireRecord(newUuid(), School, "S1", validS1Payload(), 1, 0, "2024")}), 0)
                  .value("outcome")
                  .toString(),
              "applied");
}

TEST_F(ServerPushTest, BadRecordsAreRejectedWhileTheRestOfTheBatchIsApplied)
{
    QJsonObject tampered = wireRecord(newUuid(), School, "S4", validS4Payload());
    tampered.insert("payload_hash", QString(64, '0'));
    QJsonObject invalidPayload = validS1Payload();
    invalidPayload.insert("founded_year", 1800);
    invalidPayload.remove("school_system");
    const QList<QJsonObject> batch{
        tampered,
        wireRecord(newUuid(), OtherSchool, "S1", validS1Payload()),
        wireRecord(newUuid(), School, "S1", validS1Payload()),
        wireRecord(newUuid(), School, "X9", QJsonObject{{"a", 1}}),
        wireRecord(newUuid(), School, "S1", invalidPayload, 1, 0, "2024"),
    };
    const HttpReply reply = push(batch);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    ASSERT_EQ(reply.json.value("results").toArray().size(), 5);
    const QStringList expected{"record.hash_mismatch", "scope.forbidden", "", "form.unknown",
                               "record.invalid"};
    for (int i = 0; i < 5; ++i) {
        const QJsonObject item = result(reply, i);
        EXPECT_EQ(item.value("uuid").toString(), batch[i].value("uuid").toString());
        EXPECT_EQ(item.value("outcome").toString(), expected[i].isEmpty() ? "applied" : "rejected") << i;
        EXPECT_EQ(item.value("error").toObject().value("code").toString(), expected[i]) << i;
    }
    const QString scopeMessage = result(reply, 1).value("error").toObject().value("message").toString();
    EXPECT_TRUE(scopeMessage.contains(OtherSchool)) << scopeMessage.toStdString();
    const QString invalid = result(reply, 4).value("error").toObject().value("message").toString();
    EXPECT_TRUE(invalid.contains("1800")) << invalid.toStdString();
    EXPECT_TRUE(invalid.contains("学制")) << invalid.toStdString();
    EXPECT_EQ(count("SELECT COUNT(*) FROM records"), 1);
}

TEST_F(ServerPushTest, MalformedJsonIs400AndStoresNothing)
{
    const HttpReply reply = m_server.post("/api/v1/records/push", "{\"records\": [", m_token);
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.errorCode(), "request.invalid");
    EXPECT_EQ(count("SELECT COUNT(*) FROM records"), 0);
}

TEST_F(ServerPushTest, NoRecordsArrayIs400)
{
    const HttpReply reply = m_server.postJson("/api/v1/records/push", QJsonObject{{"record", 1}}, m_token);
    EXPECT_EQ(reply.status, 400);
    EXPECT_TRUE(reply.errorMessage().contains("records"));
}

TEST_F(ServerPushTest, MissingFieldNamesTheRecordIndexAndStoresNothing)
{
    QJsonObject broken = wireRecord(newUuid(), School, "S4", validS4Payload());
    broken.remove("payload_hash");
    const HttpReply reply =
        push({wireRecord(newUuid(), School, "S1", validS1Payload()),
              wireRecord(newUuid(), School, "S1", validS1Payload(), 1, 0, "2024"), broken});
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(reply.errorCode(), "request.invalid");
    EXPECT_TRUE(reply.errorMessage().contains("第 3 条记录")) << reply.errorMessage().toStdString();
    EXPECT_TRUE(reply.errorMessage().contains("payload_hash")) << reply.errorMessage().toStdString();
    EXPECT_EQ(count("SELECT COUNT(*) FROM records"), 0);
}

TEST_F(ServerPushTest, BatchOverTheLimitIs413AndStoresNothing)
{
    QList<QJsonObject> batch;
    for (int i = 0; i <= protocol::MaxBatchRecords; ++i)
        batch.append(wireRecord(newUuid(), School, "S1", validS1Payload(), 1, 0, QString::number(1000 + i)));
    const HttpReply reply = push(batch);
    EXPECT_EQ(reply.status, 413);
    EXPECT_EQ(reply.errorCode(), "record.batch_too_large");
    EXPECT_TRUE(reply.errorMessage().contains(QString::number(protocol::MaxBatchRecords + 1)))
        << reply.errorMessage().toStdString();
    EXPECT_EQ(count("SELECT COUNT(*) FROM records"), 0);
}

TEST_F(ServerPushTest, FullBatchOfTheLimitIsApplied)
{
    QList<QJsonObject> batch;
    for (int i = 0; i < protocol::MaxBatchRecords; ++i)
        batch.append(wireRecord(newUuid(), School, "S1", validS1Payload(), 1, 0, QString::number(1000 + i)));
    const HttpReply reply = push(batch);
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(result(reply, protocol::MaxBatchRecords - 1).value("seq").toInteger(),
              protocol::MaxBatchRecords);
    EXPECT_EQ(count("SELECT COUNT(*) FROM records"), protocol::MaxBatchRecords);
}

TEST_F(ServerPushTest, TownDeviceMayPushForItsSchoolsOnly)
{
    const QString town = m_server.enrol("370399001");
    const HttpReply reply =
        m_server.postJson("/api/v1/records/push",
                          pushBody({wireRecord(newUuid(), "3703990102", "S1", validS1Payload()),
                                    wireRecord(newUuid(), OtherSchool, "S1", validS1Payload())}),
                          town);
    EXPECT_EQ(result(reply, 0).value("outcome").toString(), "applied");
    EXPECT_EQ(result(reply, 1).value("error").toObject().value("code").toString(), "scope.forbidden");
}

TEST_F(ServerPushTest, FormVersionTheServerDoesNotHaveIsFormUnknown)
{
    QJsonObject record = wireRecord(newUuid(), School, "S1", validS1Payload());
    record.insert("form_version", 7);
    const QJsonObject rejected = result(push({record}), 0);
    EXPECT_EQ(rejected.value("outcome").toString(), "rejected");
    EXPECT_EQ(rejected.value("error").toObject().value("code").toString(), "form.unknown");
    EXPECT_TRUE(rejected.value("error").toObject().value("message").toString().contains("7"));
}

TEST_F(ServerPushTest, OnlyFinalisedRecordsAreAccepted)
{
    QJsonObject record = wireRecord(newUuid(), School, "S1", validS1Payload());
    record.insert("status", "draft");
    const QJsonObject rejected = result(push({record}), 0);
    EXPECT_EQ(rejected.value("error").toObject().value("code").toString(), "record.invalid");
    EXPECT_EQ(count("SELECT COUNT(*) FROM records"), 0);
}

TEST_F(ServerPushTest, ARecordCannotMoveToAnotherSchool)
{
    const QString county = m_server.enrol("370399");
    const QString uuid = newUuid();
    push({wireRecord(uuid, School, "S1", validS1Payload())});
    const HttpReply reply =
        m_server.postJson("/api/v1/records/push",
                          pushBody({wireRecord(uuid, OtherSchool, "S1", validS1Payload(), 2, 1)}), county);
    EXPECT_EQ(result(reply, 0).value("error").toObject().value("code").toString(), "record.invalid");
    EXPECT_EQ(count("SELECT COUNT(*) FROM records"), 1);
}
