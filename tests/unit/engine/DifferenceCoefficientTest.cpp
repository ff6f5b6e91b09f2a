// The enrolment-weighted difference coefficient, town and county tables, and "what if".
#include "DifferenceCoefficient.h"
#include "EngineFixtures.h"

#include <cmath>

using namespace junheng;
using namespace junheng::test;

TEST(DifferenceCoefficient, PublishedExampleIsWeighted)
{
    // DOMAIN §4.1: books per student in five schools; published as 0.52 (0.5153), unweighted would be 0.489.
    const QList<WeightedValue> values{
        {45, 279.0 / 45}, {37, 137.0 / 37}, {89, 935.0 / 89}, {76, 160.0 / 76}, {55, 402.0 / 55}};
    const auto cv = differenceCoefficient(values);
    ASSERT_TRUE(cv);
    EXPECT_NEAR(cv->mean, 6.334, 0.0005);
    EXPECT_NEAR(cv->cv, 0.5153, 0.00005);
    EXPECT_GT(std::abs(cv->cv - 0.489), 0.02);
}

TEST(DifferenceCoefficient, EqualValuesGiveZeroAndNoStudentsGiveNothing)
{
    EXPECT_NEAR(differenceCoefficient({{100, 5}, {300, 5}})->cv, 0, 1e-12);
    EXPECT_FALSE(differenceCoefficient({}));
    EXPECT_FALSE(differenceCoefficient({{0, 5}}));
    EXPECT_FALSE(differenceCoefficient({{10, 0}, {20, 0}})); // mean 0: undefined
}

namespace {

ResourceUnit unit(const QString &code, int students, double area)
{
    SchoolData s = primaryAtThreshold(students);
    s.code = code;
    s.name = code;
    // Scale the at-threshold school so only R4 differs between schools.
    const double k = students / 1000.0;
    s.facilities->teachingArea = area;
    s.facilities->sportsAreaOutdoor = 6000 * k;
    s.facilities->sportsAreaIndoor = 1500 * k;
    s.facilities->equipmentValue = 2000000 * k;
    s.facilities->multimediaRooms = int(std::ceil(23 * k));
    s.teachers.clear();
    for (int i = 0; i < int(std::ceil(42 * k)); ++i)
        s.teachers << teacher(QStringLiteral("bachelor"),
                              i < 9 * k ? QStringLiteral("pe") : QStringLiteral("math"),
                              i < 10 * k ? QStringLiteral("county") : QStringLiteral("none"));
    return ResourceUnit::build(s).first();
}

} // namespace

TEST(DifferenceCoefficient, CountyTableJudgesEachIndicatorAgainstTheStageLimit)
{
    const QList<ResourceUnit> units{unit("A", 1000, 3000), unit("B", 500, 3000), unit("C", 500, 2500)};
    const AreaAssessment area =
        AreaAssessment::compute(QStringLiteral("云溪县"), Stage::Primary, units, profile());
    EXPECT_EQ(area.units, 3);
    const AreaIndicator &r4 = area.indicators[3];
    EXPECT_EQ(r4.code, QStringLiteral("R4"));
    EXPECT_NEAR(r4.coefficient->mean, 4.25, 1e-12);
    EXPECT_NEAR(*r4.result.value, 0.305656024865096, 1e-12);
    EXPECT_EQ(r4.result.state, ItemState::Pass); // ≤ 0.50
    EXPECT_EQ(r4.result.threshold->key, QStringLiteral("cv.primary"));
    const AreaAssessment junior =
        AreaAssessment::compute(QStringLiteral("云溪县"), Stage::Junior, units, profile());
    EXPECT_EQ(junior.units, 0);
    EXPECT_EQ(junior.indicators[0].result.state, ItemState::NotComputed);
}

TEST(DifferenceCoefficient, UnitsWithMissingDataAreLeftOutAndNamed)
{
    ResourceUnit missing = unit("D", 400, 2000);
    missing.teachingArea.reset();
    const QList<ResourceUnit> units{unit("A", 1000, 3000), unit("B", 500, 3000), unit("C", 500, 2500),
                                    missing};
    const AreaAssessment area =
        AreaAssessment::compute(QStringLiteral("城关镇"), Stage::Primary, units, profile());
    EXPECT_NEAR(*area.indicators[3].result.value, 0.305656024865096, 1e-12);
    EXPECT_EQ(area.indicators[3].unitsLeftOut, QStringList{"D(D)"});
    EXPECT_TRUE(area.indicators[3].result.detail.contains(QStringLiteral("缺数据未计入")));
}

TEST(DifferenceCoefficient, WhatIfShowsTheCoefficientAfterThePlan)
{
    const QList<ResourceUnit> units{unit("A", 1000, 3000), unit("B", 500, 3000), unit("C", 500, 2500)};
    const UnitAssessment a = ResourceIndicators::assess(units[0], profile());
    EXPECT_EQ(a.rule.state, ItemState::Fail); // R4 3.0 < 85% of 4.5
    ASSERT_EQ(a.plan.size(), 1);
    EXPECT_EQ(a.plan[0].amount, 825); // to 3.825 ㎡ per student, the floor
    const WhatIf w = WhatIf::compute(units, 0, a.plan);
    ASSERT_EQ(w.cvBeforeAfter.size(), 1);
    EXPECT_EQ(w.cvBeforeAfter[0].first, QStringLiteral("R4"));
    EXPECT_NEAR(w.cvBeforeAfter[0].second.first, 0.305656024865096, 1e-12);
    EXPECT_NEAR(w.cvBeforeAfter[0].second.second, 0.1949745612394285, 1e-12);
}
