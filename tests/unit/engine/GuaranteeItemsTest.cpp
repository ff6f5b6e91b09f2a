// Government-guarantee and quality items from school and county forms: hand-computed cases.
#include "GuaranteeItems.h"
#include "EngineFixtures.h"

#include <QJsonArray>

using namespace junheng;
using namespace junheng::test;

namespace {

ItemResult find(const QList<ItemResult> &items, const char *code)
{
    for (const ItemResult &item : items)
        if (item.code == QLatin1String(code))
            return item;
    ADD_FAILURE() << "no item " << code;
    return {};
}

ItemResult schoolItem(const SchoolData &s, const char *code, const char *profileId = "national")
{
    return find(GuaranteeItems::school(s, profile(profileId)), code);
}

} // namespace

TEST(GuaranteeItems, MusicRoomsPerTwelveClassesAndArea)
{
    SchoolData s = primaryAtThreshold();
    s.facilities->classes = 24; // 2 rooms needed
    EXPECT_EQ(schoolItem(s, "G_music_rooms").state, ItemState::Pass);
    s.facilities->classes = 25; // 3 rooms needed
    const ItemResult short1 = schoolItem(s, "G_music_rooms");
    EXPECT_EQ(short1.state, ItemState::Fail);
    EXPECT_TRUE(short1.detail.contains(QStringLiteral("还差 1 间")));
    s.facilities->musicRooms = 3;
    s.facilities->musicRoomAreas = {96, 96, 95.9};
    const ItemResult small = schoolItem(s, "G_music_rooms");
    EXPECT_EQ(small.state, ItemState::Fail);
    EXPECT_TRUE(small.detail.contains(QStringLiteral("1 间面积小于 96 ㎡")));
    s.facilities->musicRoomAreas = {96, 96};
    EXPECT_EQ(schoolItem(s, "G_music_rooms").state, ItemState::NotComputed);
    s.facilities->artRoomAreas = {90, 89.9};
    EXPECT_EQ(schoolItem(s, "G_art_rooms").state, ItemState::Fail);
}

TEST(GuaranteeItems, SchoolSizeAtAndAboveTheLimit)
{
    SchoolData s = primaryAtThreshold(2000);
    EXPECT_EQ(schoolItem(s, "G_school_size").state, ItemState::Pass);
    s = primaryAtThreshold(2001);
    EXPECT_EQ(schoolItem(s, "G_school_size").state, ItemState::Fail);
    s.profile->schoolType = QStringLiteral("nine_year"); // 2500 for 一贯制
    EXPECT_EQ(schoolItem(s, "G_school_size").state, ItemState::Pass);
}

TEST(GuaranteeItems, ClassSizeByStage)
{
    SchoolData s = primaryAtThreshold();
    s.hasClasses = true;
    s.classes = {ClassRow{1, QStringLiteral("1班"), 45}, ClassRow{7, QStringLiteral("1班"), 50}};
    EXPECT_EQ(schoolItem(s, "G_class_size").state, ItemState::Pass);
    s.classes << ClassRow{2, QStringLiteral("3班"), 46};
    const ItemResult over = schoolItem(s, "G_class_size");
    EXPECT_EQ(over.state, ItemState::Fail);
    EXPECT_TRUE(over.detail.contains(QStringLiteral("2年级3班 46 人（限 45 人）")));
    s.hasClasses = false;
    EXPECT_EQ(schoolItem(s, "G_class_size").missing, QStringList{"S2"});
}

TEST(GuaranteeItems, FundingFloorForSmallRuralSchools)
{
    SchoolData s = primaryAtThreshold(150);
    s.profile->location = QStringLiteral("rural");
    s.profile->publicFundsBudget = 130000; // Shandong: 200 × 650
    EXPECT_EQ(schoolItem(s, "G_funding", "shandong").state, ItemState::Pass);
    s.profile->publicFundsBudget = 129999;
    const ItemResult short1 = schoolItem(s, "G_funding", "shandong");
    EXPECT_EQ(short1.state, ItemState::Fail);
    // The report and the ledger show the budget against the yuan it needs, not the floor's 200 students.
    ASSERT_TRUE(short1.threshold.has_value());
    EXPECT_DOUBLE_EQ(short1.threshold->value, 130000);
    // National: 150 students are above the 100 floor, 150 × 600.
    s.profile->publicFundsBudget = 90000;
    EXPECT_EQ(schoolItem(s, "G_funding").state, ItemState::Pass);
    s.profile->publicFundsBudget.reset();
    EXPECT_EQ(schoolItem(s, "G_funding").missing, QStringList{"S1.public_funds_budget"});
}

