// The whole engine in one pass on a small hand-built county: towns, exclusions, what-if, county items,
// fitness and myopia, and the Chinese text a clerk reads.
#include "AssessmentReport.h"
#include "EngineFixtures.h"

#include <QJsonArray>
#include <cstdio>

using namespace junheng;
using namespace junheng::test;

namespace {

ReportInputs smallCounty()
{
    ReportInputs inputs;
    inputs.county.name = QStringLiteral("云溪县");
    SchoolData a = primaryAtThreshold();
    a.code = QStringLiteral("A");
    a.name = QStringLiteral("甲小学");
    a.facilities->teachingArea = 3000; // below the floor: a plan and a what-if
    SchoolData b = primaryAtThreshold(500);
    b.code = QStringLiteral("B");
    b.name = QStringLiteral("乙小学");
    b.town = QStringLiteral("河口镇");
    SchoolData special = primaryAtThreshold();
    special.code = QStringLiteral("S");
    special.name = QStringLiteral("特教学校");
    special.profile->schoolType = QStringLiteral("special");
    inputs.county.schools = {a, b, special};

    StudentFitness f;
    f.studentId = QStringLiteral("F1");
    f.schoolCode = QStringLiteral("A");
    f.gradeCode = 11;
    f.sex = 1;
    f.height = 120;
    f.weight = 22;
    f.lung = 1700;
    f.run50 = 10.2;
    f.sitReach = 16.1;
    f.rope = 109;
    inputs.fitness << f;
    StudentScreening s;
    s.studentId = QStringLiteral("M1");
    s.schoolCode = QStringLiteral("A");
    s.sex = 2;
    s.grade = 1;
    s.birthDate = QDate(2018, 1, 1);
    s.screeningDate = QDate(2025, 9, 1);
    s.uaRight = 4.9;
    s.sphRight = -0.75;
    inputs.screening << s;
    return inputs;
}

const FitnessStandard &standard()
{
    static const FitnessStandard s = FitnessStandard::load().value();
    return s;
}

} // namespace

TEST(AssessmentReport, CountyReportHasEveryPart)
{
    const AssessmentReport report = AssessmentReport::compute(smallCounty(), profile(), standard());
    EXPECT_EQ(report.units.size(), 2);
    ASSERT_EQ(report.excluded.size(), 1);
    EXPECT_TRUE(report.excluded[0].contains(QStringLiteral("特教学校")));
    ASSERT_EQ(report.countyAreas.size(), 2);
    EXPECT_EQ(report.countyAreas[0].units, 2);
    EXPECT_EQ(report.countyAreas[0].unitsPassing, 1);
    EXPECT_EQ(report.townAreas.size(), 4); // 城关镇 and 河口镇, two stages each
    ASSERT_EQ(report.whatIfs.size(), 1);
    EXPECT_EQ(report.whatIfs[0].schoolCode, QStringLiteral("A"));
    EXPECT_FALSE(report.countyItems.isEmpty());
    EXPECT_EQ(report.fitness.size(), 1);
    EXPECT_TRUE(report.fitness[0].scored());
    EXPECT_TRUE(report.myopia[0].myopic);

    const QJsonObject json = report.toJson();
    EXPECT_EQ(json["profile"].toObject()["id"].toString(), QStringLiteral("national"));
    EXPECT_EQ(json["resource_units"].toArray().size(), 2);
    EXPECT_TRUE(json.contains("county_items"));
    EXPECT_TRUE(json.contains("town_difference_coefficients"));

    const QString text = report.toText();
    EXPECT_TRUE(
        text.contains(QStringLiteral("要达标，最少需要：增加 825 ㎡ 教学及辅助用房（达到要求的85%）")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("全县 云溪县")));
    if (qEnvironmentVariableIsSet("JUNHENG_PRINT_REPORT"))
        std::printf("%s\n", text.toUtf8().constData());
}

