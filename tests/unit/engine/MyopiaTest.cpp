// Myopia by WS/T 663—2020: the acuity/SE rule at its edges, one eye vs both, age, missing data, rates.
#include "EngineFixtures.h"
#include "MyopiaScreening.h"

using namespace junheng;
using namespace junheng::test;

namespace {

StudentScreening student(double uaRight, double sphRight, double uaLeft = 5.0, double sphLeft = 0)
{
    StudentScreening s;
    s.studentId = QStringLiteral("S1");
    s.schoolCode = QStringLiteral("P1");
    s.town = QStringLiteral("城关镇");
    s.sex = 1;
    s.grade = 3;
    s.birthDate = QDate(2016, 5, 1);
    s.screeningDate = QDate(2025, 9, 10);
    s.glasses = QStringLiteral("none");
    s.uaRight = uaRight;
    s.sphRight = sphRight;
    s.cylRight = 0;
    s.uaLeft = uaLeft;
    s.sphLeft = sphLeft;
    s.cylLeft = 0;
    return s;
}

MyopiaResult classify(const StudentScreening &s, const char *profileId = "national")
{
    return MyopiaScreening::classify(s, profile(profileId));
}

} // namespace

TEST(Myopia, AcuityAndSphericalEquivalentAtTheirEdges)
{
    const double acuities[] = {4.9, 5.0, 5.1};
    const double ses[] = {-0.25, -0.50, -0.75};
    for (double ua : acuities)
        for (double se : ses) {
            const MyopiaResult r = classify(student(ua, se));
            EXPECT_EQ(r.status, MyopiaResult::Status::Valid);
            const bool expected = ua < 5.0 && se <= -0.5;
            EXPECT_EQ(r.myopic, expected) << "ua " << ua << " se " << se;
        }
}

TEST(Myopia, SphericalEquivalentUsesHalfTheCylinder)
{
    StudentScreening s = student(4.8, -0.25);
    s.cylRight = -0.5; // SE = −0.25 − 0.25 = −0.50
    const MyopiaResult r = classify(s);
    EXPECT_TRUE(r.myopic);
    EXPECT_DOUBLE_EQ(*r.seRight, -0.5);
    s.cylRight = -0.25; // SE −0.375
    EXPECT_FALSE(classify(s).myopic);
}

TEST(Myopia, EitherEyeIsEnough)
{
    EXPECT_TRUE(classify(student(5.0, 0, 4.9, -0.75)).myopic);      // left only
    EXPECT_TRUE(classify(student(4.9, -0.75, 5.0, 0)).myopic);      // right only
    EXPECT_FALSE(classify(student(5.0, -0.75, 4.9, -0.25)).myopic); // each eye meets one half only
}

TEST(Myopia, DegreeByTheWorseEye)
{
    EXPECT_EQ(classify(student(4.9, -0.5)).degree, QStringLiteral("低度"));
    EXPECT_EQ(classify(student(4.9, -2.75)).degree, QStringLiteral("低度"));
    EXPECT_EQ(classify(student(4.9, -3.0)).degree, QStringLiteral("中度"));
    EXPECT_EQ(classify(student(4.9, -5.75)).degree, QStringLiteral("中度"));
    EXPECT_EQ(classify(student(4.9, -6.0)).degree, QStringLiteral("高度"));
    EXPECT_EQ(classify(student(4.9, -1.0, 4.5, -6.5)).degree, QStringLiteral("高度"));
}

TEST(Myopia, UnderSixIsNotCounted)
{
    StudentScreening s = student(4.9, -1.0);
    s.birthDate = QDate(2019, 9, 11); // 5 the day before the 6th birthday
    EXPECT_EQ(classify(s).status, MyopiaResult::Status::UnderSix);
    s.birthDate = QDate(2019, 9, 10); // 6 on the day
    EXPECT_EQ(classify(s).status, MyopiaResult::Status::Valid);
}

