// The field types beyond numbers and text: duration, attachment, multi_choice; computed fields and
// formulas; conditions.
#include "Condition.h"
#include "Duration.h"
#include "Expression.h"
#include "FormFixtures.h"
#include "Validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

const FormField &fieldOf(const char *formId, const char *fieldId)
{
    return *fixtures::form(formId).field(QString::fromLatin1(fieldId));
}

QList<ValidationIssue> issuesOf(const char *formId, const QJsonObject &payload, const char *fieldId)
{
    return Validator::validate(fixtures::form(formId), payload).forField(QString::fromLatin1(fieldId));
}

Result<FormDefinition> definition(const char *fieldsJson, const char *extra = "")
{
    return FormDefinition::fromJson(QStringLiteral(R"({"id":"X","version":1,"kind":"roster",%2
        "sections":[{"fields":[%1]}]})")
                                        .arg(QString::fromUtf8(fieldsJson), QString::fromUtf8(extra))
                                        .toUtf8(),
                                    "X.json");
}

} // namespace

// ---- duration ----

TEST(Duration, ReadsEveryWayPeopleWriteARunTime)
{
    for (const char *text :
         {"3′45″", "3'45\"", "3’45”", "3′45", "３′４５″", "3分45秒", "3 ′ 45 ″", "3'45''", "3＇45＂"})
        EXPECT_EQ(Duration::parse(QString::fromUtf8(text)).seconds, std::optional<int>(225)) << text;
    EXPECT_EQ(Duration::parse(QStringLiteral("45″")).seconds, std::optional<int>(45));
    EXPECT_EQ(Duration::parse(QStringLiteral("0′45″")).seconds, std::optional<int>(45));
    EXPECT_EQ(Duration::parse(QStringLiteral("4′")).seconds, std::optional<int>(240));
    // tenths of a second round up: a run is never recorded faster than it was
    EXPECT_EQ(Duration::parse(QStringLiteral("3′45.2″")).seconds, std::optional<int>(226));
    EXPECT_EQ(Duration::parse(QStringLiteral("3′45.0″")).seconds, std::optional<int>(225));
}

TEST(Duration, RefusesAColonABareNumberAndSixtySeconds)
{
    EXPECT_EQ(Duration::parse("3:45").problem, Duration::Problem::Colon);
    EXPECT_EQ(Duration::parse(QStringLiteral("3：45")).problem, Duration::Problem::Colon);
    EXPECT_EQ(Duration::parse("225").problem, Duration::Problem::Unreadable);
    EXPECT_EQ(Duration::parse("3.45").problem, Duration::Problem::Unreadable);
    EXPECT_EQ(Duration::parse(QStringLiteral("3′60″")).problem, Duration::Problem::SecondsOver59);
    EXPECT_FALSE(Duration::parse("abc").seconds);
}

TEST(Duration, FormatsAsMinutesAndSeconds)
{
    EXPECT_EQ(Duration::format(225), QStringLiteral("3′45″"));
    EXPECT_EQ(Duration::format(45), QStringLiteral("0′45″"));
    EXPECT_EQ(Duration::format(125), QStringLiteral("2′05″"));
}

TEST(DurationField, IsStoredAsSecondsAndShownBack)
{
    const FormField &run = fieldOf("S6", "run1000");
    EXPECT_EQ(Validator::parseInput(run, QStringLiteral("3′45″")), QJsonValue(225));
    EXPECT_EQ(Validator::displayText(run, QJsonValue(225)), QStringLiteral("3′45″"));
    const QJsonObject normalised =
        Validator::normalise(fixtures::form("S6"), QJsonObject{{"run1000", QStringLiteral("4'05\"")}});
    EXPECT_EQ(normalised.value("run1000"), QJsonValue(245));
}

TEST(DurationField, AColonSaysToWriteMinutesAndSeconds)
{
    QJsonObject row = fixtures::s6(21, "1");
    row.insert("run1000", Validator::parseInput(fieldOf("S6", "run1000"), "3:45"));
    EXPECT_EQ(row.value("run1000"), QJsonValue("3:45")); // kept as typed, nothing lost
    const auto issues = issuesOf("S6", row, "run1000");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].severity, Severity::Hard);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("「1000米跑」")))
        << issues[0].message.toStdString();
    EXPECT_TRUE(issues[0].message.contains("3:45"));
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("3′45″")));
}

