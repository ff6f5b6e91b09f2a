// Fitness scoring by the 2014 national standard: every table at, just above and just below its levels,
// BMI bands, bonus caps, grade boundaries, missing items and tables, and the rates.
#include "EngineFixtures.h"
#include "FitnessRates.h"
#include "FitnessStandard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace junheng;
using namespace junheng::test;

namespace {

QJsonObject standardJson()
{
    QFile file(QString::fromLatin1(FitnessStandard::builtInFile));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

const FitnessStandard &standard()
{
    static const FitnessStandard s = FitnessStandard::load().value();
    return s;
}

// A grade-11 boy whose every item scores 60 (BMI obese: 60) unless changed.
StudentFitness boy11AtSixty()
{
    StudentFitness s;
    s.studentId = QStringLiteral("G1");
    s.schoolCode = QStringLiteral("P1");
    s.className = QStringLiteral("1班");
    s.gradeCode = 11;
    s.sex = 1;
    s.height = 120;
    s.weight = 20.4 * 1.44; // BMI 20.4: 肥胖 for grade-11 boys
    const QJsonObject items = standardJson().value("items").toObject();
    auto at60 = [&](const char *item) {
        return items.value(QLatin1String(item))
            .toObject()
            .value("tables")
            .toObject()
            .value("male")
            .toObject()
            .value("11")
            .toArray()
            .at(14)
            .toDouble();
    };
    s.lung = at60("lung");
    s.run50 = at60("run50m");
    s.sitReach = at60("sit_reach");
    s.rope = at60("rope");
    return s;
}

} // namespace

TEST(Fitness, EveryTableAtJustAboveAndJustBelowEveryLevel)
{
    const QJsonObject root = standardJson();
    const QJsonArray levels = root.value("score_levels").toArray();
    const QJsonObject items = root.value("items").toObject();
    int checked = 0;
    for (auto item = items.begin(); item != items.end(); ++item) {
        const bool lower = item->toObject().value("better").toString() == QLatin1String("lower");
        const QJsonObject tables = item->toObject().value("tables").toObject();
        for (auto sex = tables.begin(); sex != tables.end(); ++sex) {
            const int sexCode = sex.key() == QLatin1String("male") ? 1 : 2;
            const QJsonObject grades = sex->toObject();
            for (auto grade = grades.begin(); grade != grades.end(); ++grade) {
                const QJsonArray row = grade->toArray();
                const int gradeCode = grade.key().toInt();
                for (int i = 0; i < row.size(); ++i) {
                    if (row.at(i).isNull())
                        continue;
                    const double t = row.at(i).toDouble();
                    const int level = levels.at(i).toInt();
                    // The next worse level that exists (or 0) and the next better threshold.
                    int worse = 0;
                    for (int j = i + 1; j < row.size() && worse == 0; ++j)
                        if (!row.at(j).isNull())
                            worse = levels.at(j).toInt();
                    std::optional<double> better;
                    for (int j = i - 1; j >= 0 && !better; --j)
                        if (!row.at(j).isNull())
                            better = row.at(j).toDouble();
                    const double step = 0.05; // finer than any table's precision (0.1 s, 0.1 cm, 1)
                    const double worseValue = lower ? t + step : t - step;
                    const double betterValue = lower ? t - step : t + step;
                    const std::string where = QStringLiteral("%1/%2/%3 level %4")
                                                  .arg(item.key(), sex.key(), grade.key())
                                                  .arg(level)
                                                  .toStdString();
                    EXPECT_EQ(standard().itemScore(item.key(), sexCode, gradeCode, t), level) << where;
                    EXPECT_EQ(standard().itemScore(item.key(), sexCode, gradeCode, worseValue), worse)
                        << where;
                    if (!better || std::abs(*better - t) > step) {
                        EXPECT_EQ(standard().itemScore(item.key(), sexCode, gradeCode, betterValue), level)
                            << where;
                    }
                    ++checked;
                }
            }
        }
    }
    EXPECT_GT(checked, 2000);
}

TEST(Fitness, HandCheckedCells)
{
    // 一年级男生 一分钟跳绳: 109 → 100, 104 → 95, 103 → 90; 2 → 10, 1 → 0.
    EXPECT_EQ(standard().itemScore("rope", 1, 11, 109), 100);
    EXPECT_EQ(standard().itemScore("rope", 1, 11, 108), 95);
    EXPECT_EQ(standard().itemScore("rope", 1, 11, 103), 90);
    EXPECT_EQ(standard().itemScore("rope", 1, 11, 2), 10);
    EXPECT_EQ(standard().itemScore("rope", 1, 11, 1), 0);
    // 50 m: 10.2 s → 100, 10.25 s → 95 (no interpolation), 13.6 → 10, 13.7 → 0.
    EXPECT_EQ(standard().itemScore("run50m", 1, 11, 10.2), 100);
    EXPECT_EQ(standard().itemScore("run50m", 1, 11, 10.25), 95);
    EXPECT_EQ(standard().itemScore("run50m", 1, 11, 13.6), 10);
    EXPECT_EQ(standard().itemScore("run50m", 1, 11, 13.7), 0);
    // 初一男生 引体向上 skips the levels that do not exist: 9 → 80, 8 → 76, 7 → 72.
    EXPECT_EQ(standard().itemScore("pull_up", 1, 21, 9), 80);
    EXPECT_EQ(standard().itemScore("pull_up", 1, 21, 8), 76);
    EXPECT_EQ(standard().itemScore("pull_up", 1, 21, 7), 72);
    // No pull-up table for girls: missing, not 0.
    EXPECT_FALSE(standard().itemScore("pull_up", 2, 21, 9));
}

TEST(Fitness, BmiBandsAtTheirEdges)
{
    int score = 0;
    // 一年级男生: 低体重 ≤ 13.4, 正常 13.5–18.1, 超重 18.2–20.3, 肥胖 ≥ 20.4.
    EXPECT_EQ(*standard().bmiBand(1, 11, 13.4, &score), QStringLiteral("低体重"));
    EXPECT_EQ(score, 80);
    EXPECT_EQ(*standard().bmiBand(1, 11, 13.5, &score), QStringLiteral("正常"));
    EXPECT_EQ(score, 100);
    EXPECT_EQ(*standard().bmiBand(1, 11, 18.1, &score), QStringLiteral("正常"));
    EXPECT_EQ(*standard().bmiBand(1, 11, 18.2, &score), QStringLiteral("超重"));
    EXPECT_EQ(score, 80);
    EXPECT_EQ(*standard().bmiBand(1, 11, 20.3, &score), QStringLiteral("超重"));
    EXPECT_EQ(*standard().bmiBand(1, 11, 20.4, &score), QStringLiteral("肥胖"));
    EXPECT_EQ(score, 60);
    // 一年级女生 正常 up to 17.3, 超重 from 17.4.
    EXPECT_EQ(*standard().bmiBand(2, 11, 17.3), QStringLiteral("正常"));
    EXPECT_EQ(*standard().bmiBand(2, 11, 17.4), QStringLiteral("超重"));

    // BMI is rounded to 0.1 before banding: 18.14 → 18.1 正常, 18.15 → 18.2 超重.
    StudentFitness s = boy11AtSixty();
    s.weight = 18.14 * 1.44;
    EXPECT_DOUBLE_EQ(*standard().score(s).bmi, 18.1);
    EXPECT_EQ(standard().score(s).items[0].band, QStringLiteral("正常"));
    s.weight = 18.15 * 1.44;
    EXPECT_DOUBLE_EQ(*standard().score(s).bmi, 18.2);
    EXPECT_EQ(standard().score(s).items[0].band, QStringLiteral("超重"));
}

TEST(Fitness, GradeBoundaries)
{
    EXPECT_EQ(FitnessStandard::gradeFor(59.9), QStringLiteral("不及格"));
    EXPECT_EQ(FitnessStandard::gradeFor(60.0), QStringLiteral("及格"));
    EXPECT_EQ(FitnessStandard::gradeFor(79.9), QStringLiteral("及格"));
    EXPECT_EQ(FitnessStandard::gradeFor(80.0), QStringLiteral("良好"));
    EXPECT_EQ(FitnessStandard::gradeFor(89.9), QStringLiteral("良好"));
    EXPECT_EQ(FitnessStandard::gradeFor(90.0), QStringLiteral("优秀"));
}

TEST(Fitness, StudentTotalsAndGrades)
{
    StudentFitness s = boy11AtSixty();
    FitnessResult r = standard().score(s);
    ASSERT_TRUE(r.scored()) << r.reason.toStdString();
    EXPECT_DOUBLE_EQ(r.standardScore, 60.0);
    EXPECT_EQ(r.bonus, 0);
    EXPECT_EQ(r.grade, QStringLiteral("及格"));
    EXPECT_EQ(r.gradeLevel, 1);
    // 50 m one level worse (50 × 20% instead of 60 × 20%): 58.0 不及格.
    s.run50 = *s.run50 + 0.1;
    r = standard().score(s);
    EXPECT_DOUBLE_EQ(r.standardScore, 58.0);
    EXPECT_EQ(r.grade, QStringLiteral("不及格"));
    // 坐位体前屈 at 95 (30%) instead of 60: 58 + 0.3 × 35 = 68.5.
    const QJsonArray reach = standardJson()
                                 .value("items")
                                 .toObject()
                                 .value("sit_reach")
                                 .toObject()
                                 .value("tables")
                                 .toObject()
                                 .value("male")
                                 .toObject()
                                 .value("11")
                                 .toArray();
    s.sitReach = reach.at(1).toDouble();
    EXPECT_DOUBLE_EQ(standard().score(s).standardScore, 68.5);
}

TEST(Fitness, PrimaryRopeBonusOnePerTwoSkipsCappedAtTwenty)
{
    StudentFitness s = boy11AtSixty();
    s.rope = 110; // 1 beyond 109
    EXPECT_EQ(standard().score(s).bonus, 0);
    s.rope = 111;
    EXPECT_EQ(standard().score(s).bonus, 1);
    s.rope = 149;
    EXPECT_EQ(standard().score(s).bonus, 20);
    s.rope = 200;
    const FitnessResult r = standard().score(s);
    EXPECT_EQ(r.bonus, 20);
    EXPECT_DOUBLE_EQ(r.total, r.standardScore + 20);
}

TEST(Fitness, JuniorBonusesPerItemAndInTotal)
{
    StudentFitness boy;
    boy.gradeCode = 21;
    boy.sex = 1;
    boy.height = 160;
    boy.weight = 50;
    boy.lung = 3000;
    boy.run50 = 8;
    boy.sitReach = 10;
    boy.longJump = 200;
    boy.pullups = 14;  // 100-point threshold 13: +1
    boy.run1000 = 231; // 235 s − 4 s: +1
    FitnessResult r = standard().score(boy);
    ASSERT_TRUE(r.scored()) << r.reason.toStdString();
    EXPECT_EQ(r.bonus, 2);
    boy.run1000 = 232; // 3 s faster: nothing
    EXPECT_EQ(standard().score(boy).bonus, 1);
    boy.pullups = 40;  // far beyond: capped at +10
    boy.run1000 = 150; // far faster: +10
    r = standard().score(boy);
    EXPECT_EQ(r.bonus, 20);

    StudentFitness girl = boy;
    girl.sex = 2;
    girl.pullups.reset();
    girl.run1000.reset();
    girl.situps = 52;  // 100-point threshold 50: +2 reps → +1
    girl.run800 = 210; // 215 − 5 s → +1
    r = standard().score(girl);
    ASSERT_TRUE(r.scored()) << r.reason.toStdString();
    EXPECT_EQ(r.bonus, 2);
    girl.situps = 51;
    EXPECT_EQ(standard().score(girl).bonus, 1);
}

TEST(Fitness, MissingItemExemptAndBadCodes)
{
    StudentFitness s = boy11AtSixty();
    s.rope.reset();
    FitnessResult r = standard().score(s);
    EXPECT_EQ(r.status, FitnessResult::Status::Missing);
    EXPECT_TRUE(r.reason.contains(QStringLiteral("一分钟跳绳")));
    s.exempt = true;
    s.exemptReason = QStringLiteral("骨折");
    EXPECT_EQ(standard().score(s).status, FitnessResult::Status::Exempt);
    s = boy11AtSixty();
    s.gradeCode = 17;
    EXPECT_EQ(standard().score(s).status, FitnessResult::Status::Invalid);
}

TEST(Fitness, MissingTableIsNotScoredNeverGuessed)
{
    QJsonObject root = standardJson();
    QJsonObject items = root["items"].toObject();
    QJsonObject rope = items["rope"].toObject();
    QJsonObject tables = rope["tables"].toObject();
    QJsonObject male = tables["male"].toObject();
    male.remove("11");
    tables["male"] = male;
    rope["tables"] = tables;
    items["rope"] = rope;
    root["items"] = items;
    const FitnessStandard partial = FitnessStandard::fromJson(root).value();
    const FitnessResult r = partial.score(boy11AtSixty());
    EXPECT_EQ(r.status, FitnessResult::Status::TableMissing);
    EXPECT_TRUE(r.reason.contains(QStringLiteral("未评分：评分标准缺少 一分钟跳绳 的表")))
        << r.reason.toStdString();
}

TEST(Fitness, RatesPerClassGradeSchoolAndCounty)
{
    // 4 students: 优秀, 良好, 及格, 不及格 — plus one exempt and one not scored.
    QList<FitnessResult> results;
    int level = 3;
    for (const char *grade : {"优秀", "良好", "及格", "不及格"}) {
        FitnessResult r;
        r.status = FitnessResult::Status::Scored;
        r.grade = QString::fromUtf8(grade);
        r.gradeLevel = level--;
        r.schoolCode = QStringLiteral("P1");
        r.town = QStringLiteral("城关镇");
        r.gradeCode = 11;
        r.classKey = QStringLiteral("1班");
        results << r;
    }
    FitnessResult exempt = results[0];
    exempt.status = FitnessResult::Status::Exempt;
    FitnessResult missing = results[0];
    missing.status = FitnessResult::Status::Missing;
    results << exempt << missing;
    const QList<FitnessGroup> groups = FitnessRates::all(results, QStringLiteral("县"), profile());
    ASSERT_EQ(groups.size(), 5); // class, grade, school, town, county
    for (const FitnessGroup &g : groups) {
        EXPECT_EQ(g.tested, 4);
        EXPECT_EQ(g.exempt, 1);
        EXPECT_EQ(g.notScored, 1);
        EXPECT_DOUBLE_EQ(*g.excellentGoodRate.value, 0.5);
        EXPECT_EQ(g.excellentGoodRate.state, ItemState::Fail); // < 55%
        EXPECT_DOUBLE_EQ(*g.passRate.value, 0.75);
        EXPECT_EQ(g.passRate.state, ItemState::Fail); // < 95%
    }
}
