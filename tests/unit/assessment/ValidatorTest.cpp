#include "Validator.h"
#include "FormCatalog.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

const FormDefinition &form(const char *id)
{
    static const FormCatalog catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
    return *catalog.find(id);
}

QJsonObject completeS4()
{
    return QJsonObject{{"teaching_area", 8200.5},
                       {"sports_area_outdoor", 12000},
                       {"sports_area_indoor", 0},
                       {"equipment_value", 3600000},
                       {"multimedia_rooms", 36},
                       {"music_rooms", 2},
                       {"music_room_areas", QJsonArray{96, 102.5}},
                       {"art_rooms", 1},
                       {"art_room_areas", QJsonArray{90}},
                       {"classes", 36}};
}

} // namespace

TEST(Validator, ACompleteS4HasNoIssues)
{
    const ValidationReport report = Validator::validate(form("S4"), completeS4());
    EXPECT_TRUE(report.issues.isEmpty()) << report.issues.value(0).message.toStdString();
}

TEST(Validator, AMissingRequiredFieldIsAHardErrorNamingIt)
{
    QJsonObject payload = completeS4();
    payload.remove("teaching_area");
    const ValidationReport report = Validator::validate(form("S4"), payload);
    ASSERT_EQ(report.hardCount(), 1);
    EXPECT_EQ(report.missingCount(), 1);
    EXPECT_EQ(report.issues.first().fieldId, "teaching_area");
    EXPECT_EQ(report.issues.first().message, QStringLiteral("「教学及辅助用房面积」必须填写。"));
}

TEST(Validator, OutOfRangeSaysTheValueAndTheAllowedRange)
{
    QJsonObject payload = completeS4();
    payload["teaching_area"] = -5;
    const auto issues = Validator::validate(form("S4"), payload).forField("teaching_area");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().severity, Severity::Hard);
    EXPECT_EQ(issues.first().message,
              QStringLiteral("「教学及辅助用房面积」填写的是 -5 ㎡，允许范围 0 – 500000 ㎡。请核对后改正。"));
}

TEST(Validator, OutsideTheUsualRangeIsOnlyAWarning)
{
    QJsonObject payload = completeS4();
    payload["teaching_area"] = 90000;
    const ValidationReport report = Validator::validate(form("S4"), payload);
    EXPECT_FALSE(report.hasHardErrors());
    ASSERT_EQ(report.softCount(), 1);
    EXPECT_TRUE(report.issues.first().message.contains(QStringLiteral("高于通常的 60000 ㎡")));
}

TEST(Validator, TooManyDecimalsIsRefused)
{
    QJsonObject payload = completeS4();
    payload["teaching_area"] = 100.125;
    const auto issues = Validator::validate(form("S4"), payload).forField("teaching_area");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().ruleId, "precision");
}

TEST(Validator, TextThatIsNotANumberIsKeptAndReported)
{
    const FormField &field = *form("S4").field("multimedia_rooms");
    const QJsonValue value = Validator::parseInput(field, "三十");
    EXPECT_EQ(value.toString(), QStringLiteral("三十"));
    QJsonObject payload = completeS4();
    payload["multimedia_rooms"] = value;
    const auto issues = Validator::validate(form("S4"), payload).forField("multimedia_rooms");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().message, QStringLiteral("「网络多媒体教室」应填写整数，“三十”不是整数。"));
}

TEST(Validator, ParseInputReadsFullWidthDigitsAndThousandsSeparators)
{
    const FormField &field = *form("S4").field("equipment_value");
    EXPECT_EQ(Validator::parseInput(field, QStringLiteral(" １２，３４５．５ ")).toDouble(), 12345.5);
    EXPECT_EQ(Validator::parseInput(field, "3,600,000").toDouble(), 3600000.0);
    EXPECT_TRUE(Validator::parseInput(field, "  ").isNull());
}

TEST(Validator, ListCountMustMatchTheRoomCount)
{
    QJsonObject payload = completeS4();
    payload["music_rooms"] = 3;
    const ValidationReport report = Validator::validate(form("S4"), payload);
    ASSERT_EQ(report.hardCount(), 1);
    EXPECT_EQ(report.issues.first().ruleId, "music_areas_count");
    EXPECT_TRUE(report.issues.first().message.contains(QStringLiteral("3 间")));
}

TEST(Validator, ASmallMusicRoomIsAWarning)
{
    QJsonObject payload = completeS4();
    payload["music_room_areas"] =
        Validator::parseInput(*form("S4").field("music_room_areas"), QStringLiteral("80、102.5"));
    const ValidationReport report = Validator::validate(form("S4"), payload);
    EXPECT_FALSE(report.hasHardErrors());
    ASSERT_EQ(report.softCount(), 1);
    EXPECT_TRUE(report.issues.first().message.startsWith(QStringLiteral("第 1 个：")));
}

TEST(Validator, JuniorGradesAreNotAskedOfAPrimarySchool)
{
    const FormDefinition &s1 = form("S1");
    const QJsonObject primary{{"school_type", "primary"}};
    const QJsonObject junior{{"school_type", "junior"}};
    EXPECT_FALSE(Validator::isRelevant(*s1.field("students_g7"), primary));
    EXPECT_TRUE(Validator::isRelevant(*s1.field("students_g7"), junior));
    const auto report = Validator::validate(s1, primary);
    EXPECT_TRUE(report.forField("students_g7").isEmpty());
    EXPECT_FALSE(report.forField("students_g1").isEmpty());
}

TEST(Validator, ASubsetCannotExceedItsTotal)
{
    const FormDefinition &s1 = form("S1");
    const QJsonObject payload{{"new_entrants", 100}, {"new_entrants_zoned", 120}};
    const auto issues = Validator::validate(s1, payload).forField("new_entrants_zoned");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(
        issues.first().message,
        QStringLiteral("「其中：就近划片入学人数」（120）不能大于「本学年新生人数」（100）。请核对这几项。"));
}

TEST(Validator, ChoicesAcceptTheirChineseLabel)
{
    const FormField &type = *form("S1").field("school_type");
    EXPECT_EQ(Validator::parseInput(type, QStringLiteral("九年一贯制学校")).toString(), "nine_year");
    const QJsonObject payload{{"school_type", "university"}};
    const auto issues = Validator::validateField(type, payload);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues.first().message.contains(QStringLiteral("可选：小学、初中")));
}
