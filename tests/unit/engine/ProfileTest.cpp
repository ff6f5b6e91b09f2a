// Threshold profiles as data: national defaults, province and county overrides, a source for every value.
#include "ThresholdProfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

TEST(ThresholdProfile, NationalHasEveryKeyWithASource)
{
    auto national = ThresholdProfile::load("national");
    ASSERT_TRUE(national.ok()) << national.error().message.toStdString();
    for (const QString &key : ThresholdProfile::requiredKeys()) {
        EXPECT_TRUE(national->has(key)) << key.toStdString();
        EXPECT_FALSE(national->get(key).source.isEmpty()) << key.toStdString();
    }
    EXPECT_DOUBLE_EQ(national->value("R1.junior"), 5.3);
    EXPECT_DOUBLE_EQ(national->value("funding.floor_students"), 100);
    EXPECT_DOUBLE_EQ(national->value("disability_enrolment"), 0.95);
}

TEST(ThresholdProfile, HuantaiOverridesShandongOverridesNational)
{
    auto huantai = ThresholdProfile::load("huantai");
    ASSERT_TRUE(huantai.ok()) << huantai.error().message.toStdString();
    EXPECT_EQ(huantai->chain(), (QStringList{"huantai", "shandong", "national"}));
    EXPECT_DOUBLE_EQ(huantai->value("disability_enrolment"), 0.98);
    EXPECT_EQ(huantai->get("disability_enrolment").profileId, QStringLiteral("huantai"));
    EXPECT_DOUBLE_EQ(huantai->value("hs_places"), 0.70);
    EXPECT_DOUBLE_EQ(huantai->value("retention.years"), 4);
    EXPECT_DOUBLE_EQ(huantai->value("funding.floor_students"), 200);
    EXPECT_EQ(huantai->get("funding.floor_students").profileId, QStringLiteral("shandong"));
    EXPECT_DOUBLE_EQ(huantai->value("myopia.target_change_pp"), -1.0);
    EXPECT_EQ(huantai->get("R1.primary").profileId, QStringLiteral("national"));
}

TEST(ThresholdProfile, HebeiAndItsCities)
{
    EXPECT_DOUBLE_EQ(ThresholdProfile::load("hebei")->value("myopia.target_change_pp"), -0.5);
    EXPECT_DOUBLE_EQ(ThresholdProfile::load("xingtai")->value("disability_enrolment"), 0.99);
    EXPECT_DOUBLE_EQ(ThresholdProfile::load("jingyan")->value("disability_enrolment"), 0.97);
    EXPECT_TRUE(ThresholdProfile::available().contains("huantai"));
}

TEST(ThresholdProfile, UnknownProfileSaysWhich)
{
    auto missing = ThresholdProfile::load("nowhere");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("nowhere")));
}

TEST(ThresholdProfile, CountyFileWithoutSourceOrWithMissingKeyIsRefused)
{
    QTemporaryDir dir;
    auto write = [&](const char *name, const QByteArray &text) {
        QFile file(dir.filePath(QLatin1String(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write("nosource.json", R"({"id":"nosource","name":"某县","values":{"R1.primary":{"value":4.5}}})");
    auto a = ThresholdProfile::load("nosource", dir.path());
    ASSERT_FALSE(a.ok());
    EXPECT_TRUE(a.error().message.contains(QStringLiteral("出处")));
    write("partial.json",
          R"({"id":"partial","name":"某县","values":{"R1.primary":{"value":4.5,"source":"县文件"}}})");
    auto b = ThresholdProfile::load("partial", dir.path());
    ASSERT_FALSE(b.ok());
    EXPECT_EQ(b.error().code, QStringLiteral("profile.incomplete"));
    write("loop.json", R"({"id":"loop","name":"环","parent":"loop","values":{}})");
    EXPECT_EQ(ThresholdProfile::load("loop", dir.path()).error().code, QStringLiteral("profile.cycle"));
}
