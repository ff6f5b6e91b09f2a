// The rules of the built-in forms: which S6 items apply by grade and sex, conditional requirements,
// reasons for soft warnings, and the rules across the rows of a roster.
#include "CrossRecordRules.h"
#include "FormFixtures.h"
#include "Validator.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

const QStringList fitnessItems{"rope", "situps", "shuttle50x8", "long_jump", "pullups", "run1000", "run800"};

QStringList relevantItems(int gradeCode, const char *sex)
{
    const FormDefinition &s6 = fixtures::form("S6");
    const QJsonObject row{{"grade_code", gradeCode}, {"sex", sex}};
    QStringList out;
    for (const QString &id : fitnessItems) {
        if (Validator::isRelevant(*s6.field(id), row))
            out << id;
    }
    return out;
}

QList<ValidationIssue> issuesOf(const char *formId, const QJsonObject &payload, const char *fieldId)
{
    return Validator::validate(fixtures::form(formId), payload).forField(QString::fromLatin1(fieldId));
}

} // namespace

// ---- S6: which items apply (DOMAIN §5) ----

TEST(S6Items, PrimaryGradesByPair)
{
    for (const char *sex : {"1", "2"}) {
        EXPECT_EQ(relevantItems(11, sex), QStringList{"rope"});
        EXPECT_EQ(relevantItems(12, sex), QStringList{"rope"});
        EXPECT_EQ(relevantItems(13, sex), (QStringList{"rope", "situps"}));
        EXPECT_EQ(relevantItems(14, sex), (QStringList{"rope", "situps"}));
        EXPECT_EQ(relevantItems(15, sex), (QStringList{"rope", "situps", "shuttle50x8"}));
        EXPECT_EQ(relevantItems(16, sex), (QStringList{"rope", "situps", "shuttle50x8"}));
    }
}

TEST(S6Items, JuniorAndSeniorBySex)
{
    for (int grade : {21, 22, 23, 31, 32, 33}) {
        EXPECT_EQ(relevantItems(grade, "1"), (QStringList{"long_jump", "pullups", "run1000"})) << grade;
        EXPECT_EQ(relevantItems(grade, "2"), (QStringList{"situps", "long_jump", "run800"})) << grade;
    }
}

TEST(S6Items, BodyItemsApplyToEveryGrade)
{
    const FormDefinition &s6 = fixtures::form("S6");
    for (int grade : {11, 16, 21, 33}) {
        for (const char *id : {"height", "weight", "lung", "run50", "sit_reach"})
            EXPECT_TRUE(Validator::isRelevant(*s6.field(id), {{"grade_code", grade}, {"sex", "2"}}));
    }
}

TEST(S6Items, AnItemForTheOtherSexIsAnErrorOfTheRow)
{
    QJsonObject girl = fixtures::s6(22, "2");
    girl.insert("pullups", 3);
    const auto issues = issuesOf("S6", girl, "pullups");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].severity, Severity::Hard);
    EXPECT_EQ(issues[0].ruleId, "not_relevant");
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("「引体向上」")))
        << issues[0].message.toStdString();
    EXPECT_TRUE(issues[0].message.contains("3"));
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("该年级/性别不测此项")));
}

TEST(S6Items, AnItemTheGradeDoesNotMeasureIsAnError)
{
    QJsonObject row = fixtures::s6(12, "1");
    row.insert("shuttle50x8", 110);
    const auto issues = issuesOf("S6", row, "shuttle50x8");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("1′50″"))) << issues[0].message.toStdString();
}

TEST(S6Items, AMeasuredItemLeftEmptyIsMissing)
{
    QJsonObject boy = fixtures::s6(23, "1");
    boy.remove("run1000");
    const ValidationReport report = Validator::validate(fixtures::form("S6"), boy);
    EXPECT_EQ(report.missingCount(), 1);
    EXPECT_EQ(report.forField("run1000").value(0).ruleId, "required");
    EXPECT_TRUE(report.forField("run800").isEmpty());
}

TEST(S6Items, AnExemptStudentNeedsAReasonAndNoItems)
{
    QJsonObject row = fixtures::basePayloads("S6").last();
    EXPECT_TRUE(Validator::validate(fixtures::form("S6"), row).issues.isEmpty());
    row.remove("exempt_reason");
    const ValidationReport report = Validator::validate(fixtures::form("S6"), row);
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_EQ(report.issues[0].fieldId, "exempt_reason");
    // Not exempt: the items are required again.
    row.insert("exempt", false);
    EXPECT_GE(Validator::validate(fixtures::form("S6"), row).missingCount(), 7);
}