TEST(DurationField, RangeMessageShowsMinutesAndSeconds)
{
    QJsonObject row = fixtures::s6(21, "1");
    row.insert("run1000", 600);
    const auto issues = issuesOf("S6", row, "run1000");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].ruleId, "range");
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("10′00″"))) << issues[0].message.toStdString();
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("2′00″")));
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("9′00″")));
}

// ---- computed fields ----

TEST(Computed, BmiIsWeightOverHeightSquaredToOneDecimal)
{
    const QJsonObject row = Validator::normalise(fixtures::form("S6"), fixtures::s6(21, "1"));
    // 48.5 / 1.582² = 19.378… -> 19.4
    EXPECT_DOUBLE_EQ(row.value("bmi").toDouble(), 19.4);
    EXPECT_EQ(Validator::normalise(fixtures::form("S6"), row), row); // holding its computed value already
    QJsonObject stale = row;
    stale.insert("bmi", 19.5);
    EXPECT_DOUBLE_EQ(Validator::normalise(fixtures::form("S6"), stale).value("bmi").toDouble(), 19.4);
    QJsonObject changed = row;
    changed.insert("weight", 60);
    EXPECT_DOUBLE_EQ(Validator::normalise(fixtures::form("S6"), changed).value("bmi").toDouble(), 24.0);
}

TEST(Computed, BmiIsEmptyWithoutHeightAndNotRequired)
{
    QJsonObject row = fixtures::s6(21, "1");
    row.remove("height");
    row.insert("bmi", 99); // a stale value is dropped, never kept
    const QJsonObject normalised = Validator::normalise(fixtures::form("S6"), row);
    EXPECT_FALSE(normalised.contains("bmi"));
    EXPECT_TRUE(issuesOf("S6", row, "bmi").isEmpty());
}

TEST(Computed, SphericalEquivalentPerEye)
{
    const QJsonObject row = Validator::normalise(fixtures::form("S5"), fixtures::s5());
    EXPECT_DOUBLE_EQ(row.value("se_right").toDouble(), -2.5);  // -2.25 + -0.5/2
    EXPECT_DOUBLE_EQ(row.value("se_left").toDouble(), -2.375); // -2 + -0.75/2
}

TEST(Computed, StudentsTotalAddsTheGradesTheSchoolHas)
{
    QJsonObject school = fixtures::s1("primary");
    for (int grade = 7; grade <= 9; ++grade)
        school.remove(QStringLiteral("students_g%1").arg(grade));
    EXPECT_EQ(Validator::normalise(fixtures::form("S1"), school).value("students_total"),
              QJsonValue(101 + 102 + 103 + 104 + 105 + 106));
    QJsonObject empty;
    EXPECT_FALSE(Validator::normalise(fixtures::form("S1"), empty).contains("students_total"));
}

TEST(Computed, ValidateJudgesTheComputedValueNotAStoredOne)
{
    QJsonObject school = fixtures::s1("nine_year");
    school.insert("students_total", -5); // stale or forged
    EXPECT_TRUE(issuesOf("S1", school, "students_total").isEmpty());
    for (int grade = 1; grade <= 9; ++grade)
        school.insert(QStringLiteral("students_g%1").arg(grade), 300);
    const auto issues = issuesOf("S1", school, "students_total"); // 2700 > usual 2500
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].severity, Severity::Soft);
    EXPECT_TRUE(issues[0].message.contains("2700"));
}