TEST(GuaranteeItems, TeacherRatesFromTheRoster)
{
    SchoolData s = primaryAtThreshold();
    EXPECT_EQ(schoolItem(s, "G_certificate").state, ItemState::Pass);
    EXPECT_EQ(schoolItem(s, "G_training_360").state, ItemState::Pass); // exactly 360 hours
    s.teachers[0].certificate = false;
    s.teachers[1].trainingHours = 359.5;
    EXPECT_EQ(schoolItem(s, "G_certificate").state, ItemState::Fail);
    EXPECT_NEAR(*schoolItem(s, "G_certificate").value, 41.0 / 42, 1e-12);
    EXPECT_EQ(schoolItem(s, "G_training_360").state, ItemState::Fail);

    for (int i = 0; i < 20; ++i)
        s.teachers[i].rotationEligible = true;
    s.teachers[0].rotated = true;
    EXPECT_EQ(schoolItem(s, "G_rotation").state, ItemState::Fail); // 1 of 20 = 5%
    s.teachers[1].rotated = true;
    EXPECT_EQ(schoolItem(s, "G_rotation").state, ItemState::Pass);          // 2 of 20 = 10%
    EXPECT_EQ(schoolItem(s, "G_rotation_backbone").state, ItemState::Fail); // none of them backbone
    s.teachers[1].backbone = QStringLiteral("city");
    EXPECT_EQ(schoolItem(s, "G_rotation_backbone").state, ItemState::Pass); // 1 of 2
}

TEST(GuaranteeItems, NearbyEnrolmentOnlyForPublicNonBoardingUrbanSchools)
{
    SchoolData s = primaryAtThreshold();
    s.profile->newEntrants = 200;
    s.profile->newEntrantsZoned = 200;
    EXPECT_EQ(schoolItem(s, "G_zoned").state, ItemState::Pass);
    s.profile->newEntrantsZoned = 199; // 小学 100%
    EXPECT_EQ(schoolItem(s, "G_zoned").state, ItemState::Fail);
    s.profile->schoolType = QStringLiteral("junior");
    s.profile->newEntrantsZoned = 190; // 初中 95%
    EXPECT_EQ(schoolItem(s, "G_zoned").state, ItemState::Pass);
    s.profile->ownership = QStringLiteral("private");
    EXPECT_EQ(schoolItem(s, "G_zoned").state, ItemState::NotApplicable);
}

TEST(GuaranteeItems, TrainingSpendMigrantsAndCharter)
{
    SchoolData s = primaryAtThreshold();
    s.profile->publicFundsBudget = 1000000;
    s.profile->trainingSpend = 50000;
    EXPECT_EQ(schoolItem(s, "Q_training_spend").state, ItemState::Pass);
    s.profile->trainingSpend = 49999;
    EXPECT_EQ(schoolItem(s, "Q_training_spend").state, ItemState::Fail);
    s.profile->migrantTotal = 100;
    s.profile->migrantPublic = 85;
    EXPECT_EQ(schoolItem(s, "G_migrant").state, ItemState::Pass);
    s.profile->migrantPublic = 84;
    EXPECT_EQ(schoolItem(s, "G_migrant").state, ItemState::Fail);
    s.profile->migrantTotal = 0;
    s.profile->migrantPublic = 0;
    EXPECT_EQ(schoolItem(s, "G_migrant").state, ItemState::NotApplicable);
    EXPECT_EQ(schoolItem(s, "Q_charter").state, ItemState::NotComputed);
    s.profile->hasCharter = true;
    s.profile->digitised = false;
    EXPECT_EQ(schoolItem(s, "Q_charter").state, ItemState::Fail);
}