TEST(S6Items, AReasonWithoutExemptionIsNotChecked)
{
    QJsonObject row = fixtures::s6(21, "1");
    row.insert("exempt_reason", "多写的");
    // exempt_reason is not relevant; the form's "error" default applies to it too.
    const auto issues = issuesOf("S6", row, "exempt_reason");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].ruleId, "not_relevant");
}

// ---- S5 ----

TEST(S5, CorrectedAcuityIsRequiredForSpectaclesAndContacts)
{
    for (const char *glasses : {"spectacles", "contacts"}) {
        QJsonObject row = fixtures::s5("G1234", glasses);
        row.remove("ca_left");
        const auto issues = issuesOf("S5", row, "ca_left");
        ASSERT_EQ(issues.size(), 1) << glasses;
        EXPECT_EQ(issues[0].ruleId, "required");
        EXPECT_TRUE(issues[0].message.contains(QStringLiteral("左眼矫正视力")));
    }
    for (const char *glasses : {"none", "ortho_k"}) {
        QJsonObject row = fixtures::s5("G1234", glasses);
        row.remove("ca_left");
        row.remove("ca_right");
        EXPECT_TRUE(Validator::validate(fixtures::form("S5"), row).issues.isEmpty()) << glasses;
    }
}

TEST(S5, AxisMustBeAWholeDegree)
{
    QJsonObject row = fixtures::s5();
    row.insert("axis_right", 90.5);
    auto issues = issuesOf("S5", row, "axis_right");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("整数")));
    row.insert("axis_right", 181);
    issues = issuesOf("S5", row, "axis_right");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("0 – 180"))) << issues[0].message.toStdString();
}

// ---- S3, C1 conditional fields ----

TEST(S3, RotatedIsAskedOnlyOfEligibleTeachers)
{
    QJsonObject teacher = fixtures::s3();
    teacher.remove("rotated");
    EXPECT_EQ(issuesOf("S3", teacher, "rotated").value(0).ruleId, "required");
    teacher.insert("rotation_eligible", false);
    EXPECT_TRUE(issuesOf("S3", teacher, "rotated").isEmpty());
}

TEST(S3, SubjectIsRequiredOfFullTimeTeachersOnly)
{
    QJsonObject staff = fixtures::s3();
    staff.remove("subject");
    EXPECT_EQ(issuesOf("S3", staff, "subject").size(), 1);
    staff.insert("full_time", false);
    EXPECT_TRUE(issuesOf("S3", staff, "subject").isEmpty());
}

TEST(C1, APartCannotExceedItsWhole)
{
    QJsonObject county = fixtures::c1();
    county.insert("quality_hs_places_allocated", 3001);
    const ValidationReport report = Validator::validate(fixtures::form("C1"), county);
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_EQ(report.issues[0].ruleId, "allocated_le_total");
    EXPECT_EQ(report.issues[0].severity, Severity::Hard);
    EXPECT_TRUE(report.issues[0].message.contains("3001"));
    EXPECT_TRUE(report.issues[0].message.contains("3000"));
}

// ---- reasons for soft warnings ----

TEST(Reasons, ASoftWarningBlocksUntilAReasonIsGiven)
{
    QJsonObject row = fixtures::s6(21, "1");
    row.insert("run50", 5.8); // faster than the usual 6.5 s
    ValidationReport report = Validator::validate(fixtures::form("S6"), row);
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_EQ(report.issues[0].severity, Severity::Soft);
    EXPECT_EQ(report.blockingCount(), 1);
    EXPECT_EQ(report.unreasonedSoftCount(), 1);
    EXPECT_FALSE(report.hasHardErrors());

    row.insert("_reasons", QJsonObject{{"run50", "   "}}); // blank is no reason
    EXPECT_EQ(Validator::validate(fixtures::form("S6"), row).blockingCount(), 1);

    row.insert("_reasons", QJsonObject{{"run50", QStringLiteral("该生为校队短跑运动员")}});
    report = Validator::validate(fixtures::form("S6"), row);
    ASSERT_EQ(report.issues.size(), 1); // still shown, with its reason
    EXPECT_EQ(report.issues[0].reason, QStringLiteral("该生为校队短跑运动员"));
    EXPECT_EQ(report.blockingCount(), 0);
    EXPECT_EQ(report.unreasonedSoftCount(), 0);
}

