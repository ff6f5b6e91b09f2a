// R1–R7 per unit, the 6-of-7 rule with its 85% floor, gaps and plans: hand-computed cases.
#include "ResourceIndicators.h"

#include "EngineFixtures.h"
#include <functional>

using namespace junheng;
using namespace junheng::test;

namespace {

UnitAssessment assessOnly(const SchoolData &school, const char *profileId = "national")
{
    const QList<ResourceUnit> units = ResourceUnit::build(school);
    EXPECT_EQ(units.size(), 1);
    return ResourceIndicators::assess(units.first(), profile(profileId));
}

const ItemResult &indicator(const UnitAssessment &a, const char *code)
{
    for (const ItemResult &item : a.indicators)
        if (item.code == QLatin1String(code))
            return item;
    ADD_FAILURE() << "no indicator " << code;
    return a.indicators.first();
}

} // namespace

TEST(ResourceIndicators, ExactlyAtEveryThresholdPasses)
{
    const UnitAssessment a = assessOnly(primaryAtThreshold());
    ASSERT_EQ(a.indicators.size(), 7);
    const double expected[] = {4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3};
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(a.indicators[i].state, ItemState::Pass) << a.indicators[i].code.toStdString();
        EXPECT_NEAR(*a.indicators[i].value, expected[i], 1e-9);
    }
    EXPECT_EQ(a.rule.state, ItemState::Pass);
    EXPECT_TRUE(a.gaps.isEmpty());
    EXPECT_TRUE(a.plan.isEmpty());
    EXPECT_EQ(indicator(a, "R1").threshold->source.contains(QStringLiteral("教督〔2017〕6号")), true);
    EXPECT_EQ(indicator(a, "R1").threshold->profileId, QStringLiteral("national"));
}

TEST(ResourceIndicators, JustBelowOneThresholdStillPassesTheRule)
{
    SchoolData s = primaryAtThreshold();
    s.facilities->teachingArea = 4499; // 4.499 < 4.5, but above 85%
    const UnitAssessment a = assessOnly(s);
    EXPECT_EQ(indicator(a, "R4").state, ItemState::Fail);
    EXPECT_EQ(a.rule.state, ItemState::Pass);
    EXPECT_EQ(*a.rule.value, 6);
    ASSERT_EQ(a.gaps.size(), 1);
    EXPECT_EQ(a.gaps[0].amount, 1);
    EXPECT_EQ(a.gaps[0].text, QStringLiteral("增加 1 ㎡ 教学及辅助用房"));
    EXPECT_TRUE(a.floorGaps.isEmpty());
    EXPECT_TRUE(a.plan.isEmpty());
}

TEST(ResourceIndicators, OneTeacherShortGivesATeacherGap)
{
    SchoolData s = primaryAtThreshold();
    s.teachers[20].degree = QStringLiteral("secondary_vocational"); // 41 of 42 with 专科+
    s.teachers[21].degree = QStringLiteral("high_school");          // 40
    const UnitAssessment a = assessOnly(s);
    EXPECT_NEAR(*indicator(a, "R1").value, 4.0, 1e-9);
    ASSERT_EQ(a.gaps.size(), 1);
    EXPECT_EQ(a.gaps[0].code, QStringLiteral("R1"));
    EXPECT_EQ(a.gaps[0].amount, 2);
    EXPECT_EQ(a.gaps[0].text, QStringLiteral("增加 2 名专科及以上学历的专任教师"));
}

TEST(ResourceIndicators, BelowTheEightyFivePercentFloorFailsTheUnit)
{
    SchoolData s = primaryAtThreshold();
    s.facilities->teachingArea = 3824; // 3.824 < 0.85 × 4.5 = 3.825
    const UnitAssessment a = assessOnly(s);
    EXPECT_EQ(a.rule.state, ItemState::Fail);
    ASSERT_EQ(a.gaps.size(), 1);
    EXPECT_EQ(a.gaps[0].amount, 676);
    ASSERT_EQ(a.floorGaps.size(), 1);
    EXPECT_EQ(a.floorGaps[0].amount, 1);
    ASSERT_EQ(a.plan.size(), 1);
    EXPECT_TRUE(a.plan[0].toFloor);
    EXPECT_EQ(a.plan[0].amount, 1);
}

