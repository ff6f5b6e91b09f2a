// The compact push reply: applied records as runs, the rest in full, tied to its batch by a digest.
#include "PushReply.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace junheng::protocol;

namespace {

QList<PushResult> results(const QList<std::pair<Outcome, qint64>> &outcomes)
{
    QList<PushResult> list;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        PushResult result;
        result.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        result.revision = 1;
        result.outcome = outcomes.at(i).first;
        result.seq = outcomes.at(i).second;
        if (result.outcome == Outcome::Rejected)
            result.error = {QStringLiteral("record.invalid"), QStringLiteral("不对")};
        list.append(result);
    }
    return list;
}

QList<SentKey> keys(const QList<PushResult> &list)
{
    QList<SentKey> sent;
    for (const PushResult &result : list)
        sent.append({result.uuid, result.revision});
    return sent;
}

} // namespace

TEST(PushReplyTest, AppliedRunsBreakOnAnotherOutcomeAndOnAGapInSeq)
{
    const auto list = results({{Outcome::Applied, 10},
                               {Outcome::Applied, 11},
                               {Outcome::Duplicate, 4},
                               {Outcome::Applied, 12},
                               {Outcome::Applied, 20},
                               {Outcome::Rejected, 0}});
    const QJsonObject reply = compactPushReply(list);
    EXPECT_EQ(reply.value("applied").toArray(),
              (QJsonArray{QJsonArray{0, 2, 10}, QJsonArray{3, 1, 12}, QJsonArray{4, 1, 20}}));
    EXPECT_EQ(reply.value("results").toArray().size(), 2);

    auto read = readCompactPushReply(reply, keys(list));
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    ASSERT_EQ(read->size(), list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        EXPECT_EQ(read->at(i).uuid, list.at(i).uuid);
        EXPECT_EQ(read->at(i).outcome, list.at(i).outcome);
        EXPECT_EQ(read->at(i).seq, list.at(i).seq);
    }
    EXPECT_EQ(read->at(5).error.code, "record.invalid");
}

TEST(PushReplyTest, AReplyThatDoesNotAnswerEveryRecordExactlyOnceIsRefused)
{
    const auto list = results({{Outcome::Applied, 1}, {Outcome::Applied, 2}, {Outcome::Applied, 3}});
    const QJsonObject good = compactPushReply(list);
    ASSERT_TRUE(readCompactPushReply(good, keys(list)).ok());

    QJsonObject shortRun = good;
    shortRun.insert("applied", QJsonArray{QJsonArray{0, 2, 1}});
    EXPECT_FALSE(readCompactPushReply(shortRun, keys(list)).ok());

    QJsonObject twice = good;
    twice.insert("applied", QJsonArray{QJsonArray{0, 3, 1}, QJsonArray{2, 1, 3}});
    EXPECT_FALSE(readCompactPushReply(twice, keys(list)).ok());

    QJsonObject outside = good;
    outside.insert("applied", QJsonArray{QJsonArray{1, 3, 1}});
    EXPECT_FALSE(readCompactPushReply(outside, keys(list)).ok());

    QList<SentKey> other = keys(list);
    other[1].revision = 2;
    auto wrongBatch = readCompactPushReply(good, other);
    ASSERT_FALSE(wrongBatch.ok());
    EXPECT_EQ(wrongBatch.error().code, "protocol.reply");

    EXPECT_FALSE(readCompactPushReply(QJsonObject{{"results", QJsonArray{}}}, keys(list)).ok());
}
