// Each way DOMAIN.md §7 says people write a value, and what is refused.
#include "ValueNormaliser.h"
#include "Layout.h"

#include <gtest/gtest.h>

using namespace junheng;

namespace {

NormalisedValue read(ValueKind kind, const QString &text)
{
    return ValueNormaliser::normalise(kind, text, QStringLiteral("1000米跑"));
}

} // namespace

TEST(ValueNormaliser, ReadsRunsInEveryAcceptedForm)
{
    for (const QString &text :
         {QStringLiteral("3′45″"), QStringLiteral("3'45\""), QStringLiteral("3’45”"), QStringLiteral("3′45"),
          QStringLiteral("３′４５″"), QStringLiteral(" 3'45'' ")}) {
        const NormalisedValue value = read(ValueKind::Duration, text);
        EXPECT_TRUE(value.error.isEmpty()) << text.toStdString();
        EXPECT_EQ(value.value.toInt(), 225) << text.toStdString();
    }
    EXPECT_TRUE(read(ValueKind::Duration, QStringLiteral("3′45″")).note.isEmpty());
    EXPECT_FALSE(read(ValueKind::Duration, QStringLiteral("3'45\"")).note.isEmpty());
    EXPECT_EQ(ValueNormaliser::formatDuration(225), QStringLiteral("3′45″"));
    EXPECT_EQ(ValueNormaliser::formatDuration(65), QStringLiteral("1′05″"));
}

TEST(ValueNormaliser, RefusesColonTimesAndSaysHowToWriteThem)
{
    const NormalisedValue colon = read(ValueKind::Duration, QStringLiteral("3:45"));
    EXPECT_EQ(colon.rule, "duration");
    EXPECT_TRUE(colon.error.contains(QStringLiteral("3′45″"))) << colon.error.toStdString();
    EXPECT_TRUE(colon.error.contains(QStringLiteral("1000米跑")));
    // Excel already turned 3:45 into a time of day (0.15625 of a day).
    const NormalisedValue excel = read(ValueKind::Duration, QStringLiteral("0.15625"));
    EXPECT_EQ(excel.rule, "duration");
    EXPECT_TRUE(excel.error.contains(QStringLiteral("3′45″")));
    EXPECT_EQ(read(ValueKind::Duration, QStringLiteral("3′75″")).rule, "duration");
}

TEST(ValueNormaliser, ReadsSexAsWordOrCode)
{
    EXPECT_EQ(read(ValueKind::Sex, QStringLiteral("男")).value.toString(), "1");
    EXPECT_EQ(read(ValueKind::Sex, QStringLiteral("女")).value.toString(), "2");
    EXPECT_EQ(read(ValueKind::Sex, QStringLiteral("１")).value.toString(), "1");
    EXPECT_EQ(read(ValueKind::Sex, QStringLiteral("2")).value.toString(), "2");
    EXPECT_EQ(read(ValueKind::Sex, QStringLiteral("X")).rule, "sex");
}

TEST(ValueNormaliser, ReadsDatesInEveryListedForm)
{
    for (const QString &text :
         {QStringLiteral("2014-09-01"), QStringLiteral("2014/9/1"), QStringLiteral("20140901"),
          QStringLiteral("2014.9.1"), QStringLiteral("2014年9月1日"), QStringLiteral("41883"),
          QStringLiteral("２０１４－０９－０１")})
        EXPECT_EQ(read(ValueKind::Date, text).value.toString(), "2014-09-01") << text.toStdString();
    EXPECT_EQ(read(ValueKind::Date, QStringLiteral("2012-13-40")).rule, "date");
    EXPECT_EQ(ValueNormaliser::excelSerialToIsoDate(61), "1900-03-01");
}