TEST(Myopia, MissingDataIsInvalidAndSaysWhy)
{
    StudentScreening s = student(5.0, 0);
    s.uaLeft.reset();
    MyopiaResult r = classify(s);
    EXPECT_EQ(r.status, MyopiaResult::Status::Invalid);
    EXPECT_TRUE(r.reason.contains(QStringLiteral("左眼裸眼视力")));
    // The other eye already shows myopia: valid, whatever the missing eye would say.
    s = student(4.8, -1.0);
    s.sphLeft.reset();
    r = classify(s);
    EXPECT_EQ(r.status, MyopiaResult::Status::Valid);
    EXPECT_TRUE(r.myopic);
    s.birthDate = QDate();
    EXPECT_EQ(classify(s).status, MyopiaResult::Status::Invalid);
    EXPECT_TRUE(classify(s).reason.contains(QStringLiteral("出生日期")));
}

TEST(Myopia, OrthokeratologyCountsAsMyopic)
{
    StudentScreening s = student(5.0, 0);
    s.glasses = QStringLiteral("ortho_k");
    EXPECT_TRUE(classify(s).myopic);
}

TEST(Myopia, RatesAndTheChangeAgainstEachProfilesTarget)
{
    // 100 valid students, 49 myopic; 1 invalid; 1 under six.
    QList<MyopiaResult> results;
    for (int i = 0; i < 100; ++i) {
        StudentScreening s = i < 49 ? student(4.8, -1.0) : student(5.0, 0);
        s.grade = i < 50 ? 1 : 7;
        s.sex = i % 2 ? 1 : 2;
        results << classify(s);
    }
    StudentScreening bad = student(5.0, 0);
    bad.uaRight.reset();
    results << classify(bad);
    StudentScreening young = student(5.0, 0);
    young.birthDate = QDate(2020, 1, 1);
    results << classify(young);

    MyopiaGroup previous;
    previous.level = QStringLiteral("county");
    previous.key = QStringLiteral("县");
    previous.rate = 0.50;
    const auto countyOf = [](const QList<MyopiaGroup> &groups) {
        for (const MyopiaGroup &g : groups)
            if (g.level == QLatin1String("county"))
                return g;
        return MyopiaGroup{};
    };
    const MyopiaGroup shandong =
        countyOf(MyopiaRates::all(results, QStringLiteral("县"), profile("shandong"), {previous}));
    EXPECT_EQ(shandong.screened, 100);
    EXPECT_EQ(shandong.invalid, 1);
    EXPECT_EQ(shandong.underSix, 1);
    EXPECT_DOUBLE_EQ(*shandong.rate, 0.49);
    EXPECT_NEAR(*shandong.change.value, -1.0, 1e-9);
    EXPECT_EQ(shandong.change.state, ItemState::Pass); // exactly −1.0 pp
    previous.rate = 0.495;
    const MyopiaGroup shandong2 =
        countyOf(MyopiaRates::all(results, QStringLiteral("县"), profile("shandong"), {previous}));
    EXPECT_EQ(shandong2.change.state, ItemState::Fail); // −0.5 pp, Shandong asks −1.0
    const MyopiaGroup hebei =
        countyOf(MyopiaRates::all(results, QStringLiteral("县"), profile("hebei"), {previous}));
    EXPECT_EQ(hebei.change.state, ItemState::Pass); // −0.5 pp is Hebei's target
    EXPECT_EQ(hebei.change.threshold->profileId, QStringLiteral("hebei"));

    // By stage: grades 1 (primary: 49 of 50 myopic) and 7 (junior: 0 of 50).
    for (const MyopiaGroup &g : MyopiaRates::all(results, QStringLiteral("县"), profile())) {
        if (g.level == QLatin1String("stage") && g.key == QLatin1String("primary")) {
            EXPECT_DOUBLE_EQ(*g.rate, 49.0 / 50); // the invalid and under-six rows are not counted
        }
        if (g.level == QLatin1String("stage") && g.key == QLatin1String("junior")) {
            EXPECT_DOUBLE_EQ(*g.rate, 0);
        }
        if (g.level == QLatin1String("county")) {
            EXPECT_EQ(g.change.state, ItemState::NotComputed); // no previous cycle given
        }
    }
}
