#pragma once

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QString>
#include <array>
#include <optional>

namespace junheng {

// Typed inputs of the engine, one struct per form (docs/form-fields.md). FormAdapter builds them from
// payloads; tests build them by hand. An empty optional is a value nobody entered, never a zero.

enum class Stage { Primary, Junior };
QString stageName(Stage stage);  // "primary", "junior"
QString stageLabel(Stage stage); // "小学", "初中"

struct SchoolProfileForm // S1
{
    QString
        schoolType; // primary, junior, nine_year, twelve_year, complete_secondary, teaching_point, special
    QString schoolSystem; // 6_3 or 5_4; empty is taken as 6_3 and said so
    QString location;     // urban, town, rural
    QString ownership;    // public, private
    std::optional<bool> boarding;
    std::optional<bool> hasCharter;
    std::optional<bool> digitised;
    std::array<std::optional<int>, 9> students; // grades 1–9
    std::optional<int> disabledInClass, disabledHome, disabledSpecialClass;
    std::optional<int> migrantTotal, migrantPublic;
    std::optional<int> newEntrants, newEntrantsZoned;
    std::optional<double> publicFundsBudget, trainingSpend;
};

struct FacilitiesForm // S4
{
    std::optional<double> teachingArea, sportsAreaOutdoor, sportsAreaIndoor, equipmentValue;
    std::optional<int> multimediaRooms, musicRooms, artRooms, classes;
    QList<double> musicRoomAreas, artRoomAreas;
    std::optional<double> primaryShare; // %, 一贯制 only; empty: by student numbers
};

struct ClassRow // S2
{
    std::optional<int> grade;
    QString className;
    std::optional<int> headcount;
};

struct TeacherRow // S3
{
    QString staffNo, name;
    std::optional<bool> fullTime;
    QString stage;   // primary, junior (一贯制)
    QString subject; // pe, music, art, …
    QString degree;  // high_school … doctor
    std::optional<bool> certificate;
    QString backbone; // none, school, county, city, province, national
    std::optional<double> trainingHours;
    std::optional<bool> rotationEligible, rotated;
};

struct SchoolData
{
    QString code, name, town;
    std::optional<SchoolProfileForm> profile; // S1
    std::optional<FacilitiesForm> facilities; // S4
    bool hasClasses = false;                  // S2 submitted (even empty)
    QList<ClassRow> classes;
    bool hasTeachers = false; // S3 submitted
    QList<TeacherRow> teachers;
};

// A yes/no item with the evidence (佐证材料) attached to it.
struct EvidenceItem
{
    std::optional<bool> value;
    QJsonArray evidence;
};

struct CountyForm // C1
{
    std::optional<double> teacherAvgPay, civilServantAvgPay, specialEdFundsPerStudent;
    std::optional<int> hsPlacesTotal, hsPlacesAllocated;
    std::optional<int> retentionCohortStart, retentionCohortEnd;
    std::optional<int> disabledSchoolAge, disabledEnrolled;
    std::optional<int> monitoringLevel; // 1–4, the lowest level over the subjects
    std::optional<double> monitoringDiffRate;
    std::optional<double> socialRecognitionRate; // %
    // performance_pay_done, staffing_allocation_done, layout_planned, unified_standards, curriculum_ok,
    // moral_education_ok, burden_ok, veto_exam_admission, veto_illegal_choice, veto_key_schools
    QMap<QString, EvidenceItem> flags;
};

struct CountyData
{
    QString code, name;
    std::optional<CountyForm> form; // C1
    QList<SchoolData> schools;
};

// Degree at or above 专科 (primary) / 本科 (junior): "高于规定学历".
bool degreeAtLeast(const QString &degree, const QString &minimum);
// Backbone of county level or above (县级以上骨干).
bool countyBackbone(const QString &backbone);

} // namespace junheng
