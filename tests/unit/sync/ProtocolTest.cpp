#include "Protocol.h"

#include <gtest/gtest.h>

using namespace junheng;

namespace {

QJsonObject validRecord()
{
    protocol::WireRecord record;
    record.uuid = "3f2a9a4e-1c0b-4d5e-9f8a-0123456789ab";
    record.formId = "S4";
    record.formVersion = 1;
    record.schoolCode = "3703990101";
    record.cycle = "2025";
    record.status = "finalised";
    record.revision = 1;
    record.payload = QJsonObject{{"classes", 36}, {"teaching_area", 8200.5}};
    record.payloadHash = protocol::payloadHash(record.payload);
    record.updatedAt = QDateTime(QDate(2026, 11, 23), QTime(8, 15), Qt::UTC);
    return record.toJson();
}

} // namespace

TEST(Protocol, TheHashIgnoresKeyOrderAndIsLowerCaseHex)
{
    const QJsonObject a{{"b", 2}, {"a", 1}};
    QJsonObject b;
    b.insert("a", 1);
    b.insert("b", 2);
    EXPECT_EQ(protocol::payloadHash(a), protocol::payloadHash(b));
    EXPECT_EQ(protocol::payloadHash(a).size(), 64);
    // sha256sum of the canonical text {"a":1,"b":2}
    EXPECT_EQ(protocol::payloadHash(a), "43258cff783fe7036d8a43033f830adfc60ec037382473548ac742b888292777");
}

TEST(Protocol, ARecordRoundTrips)
{
    auto parsed = protocol::WireRecord::fromJson(validRecord(), "第 1 条记录");
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->toJson(), validRecord());
}

TEST(Protocol, AMissingFieldIsNamedWithTheRecord)
{
    QJsonObject object = validRecord();
    object.remove("payload_hash");
    auto parsed = protocol::WireRecord::fromJson(object, "第 3 条记录");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, "request.invalid");
    EXPECT_EQ(parsed.error().message, QStringLiteral("第 3 条记录：缺少字段 payload_hash，或它不是文字。"));
}

TEST(Protocol, ABaseRevisionMustBeBelowTheRevision)
{
    QJsonObject object = validRecord();
    object["base_revision"] = 1;
    EXPECT_FALSE(protocol::WireRecord::fromJson(object, "x").ok());
}

TEST(Protocol, AnUpperCaseUuidIsRefused)
{
    QJsonObject object = validRecord();
    object["uuid"] = "3F2A9A4E-1C0B-4D5E-9F8A-0123456789AB";
    EXPECT_FALSE(protocol::WireRecord::fromJson(object, "x").ok());
}

TEST(Protocol, APushResultRoundTripsWithItsError)
{
    protocol::PushResult result;
    result.uuid = "3f2a9a4e-1c0b-4d5e-9f8a-0123456789ab";
    result.revision = 2;
    result.outcome = protocol::Outcome::Rejected;
    result.error = {"scope.forbidden", QStringLiteral("不是本校的记录。")};
    auto parsed = protocol::PushResult::fromJson(result.toJson());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->outcome, protocol::Outcome::Rejected);
    EXPECT_EQ(parsed->error.code, "scope.forbidden");
    EXPECT_EQ(parsed->error.message, QStringLiteral("不是本校的记录。"));
}

TEST(Protocol, AnErrorBodyIsRecognised)
{
    const QJsonObject body = protocol::errorBody({"auth.invalid", QStringLiteral("登记已失效。")});
    const auto error = protocol::parseErrorBody(body);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->code, "auth.invalid");
    EXPECT_FALSE(protocol::parseErrorBody(QJsonObject{{"status", "ok"}}).has_value());
}
