// Payloads to typed inputs: empty values stay empty (never a zero), rosters keep their rows.
#include "FormAdapter.h"
#include "EngineFixtures.h"
#include "ResourceIndicators.h"

#include <QJsonArray>

using namespace junheng;
using namespace junheng::test;

TEST(FormAdapter, EmptyValuesStayMissingAndAreNamed)
{
    QJsonObject s1{{"school_type", "primary"}, {"school_system", "6_3"},      {"students_g1", 100},
                   {"students_g2", 100},       {"students_g3", QJsonValue()}, {"students_g4", 100},
                   {"students_g5", 100},       {"students_g6", 100}};
    const QJsonObject s4{{"teaching_area", 4500}, {"equipment_value", ""}};
    const SchoolData school = FormAdapter::school("P1", "实验小学", "城关镇", &s1, &s4, nullptr, nullptr);
    EXPECT_FALSE(school.profile->students[2]);
    EXPECT_FALSE(school.facilities->equipmentValue);
    EXPECT_FALSE(school.hasTeachers);
    const UnitAssessment a = ResourceIndicators::assess(ResourceUnit::build(school).first(), profile());
    EXPECT_EQ(a.indicators[3].missing, QStringList{"S1.students_g3"});

    s1["students_g3"] = 100;
    const SchoolData fixed = FormAdapter::school("P1", "实验小学", "城关镇", &s1, &s4, nullptr, nullptr);
    const UnitAssessment b = ResourceIndicators::assess(ResourceUnit::build(fixed).first(), profile());
    EXPECT_NEAR(*b.indicators[3].value, 7.5, 1e-12);
    EXPECT_EQ(b.indicators[5].missing, QStringList{"S4.equipment_value"});
    EXPECT_EQ(b.indicators[0].missing, QStringList{"S3"});
}

TEST(FormAdapter, RostersAndStudentRows)
{
    const QList<QJsonObject> s3{QJsonObject{{"staff_no", "T1"},
                                            {"full_time", true},
                                            {"degree", "bachelor"},
                                            {"subject", "pe"},
                                            {"backbone", "county"},
                                            {"training_hours", 400}}};
    const QList<QJsonObject> s2{QJsonObject{{"grade", 1}, {"class_name", "1班"}, {"headcount", 45}}};
    const SchoolData school = FormAdapter::school("P1", "小学", "", nullptr, nullptr, &s2, &s3);
    ASSERT_EQ(school.teachers.size(), 1);
    EXPECT_EQ(school.teachers[0].subject, QStringLiteral("pe"));
    EXPECT_TRUE(*school.teachers[0].fullTime);
    EXPECT_EQ(*school.classes[0].headcount, 45);

    const StudentFitness f = FormAdapter::fitness(
        QJsonObject{{"grade_code", 21}, {"sex", "1"}, {"height", 160}, {"weight", "50"}, {"run1000", 235}});
    EXPECT_EQ(f.gradeCode, 21);
    EXPECT_EQ(f.sex, 1);
    EXPECT_DOUBLE_EQ(*f.weight, 50);
    EXPECT_DOUBLE_EQ(*f.run1000, 235);
    EXPECT_FALSE(f.lung);

    const StudentScreening s = FormAdapter::screening(QJsonObject{{"sex", "2"},
                                                                  {"grade", 3},
                                                                  {"birth_date", "2016-05-01"},
                                                                  {"screening_date", "2025-09-10"},
                                                                  {"ua_right", 4.9},
                                                                  {"sph_right", -0.75},
                                                                  {"cyl_right", QJsonValue()}});
    EXPECT_EQ(s.sex, 2);
    EXPECT_EQ(s.birthDate, QDate(2016, 5, 1));
    EXPECT_FALSE(s.cylRight);
    EXPECT_FALSE(s.uaLeft);
}

TEST(FormAdapter, CountyFlagsCarryTheirEvidence)
{
    const QJsonObject c1{{"curriculum_ok", true},
                         {"curriculum_ok_evidence", QJsonArray{QJsonObject{{"file", "x.pdf"}}}},
                         {"veto_key_schools", false},
                         {"monitoring_level", "3"}};
    const CountyForm form = FormAdapter::county(c1);
    EXPECT_TRUE(*form.flags["curriculum_ok"].value);
    EXPECT_EQ(form.flags["curriculum_ok"].evidence.size(), 1);
    EXPECT_FALSE(*form.flags["veto_key_schools"].value);
    EXPECT_FALSE(form.flags["burden_ok"].value);
    EXPECT_EQ(*form.monitoringLevel, 3);
}