TEST(AssessmentReport, SchoolReportLeavesCoefficientsToTheCounty)
{
    ReportInputs inputs = smallCounty();
    inputs.countyLevel = false;
    inputs.county.schools.resize(1);
    const AssessmentReport report = AssessmentReport::compute(inputs, profile(), standard());
    EXPECT_TRUE(report.countyAreas.isEmpty()); // one school's CV would be a meaningless 0
    EXPECT_TRUE(report.whatIfs.isEmpty());
    EXPECT_TRUE(report.countyItems.isEmpty());
    EXPECT_FALSE(report.units[0].plan.isEmpty());
    EXPECT_TRUE(report.toText().contains(QStringLiteral("请在县、镇的设备上查看")));
}

TEST(AssessmentReport, InputsFromRecordsKeepTheCycleTheSchoolAndThePreviousScreening)
{
    auto screening = [](const char *id, double ua, double sph) {
        return QJsonObject{{"student_id", id},
                           {"sex", "1"},
                           {"grade", 3},
                           {"birth_date", "2016-01-01"},
                           {"screening_date", "2025-09-01"},
                           {"ua_right", ua},
                           {"sph_right", sph},
                           {"ua_left", 5.0},
                           {"sph_left", 0}};
    };
    const QList<FormRecord> records{
        {"S1", "A", "2025", QJsonObject{{"school_type", "primary"}, {"students_g1", 10}}},
        {"S1", "A", "2024", QJsonObject{{"school_type", "junior"}}},  // an old cycle: ignored
        {"S1", "B", "2025", QJsonObject{{"school_type", "primary"}}}, // another school on a school device
        {"S5", "A", "2025", screening("1", 4.8, -1.0)},
        {"S5", "A", "2025", screening("2", 5.0, 0)},
        {"S5", "A", "2024", screening("1", 4.8, -1.0)},
        {"S5", "A", "2023", screening("1", 5.0, 0)},
        {"S3", "A", "2025", QJsonObject{{"staff_no", "T1"}}},
    };
    ReportScope scope;
    scope.cycle = QStringLiteral("2025");
    scope.schoolCode = QStringLiteral("A");
    scope.schoolName = QStringLiteral("甲小学");
    const ReportInputs inputs = ReportInputs::fromRecords(records, scope, profile());
    ASSERT_EQ(inputs.county.schools.size(), 1);
    const SchoolData &a = inputs.county.schools[0];
    EXPECT_EQ(a.name, QStringLiteral("甲小学"));
    EXPECT_EQ(a.profile->schoolType, QStringLiteral("primary"));
    EXPECT_FALSE(a.facilities.has_value()); // no S4: missing, not empty
    EXPECT_TRUE(a.hasTeachers);
    EXPECT_FALSE(a.hasClasses);
    EXPECT_EQ(inputs.screening.size(), 2);
    EXPECT_EQ(inputs.previousCycle, QStringLiteral("2024"));
    ASSERT_FALSE(inputs.previousMyopia.isEmpty());
    EXPECT_DOUBLE_EQ(*inputs.previousMyopia[0].rate, 1.0); // 2024: the one student was myopic

    const AssessmentReport report = AssessmentReport::compute(inputs, profile(), standard());
    for (const MyopiaGroup &g : report.myopiaGroups)
        if (g.level == QLatin1String("school")) {
            EXPECT_DOUBLE_EQ(*g.rate, 0.5);
            EXPECT_NEAR(*g.change.value, -50.0, 1e-9);
        }
}

TEST(AssessmentReport, DeletedRosterRowsAreNotCounted)
{
    const QList<FormRecord> records{
        {"S3", "A", "2025", QJsonObject{{"staff_no", "T1"}}},
        {"S5", "A", "2025", QJsonObject{{"_deleted", true}}}, // a screening row deleted after it was sent
    };
    ReportScope scope;
    scope.cycle = QStringLiteral("2025");
    scope.schoolCode = QStringLiteral("A");
    const ReportInputs inputs = ReportInputs::fromRecords(records, scope, profile());
    EXPECT_TRUE(inputs.screening.isEmpty());
    ASSERT_EQ(inputs.county.schools.size(), 1);
    EXPECT_TRUE(inputs.county.schools[0].hasTeachers);
}
