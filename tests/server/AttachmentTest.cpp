// Attachments uploaded in chunks: each chunk checked against its SHA-256, resumable (the server says what
// it has), committed only when whole and matching; scope checked like everything else.
#include "AttachmentService.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace junheng::server;
using namespace junheng::server::test;

namespace {

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

class AttachmentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.ready()) << m_server.setupError().toStdString();
        m_token = m_server.enrol("3703990101");
        // 2.5 chunks of varied bytes.
        for (int i = 0; m_file.size() < AttachmentService::ChunkBytes * 5 / 2; ++i)
            m_file += QByteArray::number(i * 7919) + ',';
        m_file.truncate(AttachmentService::ChunkBytes * 5 / 2);
    }

    HttpReply begin(const QString &school = "3703990101", const QByteArray &hash = {})
    {
        return m_server.postJson(
            "/api/v1/attachments",
            QJsonObject{{"id", m_id},
                        {"school_code", school},
                        {"record_uuid", m_record},
                        {"file_name", "校舍照片.jpg"},
                        {"size", m_file.size()},
                        {"sha256", QString::fromLatin1(hash.isEmpty() ? sha256(m_file) : hash)}},
            m_token);
    }

    HttpReply put(int chunk, const QByteArray &hash = {})
    {
        const QByteArray data =
            m_file.mid(qsizetype(chunk) * AttachmentService::ChunkBytes, AttachmentService::ChunkBytes);
        return m_server.send("PUT", QStringLiteral("/api/v1/attachments/%1/chunks/%2").arg(m_id).arg(chunk),
                             data, m_token, {{"X-Chunk-SHA256", hash.isEmpty() ? sha256(data) : hash}});
    }

    static QList<int> received(const HttpReply &reply)
    {
        QList<int> list;
        for (const QJsonValue &chunk : reply.json.value("received").toArray())
            list.append(chunk.toInt());
        return list;
    }

    int count(const QString &sql)
    {
        QSqlQuery query(m_server.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    TestServer m_server;
    QString m_token;
    QString m_id = newUuid();
    QString m_record = newUuid();
    QByteArray m_file;
};

} // namespace

TEST_F(AttachmentTest, ChunksAreResumableAndTheFileIsCommittedOnlyWhenWhole)
{
    const HttpReply started = begin();
    ASSERT_EQ(started.status, 200) << started.body.toStdString();
    EXPECT_EQ(started.json.value("chunk_count").toInt(), 3);
    EXPECT_EQ(received(started), QList<int>());
    ASSERT_EQ(put(0).status, 200);
    ASSERT_EQ(put(2).status, 200);
    EXPECT_EQ(put(2).status, 200); // a retried chunk changes nothing

    // After a "crash" the device asks (or begins again) and learns what is missing.
    EXPECT_EQ(received(m_server.get("/api/v1/attachments/" + m_id, m_token)), (QList<int>{0, 2}));
    EXPECT_EQ(received(begin()), (QList<int>{0, 2}));
    const HttpReply early = m_server.post("/api/v1/attachments/" + m_id + "/commit", {}, m_token);
    EXPECT_EQ(early.status, 409);
    EXPECT_EQ(early.errorCode(), "attachment.incomplete");
    EXPECT_TRUE(early.errorMessage().contains("第 1 块")) << early.errorMessage().toStdString();
    EXPECT_EQ(count("SELECT COUNT(*) FROM attachments WHERE committed_at IS NOT NULL"), 0);

    ASSERT_EQ(put(1).status, 200);
    const HttpReply committed = m_server.post("/api/v1/attachments/" + m_id + "/commit", {}, m_token);
    ASSERT_EQ(committed.status, 200) << committed.body.toStdString();
    EXPECT_TRUE(committed.json.value("committed").toBool());
    EXPECT_EQ(m_server.post("/api/v1/attachments/" + m_id + "/commit", {}, m_token).status, 200);
    QSqlQuery query(m_server.database().connection());
    ASSERT_TRUE(query.exec("SELECT content FROM attachments") && query.next());
    EXPECT_EQ(query.value(0).toByteArray(), m_file);
    EXPECT_EQ(count("SELECT COUNT(*) FROM attachment_chunks"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'attachment'"), 1);
}

TEST_F(AttachmentTest, ACorruptChunkOrAWrongWholeIsRefusedAndNothingIsCommitted)
{
    ASSERT_EQ(begin("3703990101", QByteArray(64, 'a')).status, 200);
    const HttpReply corrupt = put(0, QByteArray(64, 'b'));
    EXPECT_EQ(corrupt.status, 422);
    EXPECT_EQ(corrupt.errorCode(), "attachment.chunk_mismatch");
    EXPECT_EQ(count("SELECT COUNT(*) FROM attachment_chunks"), 0);
    const HttpReply shortChunk = m_server.send("PUT", "/api/v1/attachments/" + m_id + "/chunks/0", "abc",
                                               m_token, {{"X-Chunk-SHA256", sha256("abc")}});
    EXPECT_EQ(shortChunk.status, 400);
    for (int chunk = 0; chunk < 3; ++chunk)
        ASSERT_EQ(put(chunk).status, 200);
    // Every chunk matched, but the whole is not what was announced.
    const HttpReply commit = m_server.post("/api/v1/attachments/" + m_id + "/commit", {}, m_token);
    EXPECT_EQ(commit.status, 422);
    EXPECT_EQ(commit.errorCode(), "attachment.checksum_mismatch");
    EXPECT_EQ(count("SELECT COUNT(*) FROM attachments WHERE committed_at IS NOT NULL"), 0);
}

TEST_F(AttachmentTest, AnotherSchoolCanNeitherStartNorReachAnUpload)
{
    EXPECT_EQ(begin("3703990102").status, 403);
    ASSERT_EQ(begin().status, 200);
    const QString other = m_server.enrol("3703990102");
    const HttpReply state = m_server.get("/api/v1/attachments/" + m_id, other);
    EXPECT_EQ(state.status, 403);
    EXPECT_EQ(state.errorCode(), "scope.forbidden");
    EXPECT_EQ(m_server.post("/api/v1/attachments/" + m_id + "/commit", {}, other).status, 403);
    EXPECT_EQ(m_server.get("/api/v1/attachments/" + newUuid(), m_token).status, 404);
    EXPECT_EQ(m_server.get("/api/v1/attachments/" + m_id).status, 401);
}