TEST(ResourceIndicators, ExactlyAtTheFloorPasses)
{
    SchoolData s = primaryAtThreshold();
    s.facilities->teachingArea = 3825;
    EXPECT_EQ(assessOnly(s).rule.state, ItemState::Pass);
}

TEST(ResourceIndicators, TwoBelowThresholdFailAndThePlanFixesTheSmallerShortfall)
{
    SchoolData s = primaryAtThreshold();
    s.facilities->teachingArea = 4000;      // R4 4.0: 11.1% short
    s.facilities->sportsAreaOutdoor = 5500; // R5 7.0: 6.7% short
    const UnitAssessment a = assessOnly(s);
    EXPECT_EQ(a.rule.state, ItemState::Fail);
    EXPECT_EQ(a.gaps.size(), 2);
    // Leave R4 (the larger shortfall, already above 85%) and bring R5 to its threshold.
    ASSERT_EQ(a.plan.size(), 1);
    EXPECT_EQ(a.plan[0].code, QStringLiteral("R5"));
    EXPECT_EQ(a.plan[0].amount, 500);
    EXPECT_FALSE(a.plan[0].toFloor);
    const UnitAssessment after = ResourceIndicators::assess(
        ResourceIndicators::withAdditions(ResourceUnit::build(s).first(), a.plan), profile());
    EXPECT_EQ(after.rule.state, ItemState::Pass);
}

TEST(ResourceIndicators, ZeroStudentsIsNotComputedNeverZero)
{
    const UnitAssessment a = assessOnly(primaryAtThreshold(0));
    for (const ItemResult &item : a.indicators) {
        EXPECT_EQ(item.state, ItemState::NotComputed);
        EXPECT_FALSE(item.value.has_value());
        EXPECT_TRUE(item.detail.contains(QStringLiteral("学生数为 0")));
    }
    EXPECT_EQ(a.rule.state, ItemState::NotComputed);
}

TEST(ResourceIndicators, MissingFacilitiesFormLeavesR4ToR7NotComputed)
{
    SchoolData s = primaryAtThreshold();
    s.facilities.reset();
    const UnitAssessment a = assessOnly(s);
    EXPECT_EQ(indicator(a, "R1").state, ItemState::Pass);
    for (const char *code : {"R4", "R5", "R6", "R7"}) {
        EXPECT_EQ(indicator(a, code).state, ItemState::NotComputed);
        EXPECT_EQ(indicator(a, code).missing, QStringList{"S4"});
    }
    EXPECT_EQ(a.rule.state, ItemState::NotComputed);
    EXPECT_TRUE(a.rule.detail.contains(QStringLiteral("S4")));
}

TEST(ResourceIndicators, MissingFieldIsNamed)
{
    SchoolData s = primaryAtThreshold();
    s.facilities->equipmentValue.reset();
    const UnitAssessment a = assessOnly(s);
    EXPECT_EQ(indicator(a, "R6").state, ItemState::NotComputed);
    EXPECT_EQ(indicator(a, "R6").missing, QStringList{"S4.equipment_value"});
    EXPECT_EQ(indicator(a, "R4").state, ItemState::Pass);
}

TEST(ResourceIndicators, MissingTeacherRosterLeavesR1ToR3NotComputed)
{
    SchoolData s = primaryAtThreshold();
    s.hasTeachers = false;
    s.teachers.clear();
    const UnitAssessment a = assessOnly(s);
    for (const char *code : {"R1", "R2", "R3"})
        EXPECT_EQ(indicator(a, code).missing, QStringList{"S3"});
}

TEST(ResourceIndicators, TwoFailingDecideTheRuleEvenWithAMissingForm)
{
    SchoolData s = primaryAtThreshold();
    s.hasTeachers = false;
    s.facilities->teachingArea = 4000;
    s.facilities->sportsAreaOutdoor = 5500;
    EXPECT_EQ(assessOnly(s).rule.state, ItemState::Fail);
}

TEST(ResourceIndicators, MissingProfileExcludesTheSchool)
{
    SchoolData s = primaryAtThreshold();
    s.profile.reset();
    QString why;
    EXPECT_TRUE(ResourceUnit::build(s, &why).isEmpty());
    EXPECT_TRUE(why.contains(QStringLiteral("S1")));
}

