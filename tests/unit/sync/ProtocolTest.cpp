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

TEST(Protocol, AUuidMustBeEightFourFourFourTwelveHex)
{
    for (const char *bad :
         {"3f2a9a4e-1c0b-4d5e-9f8a-0123456789a", "3f2a9a4e-1c0b-4d5e-9f8a-0123456789abc",
          "3f2a9a4e_1c0b-4d5e-9f8a-0123456789ab", "3f2a9a4e-1c0b-4d5e-9f8a-0123456789ag",
          "3f2a9a4e1-c0b-4d5e-9f8a-0123456789ab", "3f2a9a4e-1c0b-4d5e-9f8a-０123456789ab"}) {
        QJsonObject object = validRecord();
        object["uuid"] = QString::fromUtf8(bad);
        EXPECT_FALSE(protocol::WireRecord::fromJson(object, "x").ok()) << bad;
    }
    QJsonObject object = validRecord();
    object["uuid"] = "00000000-0000-4000-8000-fedcba987654";
    EXPECT_TRUE(protocol::WireRecord::fromJson(object, "x").ok());
}

TEST(Protocol, TimesAreWrittenAndReadAsQtReadsIsoDates)
{
    // The usual form, read and written by hand, must agree with Qt's ISO 8601 in both directions.
    const QDateTime utc(QDate(2026, 2, 28), QTime(23, 59, 58, 999), Qt::UTC);
    EXPECT_EQ(protocol::isoTime(utc), QStringLiteral("2026-02-28T23:59:58Z"));
    EXPECT_EQ(protocol::isoTime(utc), utc.toString(Qt::ISODate));
    const QDateTime beijing(QDate(2026, 1, 1), QTime(7, 5, 9), Qt::OffsetFromUTC, 8 * 3600);
    EXPECT_EQ(protocol::isoTime(beijing), QStringLiteral("2025-12-31T23:05:09Z"));
    EXPECT_EQ(protocol::isoTime(QDateTime()), QDateTime().toString(Qt::ISODate));
    for (const char *text : {"2026-11-23T08:15:00Z", "2024-02-29T00:00:00Z", "2026-11-23T08:15:00.250Z",
                             "2026-11-23T16:15:00+08:00", "2026-11-23T24:00:00Z", "2026-02-30T08:00:00Z",
                             "2026-11-23T08:60:00Z", "2026-1a-23T08:15:00Z", "2026-11-23 08:15:00Z"}) {
        const QString iso = QString::fromLatin1(text);
        const QDateTime expected = QDateTime::fromString(iso, Qt::ISODate).toUTC();
        EXPECT_EQ(protocol::parseIsoTime(iso), expected) << text;
        EXPECT_EQ(protocol::parseIsoTime(iso).isValid(), expected.isValid()) << text;
    }
    EXPECT_EQ(protocol::parseIsoTime(QStringLiteral("2026-11-23T08:15:00Z")),
              QDateTime(QDate(2026, 11, 23), QTime(8, 15), Qt::UTC));
    EXPECT_FALSE(protocol::parseIsoTime(QStringLiteral("2026-02-30T08:00:00Z")).isValid());
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
