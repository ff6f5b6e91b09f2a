#pragma once

#include "SchoolData.h"

#include <QStringList>
#include <optional>

namespace junheng {

// One school unit of the resource-allocation indicators (DOMAIN §4.1): a school's primary or junior
// part, with the students and the resources that belong to it. A 九年一贯制 school gives two units; its
// S4 resources are split by primary_share (or by student numbers), its teachers by their stage.
struct ResourceUnit
{
    QString schoolCode, schoolName, town;
    Stage stage = Stage::Primary;
    bool split = false;          // part of a 一贯制 school
    double share = 1.0;          // the share of S4 resources this unit holds
    QString shareBasis;          // how the share was found, in Chinese (split units)
    std::optional<int> students; // empty: S1 missing or a grade's count empty
    QStringList studentsMissing;

    // The quantities behind R1–R7 (numerators), each empty when its form or field is missing.
    std::optional<double> qualifiedTeachers; // full-time, 专科+ (primary) / 本科+ (junior)
    std::optional<double> backboneTeachers;  // 县级以上骨干
    std::optional<double> peArtsTeachers;    // full-time PE + music + art
    QStringList teachersMissing;
    std::optional<double> teachingArea, sportsArea, equipmentValue, multimediaRooms;
    QStringList facilitiesMissing; // per quantity: "S4.teaching_area"…

    // Builds the units of a school; a school outside the indicators (special school, a teaching point of
    // fewer than 50 students, a school with no S1) gives none and says why in excluded.
    static QList<ResourceUnit> build(const SchoolData &school, QString *excluded = nullptr);
    // The grades of a stage under a 学制: 6_3 → 1–6 / 7–9, 5_4 → 1–5 / 6–9.
    static std::pair<int, int> gradeRange(Stage stage, const QString &schoolSystem);
};

} // namespace junheng
