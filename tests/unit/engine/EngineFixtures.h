#pragma once

// Hand-built inputs for the engine tests: schools with exactly the figures a test needs.
#include "SchoolData.h"
#include "ThresholdProfile.h"

#include <gtest/gtest.h>

namespace junheng::test {

inline const ThresholdProfile &profile(const char *id = "national")
{
    static QHash<QString, ThresholdProfile> loaded;
    const QString key = QLatin1String(id);
    if (!loaded.contains(key)) {
        auto p = ThresholdProfile::load(key);
        EXPECT_TRUE(p.ok()) << p.error().message.toStdString();
        loaded.insert(key, p.value());
    }
    return loaded[key];
}

inline TeacherRow teacher(QString degree = QStringLiteral("bachelor"),
                          QString subject = QStringLiteral("math"), QString backbone = QStringLiteral("none"),
                          QString stage = {})
{
    TeacherRow t;
    t.fullTime = true;
    t.degree = std::move(degree);
    t.subject = std::move(subject);
    t.backbone = std::move(backbone);
    t.stage = std::move(stage);
    t.certificate = true;
    t.trainingHours = 360;
    t.rotationEligible = false;
    t.rotated = false;
    return t;
}

// A primary school of `students` students (grades 1–6 as even as possible) whose every indicator sits
// exactly on the national primary threshold when students is 1000.
inline SchoolData primaryAtThreshold(int students = 1000)
{
    SchoolData s;
    s.code = QStringLiteral("P1");
    s.name = QStringLiteral("实验小学");
    s.town = QStringLiteral("城关镇");
    SchoolProfileForm s1;
    s1.schoolType = QStringLiteral("primary");
    s1.schoolSystem = QStringLiteral("6_3");
    s1.location = QStringLiteral("urban");
    s1.ownership = QStringLiteral("public");
    s1.boarding = false;
    for (int g = 0; g < 9; ++g)
        s1.students[g] = g < 6 ? students / 6 + (g < students % 6 ? 1 : 0) : 0;
    s.profile = s1;
    FacilitiesForm s4;
    s4.teachingArea = 4500;
    s4.sportsAreaOutdoor = 6000;
    s4.sportsAreaIndoor = 1500;
    s4.equipmentValue = 2000000;
    s4.multimediaRooms = 23;
    s4.classes = 24;
    s4.musicRooms = 2;
    s4.musicRoomAreas = {96, 96};
    s4.artRooms = 2;
    s4.artRoomAreas = {90, 90};
    s.facilities = s4;
    s.hasTeachers = true;
    // 42 full-time 专科+ teachers: 10 of them county backbone, 9 of them PE/music/art.
    for (int i = 0; i < 42; ++i)
        s.teachers << teacher(QStringLiteral("junior_college"),
                              i < 3   ? QStringLiteral("pe")
                              : i < 6 ? QStringLiteral("music")
                              : i < 9 ? QStringLiteral("art")
                                      : QStringLiteral("chinese"),
                              i >= 32 ? QStringLiteral("county") : QStringLiteral("none"));
    return s;
}

} // namespace junheng::test