TEST(ResourceIndicators, MissingGradeCountIsNamed)
{
    SchoolData s = primaryAtThreshold();
    s.profile->students[2].reset();
    const UnitAssessment a = assessOnly(s);
    EXPECT_EQ(indicator(a, "R4").state, ItemState::NotComputed);
    EXPECT_EQ(indicator(a, "R4").missing, QStringList{"S1.students_g3"});
}

TEST(ResourceIndicators, SpecialSchoolsAndSmallTeachingPointsAreOutside)
{
    SchoolData special = primaryAtThreshold();
    special.profile->schoolType = QStringLiteral("special");
    QString why;
    EXPECT_TRUE(ResourceUnit::build(special, &why).isEmpty());
    EXPECT_TRUE(why.contains(QStringLiteral("特殊教育学校")));

    SchoolData point = primaryAtThreshold(49);
    point.profile->schoolType = QStringLiteral("teaching_point");
    EXPECT_TRUE(ResourceUnit::build(point).isEmpty());
    SchoolData point50 = primaryAtThreshold(50);
    point50.profile->schoolType = QStringLiteral("teaching_point");
    EXPECT_EQ(ResourceUnit::build(point50).size(), 1);
}

TEST(ResourceIndicators, NineYearSchoolSplitsByStudentNumbers)
{
    SchoolData s = primaryAtThreshold();
    s.profile->schoolType = QStringLiteral("nine_year");
    for (int g = 0; g < 9; ++g)
        s.profile->students[g] = 100; // 600 primary, 300 junior under 六三制
    s.facilities->teachingArea = 4500;
    s.teachers.clear();
    for (int i = 0; i < 30; ++i)
        s.teachers << teacher(QStringLiteral("bachelor"), QStringLiteral("math"), QStringLiteral("none"),
                              i < 20 ? QStringLiteral("primary") : QStringLiteral("junior"));
    s.teachers << teacher(QStringLiteral("junior_college"), QStringLiteral("pe"), QStringLiteral("none"),
                          QStringLiteral("junior")); // 专科 does not count for junior R1
    const QList<ResourceUnit> units = ResourceUnit::build(s);
    ASSERT_EQ(units.size(), 2);
    EXPECT_EQ(*units[0].students, 600);
    EXPECT_EQ(*units[1].students, 300);
    EXPECT_NEAR(units[0].share, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(*ResourceIndicators::value(units[0], "R4"), 5.0, 1e-9); // 3000 ㎡ / 600
    EXPECT_NEAR(*ResourceIndicators::value(units[1], "R4"), 5.0, 1e-9); // 1500 ㎡ / 300
    EXPECT_NEAR(*ResourceIndicators::value(units[0], "R1"), 20.0 / 600 * 100, 1e-9);
    EXPECT_NEAR(*ResourceIndicators::value(units[1], "R1"), 10.0 / 300 * 100, 1e-9);
    EXPECT_NEAR(*ResourceIndicators::value(units[1], "R3"), 1.0 / 300 * 100, 1e-9);
    const UnitAssessment junior = ResourceIndicators::assess(units[1], profile());
    EXPECT_NEAR(junior.indicators[3].threshold->value, 5.8, 1e-12); // junior thresholds apply
}

TEST(ResourceIndicators, NineYearSchoolSplitsByGivenShareAndFiveFourSystem)
{
    SchoolData s = primaryAtThreshold();
    s.profile->schoolType = QStringLiteral("nine_year");
    s.profile->schoolSystem = QStringLiteral("5_4");
    for (int g = 0; g < 9; ++g)
        s.profile->students[g] = 100; // 500 primary, 400 junior under 五四制
    s.facilities->primaryShare = 60;
    for (TeacherRow &t : s.teachers)
        t.stage = QStringLiteral("primary");
    const QList<ResourceUnit> units = ResourceUnit::build(s);
    ASSERT_EQ(units.size(), 2);
    EXPECT_EQ(*units[0].students, 500);
    EXPECT_EQ(*units[1].students, 400);
    EXPECT_NEAR(*ResourceIndicators::value(units[0], "R4"), 2700.0 / 500, 1e-9);
    EXPECT_NEAR(*ResourceIndicators::value(units[1], "R4"), 1800.0 / 400, 1e-9);
    EXPECT_NEAR(*ResourceIndicators::value(units[1], "R1"), 0, 1e-12);
}

TEST(ResourceIndicators, NineYearTeacherWithoutStageIsNotGuessed)
{
    SchoolData s = primaryAtThreshold();
    s.profile->schoolType = QStringLiteral("nine_year");
    for (int g = 6; g < 9; ++g)
        s.profile->students[g] = 100;
    const QList<ResourceUnit> units = ResourceUnit::build(s);
    ASSERT_EQ(units.size(), 2);
    const UnitAssessment a = ResourceIndicators::assess(units[0], profile());
    EXPECT_EQ(a.indicators[0].state, ItemState::NotComputed);
    EXPECT_TRUE(a.indicators[0].detail.contains(QStringLiteral("42 名教师未填任教学段")));
}

TEST(ResourceIndicators, JuniorSchoolUsesJuniorDegreeAndThresholds)
{
    SchoolData s = primaryAtThreshold();
    s.profile->schoolType = QStringLiteral("junior");
    for (int g = 0; g < 9; ++g)
        s.profile->students[g] = g < 6 ? 0 : 100;
    const UnitAssessment a = assessOnly(s);
    EXPECT_EQ(a.unit.stage, Stage::Junior);
    EXPECT_EQ(*a.unit.students, 300);
    EXPECT_NEAR(*a.indicators[0].value, 0, 1e-12); // 专科 teachers do not count for 初中
    EXPECT_EQ(a.gaps[0].text, QStringLiteral("增加 16 名本科及以上学历的专任教师")); // 5.3 × 3 = 15.9
}

TEST(ResourceIndicators, EveryIndicatorJustBelowGivesItsOwnGap)
{
    struct Case
    {
        const char *code;
        std::function<void(SchoolData &)> change;
        const char *gap;
    };
    const QList<Case> cases{
        {"R1", [](SchoolData &s) { s.teachers[0].degree = QStringLiteral("secondary_vocational"); },
         "增加 1 名专科及以上学历的专任教师"},
        {"R2", [](SchoolData &s) { s.teachers[41].backbone = QStringLiteral("school"); },
         "增加 1 名县级以上骨干教师"},
        {"R3", [](SchoolData &s) { s.teachers[0].subject = QStringLiteral("chinese"); },
         "增加 1 名体育、音乐或美术专任教师"},
        {"R4", [](SchoolData &s) { s.facilities->teachingArea = 4499.5; }, "增加 1 ㎡ 教学及辅助用房"},
        {"R5", [](SchoolData &s) { s.facilities->sportsAreaIndoor = 1000; }, "增加 500 ㎡ 体育运动场馆"},
        {"R6", [](SchoolData &s) { s.facilities->equipmentValue = 1999999; }, "增加 ¥1 教学仪器设备"},
        {"R7", [](SchoolData &s) { s.facilities->multimediaRooms = 22; }, "增加 1 间网络多媒体教室"},
    };
    for (const Case &c : cases) {
        SchoolData s = primaryAtThreshold();
        c.change(s);
        const UnitAssessment a = assessOnly(s);
        ASSERT_EQ(a.gaps.size(), 1) << c.code;
        EXPECT_EQ(a.gaps[0].code, QLatin1String(c.code));
        EXPECT_EQ(a.gaps[0].text, QString::fromUtf8(c.gap)) << c.code;
        EXPECT_EQ(indicator(a, c.code).state, ItemState::Fail) << c.code;
        EXPECT_EQ(a.rule.state, ItemState::Pass) << c.code; // one below, above 85%
    }
}

TEST(ResourceIndicators, ThresholdsComeFromTheChosenProfile)
{
    ThresholdProfile county = profile();
    county.set("R4.primary", 5.0, QStringLiteral("某县文件"));
    const UnitAssessment a =
        ResourceIndicators::assess(ResourceUnit::build(primaryAtThreshold()).first(), county);
    EXPECT_EQ(indicator(a, "R4").state, ItemState::Fail);
    EXPECT_EQ(indicator(a, "R4").threshold->source, QStringLiteral("某县文件"));
}