TEST(Expression, ArithmeticPrecedenceAndFunctions)
{
    const QJsonObject values{{"a", 2}, {"b", 3}, {"c", 4}};
    auto eval = [&](const char *text) {
        return Expression::parse(QString::fromUtf8(text)).value().evaluate(values);
    };
    EXPECT_EQ(eval("a + b * c"), std::optional<double>(14));
    EXPECT_EQ(eval("(a + b) * c"), std::optional<double>(20));
    EXPECT_EQ(eval("a × b ÷ c"), std::optional<double>(1.5));
    EXPECT_EQ(eval("-a + 10"), std::optional<double>(8));
    EXPECT_EQ(eval("round(10 / 3, 2)"), std::optional<double>(3.33));
    EXPECT_EQ(eval("round(2.25, 1)"), std::optional<double>(2.3));
    EXPECT_EQ(eval("round(-2.25, 1)"), std::optional<double>(-2.3));
    EXPECT_EQ(eval("sum(a, b, missing)"), std::optional<double>(5));
    EXPECT_EQ(eval("sum(missing)"), std::nullopt);
    EXPECT_EQ(eval("a + missing"), std::nullopt);
    EXPECT_EQ(eval("a / (b - 3)"), std::nullopt); // never infinity
    EXPECT_EQ(eval("max(a, c) - min(a, b) + abs(-1)"), std::optional<double>(3));
}

TEST(Expression, MistakesAreRefusedWhenTheFormLoads)
{
    EXPECT_FALSE(Expression::parse("a +").ok());
    EXPECT_FALSE(Expression::parse("(a + b").ok());
    EXPECT_FALSE(Expression::parse("system(1)").ok());
    EXPECT_FALSE(Expression::parse("a $ b").ok());
    EXPECT_FALSE(Expression::parse("round(a)").ok());
    auto form = definition(R"({"id":"a","type":"integer","label":"甲"},
        {"id":"t","type":"integer","label":"合计","compute":"a + nothere"})");
    ASSERT_FALSE(form.ok());
    EXPECT_TRUE(form.error().message.contains("nothere")) << form.error().message.toStdString();
}

// ---- conditions ----

TEST(Condition, AllAnyNotInAndRanges)
{
    auto condition = Condition::fromJson(QJsonDocument::fromJson(R"({"any":[{"field":"g","min":13,"max":16},
            {"all":[{"field":"g","min":21,"max":33},{"not":{"field":"sex","in":["1"]}}]}]})")
                                             .object(),
                                         "test");
    ASSERT_TRUE(condition.ok()) << condition.error().message.toStdString();
    EXPECT_FALSE(condition->matches({{"g", 12}, {"sex", "2"}}));
    EXPECT_TRUE(condition->matches({{"g", 13}, {"sex", "1"}}));
    EXPECT_TRUE(condition->matches({{"g", 16}, {"sex", "1"}}));
    EXPECT_FALSE(condition->matches({{"g", 21}, {"sex", "1"}}));
    EXPECT_TRUE(condition->matches({{"g", 21}, {"sex", "2"}}));
    EXPECT_TRUE(condition->matches({{"g", 33}, {"sex", "2"}}));
    EXPECT_FALSE(condition->matches({{"g", 34}, {"sex", "2"}}));
    EXPECT_FALSE(condition->matches({{"sex", "2"}})); // no grade: no number in range
}

TEST(Condition, BooleansAndFilled)
{
    auto yes = Condition::fromJson(QJsonObject{{"field", "x"}, {"in", QJsonArray{true}}}, "test");
    ASSERT_TRUE(yes.ok());
    EXPECT_TRUE(yes->matches({{"x", true}}));
    EXPECT_FALSE(yes->matches({{"x", false}}));
    auto filled = Condition::fromJson(QJsonObject{{"field", "x"}, {"filled", true}}, "test");
    ASSERT_TRUE(filled.ok());
    EXPECT_TRUE(filled->matches({{"x", "a"}}));
    EXPECT_FALSE(filled->matches({{"x", " "}}));
}

TEST(Condition, AConditionWithoutATestIsRefused)
{
    auto form = definition(R"({"id":"a","type":"integer","label":"甲","relevant":{"field":"b"}},
        {"id":"b","type":"integer","label":"乙"})");
    ASSERT_FALSE(form.ok());
    EXPECT_TRUE(form.error().message.contains("a")) << form.error().message.toStdString();
    auto missing = definition(R"({"id":"a","type":"integer","label":"甲",
        "relevant":{"all":[{"field":"zz","in":["1"]}]}})");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains("zz"));
}

// ---- attachments ----