TEST(ValueNormaliser, PadsAOneDigitEthnicityCode)
{
    EXPECT_EQ(read(ValueKind::Ethnicity, QStringLiteral("1")).value.toString(), "01");
    EXPECT_EQ(read(ValueKind::Ethnicity, QStringLiteral("01")).value.toString(), "01");
    EXPECT_EQ(read(ValueKind::Ethnicity, QStringLiteral("3.0")).value.toString(), "03");
    EXPECT_EQ(read(ValueKind::Ethnicity, QStringLiteral("汉")).rule, "ethnicity");
}

TEST(ValueNormaliser, ReadsNationalGradeCodesAndGradeNames)
{
    EXPECT_EQ(read(ValueKind::GradeCode, QStringLiteral("15")).value.toInt(), 15);
    EXPECT_EQ(read(ValueKind::GradeCode, QStringLiteral("三年级")).value.toInt(), 13);
    EXPECT_EQ(read(ValueKind::GradeCode, QStringLiteral("初二")).value.toInt(), 22);
    EXPECT_EQ(read(ValueKind::GradeCode, QStringLiteral("七年级")).value.toInt(), 21);
    EXPECT_EQ(read(ValueKind::GradeCode, QStringLiteral("高三")).value.toInt(), 33);
    EXPECT_EQ(read(ValueKind::GradeCode, QStringLiteral("17")).rule, "grade_code");
    EXPECT_EQ(read(ValueKind::GradeCode, QStringLiteral("初五")).rule, "grade_code");
}

TEST(ValueNormaliser, UnwrapsIdsKeptAsTextInExcel)
{
    EXPECT_EQ(read(ValueKind::Code, QStringLiteral("=\"0370321\"")).value.toString(), "0370321");
    EXPECT_EQ(read(ValueKind::Code, QStringLiteral("'0370321")).value.toString(), "0370321");
    EXPECT_EQ(read(ValueKind::Ethnicity, QStringLiteral("=\"01\"")).value.toString(), "01");
    EXPECT_EQ(read(ValueKind::Code, QStringLiteral("Ｇ３７０３")).value.toString(), "G3703");
}

TEST(ValueNormaliser, ReadsGradesAndBirthYears)
{
    EXPECT_EQ(read(ValueKind::Grade, QStringLiteral("三年级")).value.toInt(), 3);
    EXPECT_EQ(read(ValueKind::Grade, QStringLiteral("初一")).value.toInt(), 7);
    EXPECT_EQ(read(ValueKind::Grade, QStringLiteral("七年级")).value.toInt(), 7);
    EXPECT_EQ(read(ValueKind::Grade, QStringLiteral("4")).value.toInt(), 4);
    EXPECT_EQ(read(ValueKind::Grade, QStringLiteral("22")).value.toInt(), 8);
    EXPECT_EQ(read(ValueKind::Grade, QStringLiteral("高三")).rule, "grade");
    EXPECT_EQ(read(ValueKind::BirthYear, QStringLiteral("1985.03")).value.toInt(), 1985);
    EXPECT_EQ(read(ValueKind::BirthYear, QStringLiteral("197205")).value.toInt(), 1972);
    EXPECT_EQ(read(ValueKind::BirthYear, QStringLiteral("1996")).value.toInt(), 1996);
    EXPECT_EQ(read(ValueKind::BirthYear, QStringLiteral("八五年")).rule, "birth_year");
}

TEST(Layout, MatchesHeadersWithUnitsWidthAndMultiplicationSigns)
{
    EXPECT_EQ(Layout::canonicalHeader(QStringLiteral("身高（cm）")),
              Layout::canonicalHeader(QStringLiteral("身高")));
    EXPECT_EQ(Layout::canonicalHeader(QStringLiteral("50米x8往返跑")),
              Layout::canonicalHeader(QStringLiteral("50米×8往返跑")));
    EXPECT_EQ(Layout::canonicalHeader(QStringLiteral(" 学籍号 ")), QStringLiteral("学籍号"));
    ASSERT_NE(Layout::forForm("S6"), nullptr);
    EXPECT_EQ(Layout::forForm("S6")->columns.size(), 23); // the national upload's 23 columns
}