TEST(Reasons, ARuleWarningTakesItsReasonByRuleId)
{
    QJsonObject county = fixtures::c1();
    county.insert("disabled_enrolled", 220); // more than the school-age count: a soft rule
    ValidationReport report = Validator::validate(fixtures::form("C1"), county);
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_EQ(report.blockingCount(), 1);
    county.insert("_reasons", QJsonObject{{"enrolled_le_school_age", QStringLiteral("含外县转入的学生")}});
    report = Validator::validate(fixtures::form("C1"), county);
    EXPECT_EQ(report.blockingCount(), 0);
}

TEST(Reasons, AReasonNeverExcusesAHardError)
{
    QJsonObject row = fixtures::s6(21, "1");
    row.insert("height", 300);
    row.insert("_reasons", QJsonObject{{"height", QStringLiteral("确认")}});
    EXPECT_EQ(Validator::validate(fixtures::form("S6"), row).blockingCount(), 1);
}

// ---- rules across the rows of a roster ----

TEST(CrossRecord, AStudentIdSeenTwiceFlagsTheLaterRowWithBothRowNumbers)
{
    const QList<QJsonObject> rows{fixtures::s6(21, "1", "G001"), fixtures::s6(21, "2", "G002"),
                                  fixtures::s6(21, "1", "G003"), fixtures::s6(22, "1", "G001")};
    const QList<RowIssue> issues = CrossRecordRules::check(fixtures::form("S6"), rows);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].row, 3);
    EXPECT_EQ(issues[0].relatedRow, 0);
    EXPECT_EQ(issues[0].fieldId, "student_id");
    EXPECT_EQ(issues[0].ruleId, "student_once");
    EXPECT_EQ(issues[0].severity, Severity::Hard);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("「学籍号」“G001”")))
        << issues[0].message.toStdString();
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("第 1 行和第 4 行")));
    EXPECT_EQ(CrossRecordRules::forRow(issues, 3).size(), 1);
    EXPECT_TRUE(CrossRecordRules::forRow(issues, 0).isEmpty());
    // A file with a header row numbers its data from 2.
    EXPECT_TRUE(CrossRecordRules::check(fixtures::form("S6"), rows, {}, 2)[0].message.contains(
        QStringLiteral("第 2 行和第 5 行")));
}

TEST(CrossRecord, EveryRepeatIsFlaggedAgainstTheFirst)
{
    const QList<QJsonObject> rows{fixtures::s5("G1"), fixtures::s5("G1"), fixtures::s5("G1"),
                                  fixtures::s5("")};
    const QList<RowIssue> issues = CrossRecordRules::check(fixtures::form("S5"), rows);
    ASSERT_EQ(issues.size(), 2); // an empty id is the row's own "required" error, not a repeat
    EXPECT_EQ(issues[0].row, 1);
    EXPECT_EQ(issues[1].row, 2);
    EXPECT_EQ(issues[1].relatedRow, 0);
}

TEST(CrossRecord, TeachersAreUniqueByStaffNumber)
{
    const QList<RowIssue> issues = CrossRecordRules::check(
        fixtures::form("S3"), {fixtures::s3("T1"), fixtures::s3("T2"), fixtures::s3("T1")});
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].row, 2);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("教职工号")));
}

TEST(CrossRecord, AClassIsUniqueByGradeAndName)
{
    const QList<QJsonObject> rows{fixtures::s2(1, "1班"), fixtures::s2(2, "1班"), fixtures::s2(1, "1班")};
    const QList<RowIssue> issues = CrossRecordRules::check(fixtures::form("S2"), rows);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].row, 2);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("「年级」1、「班级名称」“1班”")))
        << issues[0].message.toStdString();
}