TEST(Attachment, AWellFormedListIsAccepted)
{
    const QJsonObject county = fixtures::c1();
    EXPECT_TRUE(issuesOf("C1", county, "curriculum_ok_evidence").isEmpty());
    EXPECT_EQ(Validator::displayText(fieldOf("C1", "curriculum_ok_evidence"),
                                     county.value("curriculum_ok_evidence")),
              QStringLiteral("文件.pdf"));
}

TEST(Attachment, EvidenceIsRequiredWhenTheItemIsDone)
{
    QJsonObject county = fixtures::c1();
    county.remove("layout_planned_evidence");
    auto issues = issuesOf("C1", county, "layout_planned_evidence");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].ruleId, "required");
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("佐证材料")));
    county.insert("layout_planned", false);
    EXPECT_TRUE(issuesOf("C1", county, "layout_planned_evidence").isEmpty());
}

TEST(Attachment, ShapeTypeCountAndSizeAreChecked)
{
    QJsonObject county = fixtures::c1();
    auto check = [&](const QJsonValue &value) {
        county.insert("burden_ok_evidence", value);
        return issuesOf("C1", county, "burden_ok_evidence");
    };
    EXPECT_FALSE(check(QStringLiteral("见附件")).isEmpty());
    QJsonObject broken = fixtures::attachment("a.pdf");
    broken.insert("sha256", "1234");
    auto issues = check(QJsonArray{broken});
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("不完整"))) << issues[0].message.toStdString();
    issues = check(QJsonArray{fixtures::attachment("病毒.exe")});
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("病毒.exe")));
    EXPECT_TRUE(issues[0].message.contains("pdf"));
    QJsonObject big = fixtures::attachment("扫描.pdf");
    big.insert("size", 30 * 1024 * 1024);
    issues = check(QJsonArray{big});
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues[0].message.contains("20 MB")) << issues[0].message.toStdString();
    QJsonArray many;
    for (int i = 0; i < 11; ++i)
        many.append(fixtures::attachment("a.pdf"));
    issues = check(many);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues[0].message.contains("11"));
}

TEST(Attachment, DescriptorsAsJsonTextAreRead)
{
    const FormField &field = fieldOf("C1", "burden_ok_evidence");
    const QByteArray json = QJsonDocument(QJsonArray{fixtures::attachment("a.pdf")}).toJson();
    EXPECT_TRUE(Validator::parseInput(field, QString::fromUtf8(json)).isArray());
    EXPECT_EQ(Validator::parseInput(field, QStringLiteral("随便")), QJsonValue(QStringLiteral("随便")));
}

// ---- multi_choice, allowed values, padding ----

TEST(MultiChoice, ValuesOrLabelsAreStoredAsValues)
{
    auto form = definition(R"({"id":"m","type":"multi_choice","label":"学科","required":true,
        "choices":[{"value":"pe","label":"体育"},{"value":"art","label":"美术"}]})");
    ASSERT_TRUE(form.ok()) << form.error().message.toStdString();
    const FormField &field = form->fields[0];
    EXPECT_EQ(Validator::parseInput(field, QStringLiteral("体育、art")), QJsonValue(QJsonArray{"pe", "art"}));
    EXPECT_EQ(Validator::displayText(field, QJsonArray{"pe", "art"}), QStringLiteral("体育、美术"));
    EXPECT_TRUE(Validator::validate(form.value(), {{"m", QJsonArray{"pe"}}}).issues.isEmpty());
    auto report = Validator::validate(form.value(),
                                      {{"m", Validator::parseInput(field, QStringLiteral("体育、音乐"))}});
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_TRUE(report.issues[0].message.contains(QStringLiteral("音乐")));
    report = Validator::validate(form.value(), {{"m", QJsonArray{"pe", "pe"}}});
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_TRUE(report.issues[0].message.contains(QStringLiteral("两次")));
    EXPECT_EQ(Validator::validate(form.value(), {{"m", QJsonArray{}}}).missingCount(), 1);
}