namespace {

CountyData countyWithForm()
{
    CountyData county;
    county.name = QStringLiteral("桓台县");
    CountyForm c1;
    c1.teacherAvgPay = 98000;
    c1.civilServantAvgPay = 98000;
    c1.specialEdFundsPerStudent = 6000;
    c1.hsPlacesTotal = 1000;
    c1.hsPlacesAllocated = 700;
    c1.retentionCohortStart = 1000;
    c1.retentionCohortEnd = 950;
    c1.disabledSchoolAge = 100;
    c1.disabledEnrolled = 97;
    c1.monitoringLevel = 3;
    c1.monitoringDiffRate = 0.14;
    c1.socialRecognitionRate = 85;
    const QJsonArray evidence{QJsonObject{{"file", "ab.pdf"}, {"name", "文件.pdf"}}};
    for (const char *key : {"performance_pay_done", "staffing_allocation_done", "layout_planned",
                            "unified_standards", "curriculum_ok", "moral_education_ok", "burden_ok"})
        c1.flags.insert(QLatin1String(key), EvidenceItem{true, evidence});
    for (const char *key : {"veto_exam_admission", "veto_illegal_choice", "veto_key_schools"})
        c1.flags.insert(QLatin1String(key), EvidenceItem{false, {}});
    county.form = c1;
    return county;
}

} // namespace

TEST(GuaranteeItems, CountyItemsUnderNationalAndHuantai)
{
    const CountyData county = countyWithForm();
    const QList<ItemResult> national = GuaranteeItems::county(county, profile());
    for (const char *code :
         {"G_teacher_pay", "G_special_ed_funds", "G_hs_places", "Q_retention", "Q_disability", "Q_monitoring",
          "Q_social_recognition", "E_curriculum_ok", "V_veto"})
        EXPECT_EQ(find(national, code).state, ItemState::Pass) << code;
    EXPECT_EQ(find(national, "Q_retention").title, QStringLiteral("初中三年巩固率"));

    const QList<ItemResult> huantai = GuaranteeItems::county(county, profile("huantai"));
    const ItemResult disability = find(huantai, "Q_disability");
    EXPECT_EQ(disability.state, ItemState::Fail); // 97% < 98%
    EXPECT_EQ(disability.threshold->profileId, QStringLiteral("huantai"));
    EXPECT_EQ(find(huantai, "G_hs_places").state, ItemState::Pass); // exactly 70%
    EXPECT_EQ(find(huantai, "Q_retention").title, QStringLiteral("初中四年巩固率"));
}

TEST(GuaranteeItems, MonitoringDiffRateMustBeBelowTheLimit)
{
    CountyData county = countyWithForm();
    county.form->monitoringDiffRate = 0.15;
    EXPECT_EQ(find(GuaranteeItems::county(county, profile()), "Q_monitoring").state, ItemState::Fail);
    county.form->monitoringDiffRate = 0.1;
    county.form->monitoringLevel = 2;
    EXPECT_EQ(find(GuaranteeItems::county(county, profile()), "Q_monitoring").state, ItemState::Fail);
}

TEST(GuaranteeItems, EvidenceAndVetoItems)
{
    CountyData county = countyWithForm();
    county.form->flags["curriculum_ok"].evidence = {};
    county.form->flags["burden_ok"].value = false;
    county.form->flags["layout_planned"].value.reset();
    const QList<ItemResult> items = GuaranteeItems::county(county, profile());
    EXPECT_EQ(find(items, "E_curriculum_ok").state, ItemState::NeedsEvidence);
    EXPECT_EQ(find(items, "E_burden_ok").state, ItemState::Fail);
    EXPECT_EQ(find(items, "E_layout_planned").state, ItemState::NotComputed);
    EXPECT_EQ(find(items, "E_performance_pay_done").evidence.size(), 1);

    county.form->flags["veto_key_schools"].value = true;
    const ItemResult veto = find(GuaranteeItems::county(county, profile()), "V_veto");
    EXPECT_EQ(veto.state, ItemState::Fail);
    EXPECT_TRUE(veto.detail.contains(QStringLiteral("设重点校或重点班")));
}

TEST(GuaranteeItems, MissingCountyFormIsNotComputed)
{
    CountyData county;
    const QList<ItemResult> items = GuaranteeItems::county(county, profile());
    EXPECT_EQ(find(items, "G_county_form").missing, QStringList{"C1"});
}