TEST(CrossRecord, ClassHeadcountsMustAddUpToTheSchoolProfile)
{
    QJsonObject school = fixtures::s1("primary");
    for (int grade = 1; grade <= 9; ++grade)
        school.remove(QStringLiteral("students_g%1").arg(grade));
    school.insert("students_g1", 85);
    school.insert("students_g2", 90);
    const QHash<QString, LinkedRecord> linked{{"S1", {&fixtures::form("S1"), school}}};

    QList<QJsonObject> rows{fixtures::s2(1, "1班", 40), fixtures::s2(1, "2班", 45),
                            fixtures::s2(2, "1班", 44), fixtures::s2(2, "2班", 44)};
    QList<RowIssue> issues = CrossRecordRules::check(fixtures::form("S2"), rows, linked);
    ASSERT_EQ(issues.size(), 1); // grade 1 adds up (85); grade 2 is 88, not 90
    EXPECT_EQ(issues[0].row, -1);
    EXPECT_EQ(issues[0].ruleId, "headcount_matches_s1");
    EXPECT_EQ(issues[0].fieldId, "headcount");
    EXPECT_TRUE(issues[0].message.contains("88")) << issues[0].message.toStdString();
    EXPECT_TRUE(issues[0].message.contains("90"));
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("「二年级学生数」")));
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("学校基本情况")));

    rows[3].insert("headcount", 46);
    EXPECT_TRUE(CrossRecordRules::check(fixtures::form("S2"), rows, linked).isEmpty());

    // A grade the profile has students in but the roster has no class of.
    school.insert("students_g3", 30);
    issues = CrossRecordRules::check(fixtures::form("S2"), rows, {{"S1", {&fixtures::form("S1"), school}}});
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("「三年级学生数」")))
        << issues[0].message.toStdString();

    // Classes of a grade the profile has no number for.
    rows.append(fixtures::s2(7, "1班", 50));
    issues = CrossRecordRules::check(fixtures::form("S2"), rows, {{"S1", {&fixtures::form("S1"), school}}});
    ASSERT_EQ(issues.size(), 2);
    EXPECT_TRUE(issues[1].message.contains(QStringLiteral("没有填写"))) << issues[1].message.toStdString();
}

TEST(CrossRecord, WithoutTheProfileThereIsNothingToCompare)
{
    EXPECT_TRUE(CrossRecordRules::check(fixtures::form("S2"), {fixtures::s2()}).isEmpty());
}

TEST(CrossRecord, FiftyThousandRowsAreCheckedQuickly)
{
    QList<QJsonObject> rows;
    rows.reserve(50000);
    for (int i = 0; i < 50000; ++i)
        rows.append(QJsonObject{{"student_id", QStringLiteral("G%1").arg(i % 49999)}});
    QElapsedTimer timer;
    timer.start();
    const QList<RowIssue> issues = CrossRecordRules::check(fixtures::form("S6"), rows);
    EXPECT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].row, 49999);
    EXPECT_LT(timer.elapsed(), 2000); // linear; a quadratic check would take minutes
}

// ---- usual ranges by grade ----

TEST(S6UsualRanges, AHeightUsualForJuniorsIsUnusualForFirstGraders)
{
    QJsonObject junior = fixtures::s6(21, "1");
    junior.insert("height", 150);
    EXPECT_TRUE(issuesOf("S6", junior, "height").isEmpty());
    QJsonObject first = fixtures::s6(11, "1");
    first.insert("height", 150);
    const auto issues = issuesOf("S6", first, "height");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].severity, Severity::Soft);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("150 厘米"))) << issues[0].message.toStdString();
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("140 厘米")));
}

// ---- S1: grade 6 belongs to primary in 6+3 and to junior in 5+4 ----

TEST(S1, GradeSixFollowsTheSchoolSystem)
{
    const FormField &g6 = *fixtures::form("S1").field("students_g6");
    auto relevant = [&](const char *type, const char *system) {
        return Validator::isRelevant(g6, {{"school_type", type}, {"school_system", system}});
    };
    EXPECT_TRUE(relevant("primary", "6_3"));
    EXPECT_FALSE(relevant("primary", "5_4"));
    EXPECT_FALSE(relevant("junior", "6_3"));
    EXPECT_TRUE(relevant("junior", "5_4"));
    EXPECT_TRUE(relevant("nine_year", "5_4"));
    EXPECT_TRUE(relevant("nine_year", "6_3"));
    EXPECT_FALSE(relevant("complete_secondary", "6_3"));
}

TEST(S5, TheStudentIsBornBeforeTheScreening)
{
    QJsonObject row = fixtures::s5();
    row.insert("screening_date", "2014-12-31");
    const ValidationReport report = Validator::validate(fixtures::form("S5"), row);
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_EQ(report.issues[0].ruleId, "born_before_screening");
    EXPECT_EQ(report.issues[0].severity, Severity::Hard);
    EXPECT_TRUE(report.issues[0].message.contains(QStringLiteral("「出生日期」（2015-01-01）")))
        << report.issues[0].message.toStdString();
    EXPECT_TRUE(report.issues[0].message.contains("2014-12-31"));
    row.insert("screening_date", "2015-01-01"); // the same day is allowed
    EXPECT_TRUE(Validator::validate(fixtures::form("S5"), row).issues.isEmpty());
}