TEST(AllowedValues, AGradeCodeThatDoesNotExistIsRefused)
{
    QJsonObject row = fixtures::s6(21, "1");
    row.insert("grade_code", 17);
    auto issues = issuesOf("S6", row, "grade_code");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].ruleId, "allowed");
    EXPECT_TRUE(issues[0].message.contains("17"));
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("11–16、21–23、31–33")))
        << issues[0].message.toStdString();
    row.insert("grade_code", 33);
    row.insert("class_code", "3301");
    EXPECT_TRUE(issuesOf("S6", row, "grade_code").isEmpty());
}

TEST(Padding, AnEthnicityCodeThatLostItsZeroIsRestored)
{
    const FormField &field = fieldOf("S6", "ethnicity");
    EXPECT_EQ(Validator::parseInput(field, "1"), QJsonValue("01"));
    EXPECT_EQ(Validator::parseInput(field, "12"), QJsonValue("12"));
    EXPECT_EQ(Validator::normalise(fixtures::form("S6"), {{"ethnicity", 3}}).value("ethnicity"),
              QJsonValue("03"));
    QJsonObject row = fixtures::s6(21, "1");
    row.insert("ethnicity", "汉");
    auto issues = issuesOf("S6", row, "ethnicity");
    ASSERT_EQ(issues.size(), 1);
    EXPECT_TRUE(issues[0].message.contains(QStringLiteral("两位数字")));
}

TEST(Text, AnIdASpreadsheetMadeANumberBecomesText)
{
    const QJsonObject row = Validator::normalise(fixtures::form("S3"), {{"staff_no", 20231}});
    EXPECT_EQ(row.value("staff_no"), QJsonValue("20231"));
}

TEST(Definition, NewKeysAreCheckedWhenLoaded)
{
    EXPECT_FALSE(definition(R"({"id":"a","type":"integer","label":"甲","irrelevant_filled":"maybe"})").ok());
    EXPECT_FALSE(definition(R"({"id":"a","type":"integer","label":"甲"})", R"("key":["nope"],)").ok());
    EXPECT_FALSE(definition(R"({"id":"a","type":"integer","label":"甲"})",
                            R"("rules":[{"id":"u","kind":"unique","fields":["b"]}],)")
                     .ok());
    EXPECT_FALSE(
        definition(R"({"id":"a","type":"integer","label":"甲"},{"id":"n","type":"integer","label":"乙"})",
                   R"("rules":[{"id":"s","kind":"sum_matches","group_by":"a","sum":"n","form":"S1",
                                "target":"students"}],)")
            .ok());
    auto single = FormDefinition::fromJson(R"({"id":"X","version":1,"sections":[{"fields":[
        {"id":"a","type":"integer","label":"甲"}]}],"rules":[{"id":"u","kind":"unique","fields":["a"]}]})",
                                           "X.json");
    ASSERT_FALSE(single.ok());
    EXPECT_TRUE(single.error().message.contains("roster"));
}

TEST(Definition, ASumRuleMustNameFieldsTheOtherFormHas)
{
    QTemporaryDir dir;
    auto write = [&](const char *name, const QByteArray &json) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(json);
    };
    write("A.json",
          R"({"id":"A","version":1,"sections":[{"fields":[{"id":"n_g1","type":"integer","label":"甲"}]}]})");
    write("B.json", R"({"id":"B","version":1,"kind":"roster","sections":[{"fields":[
        {"id":"g","type":"integer","label":"年级"},{"id":"c","type":"integer","label":"人数"}]}],
        "rules":[{"id":"s","kind":"sum_matches","group_by":"g","sum":"c","form":"A","target":"students_g{g}"}]})");
    auto catalog = FormCatalog::load(dir.path());
    ASSERT_FALSE(catalog.ok());
    EXPECT_TRUE(catalog.error().message.contains("students_g{g}")) << catalog.error().message.toStdString();
    write("B.json", R"({"id":"B","version":1,"kind":"roster","sections":[{"fields":[
        {"id":"g","type":"integer","label":"年级"},{"id":"c","type":"integer","label":"人数"}]}],
        "rules":[{"id":"s","kind":"sum_matches","group_by":"g","sum":"c","form":"A","target":"n_g{g}"}]})");
    EXPECT_TRUE(FormCatalog::load(dir.path()).ok());
}
