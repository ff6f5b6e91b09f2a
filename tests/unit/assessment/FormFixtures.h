#pragma once

// Valid payloads of every built-in form, the starting point of the form tests: each validates without a
// single issue, and between them every field of every form is relevant in at least one.
#include "FormCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace junheng::fixtures {

inline const FormCatalog &catalog()
{
    static const FormCatalog forms = FormCatalog::load(FormCatalog::builtInDirectory).value();
    return forms;
}

inline const FormDefinition &form(const char *id)
{
    return *catalog().find(QString::fromLatin1(id));
}

inline QJsonObject attachment(const char *name)
{
    const QString sha = QStringLiteral("ab").repeated(32);
    return QJsonObject{
        {"file", QString(sha + ".pdf")}, {"name", QString::fromUtf8(name)}, {"size", 20480}, {"sha256", sha}};
}

inline QJsonObject s1(const char *schoolType = "nine_year")
{
    QJsonObject p{{"school_type", schoolType},   {"school_system", "6_3"},
                  {"location", "town"},          {"ownership", "public"},
                  {"boarding", false},           {"founded_year", 1985},
                  {"has_charter", true},         {"digitised", true},
                  {"disabled_in_class", 3},      {"disabled_home", 1},
                  {"disabled_special_class", 0}, {"migrant_total", 40},
                  {"migrant_public", 38},        {"new_entrants", 200},
                  {"new_entrants_zoned", 190},   {"public_funds_budget", 1200000},
                  {"training_spend", 60000}};
    for (int grade = 1; grade <= 9; ++grade)
        p.insert(QStringLiteral("students_g%1").arg(grade), 100 + grade);
    return p;
}

inline QJsonObject s2(int grade = 1, const char *className = "1班", int headcount = 40)
{
    return QJsonObject{
        {"grade", grade}, {"class_name", QString::fromUtf8(className)}, {"headcount", headcount}};
}

inline QJsonObject s3(const char *staffNo = "T001")
{
    return QJsonObject{{"name", "王芳"},
                       {"staff_no", staffNo},
                       {"sex", "2"},
                       {"birth_year", 1985},
                       {"full_time", true},
                       {"stage", "primary"},
                       {"subject", "math"},
                       {"degree", "bachelor"},
                       {"certificate", true},
                       {"backbone", "county"},
                       {"establishment", "staffed"},
                       {"training_hours", 320},
                       {"rotation_eligible", true},
                       {"rotated", false}};
}

inline QJsonObject s4()
{
    return QJsonObject{{"teaching_area", 8200.5},
                       {"sports_area_outdoor", 12000},
                       {"sports_area_indoor", 800},
                       {"equipment_value", 3600000},
                       {"multimedia_rooms", 36},
                       {"music_rooms", 1},
                       {"music_room_areas", QJsonArray{96}},
                       {"art_rooms", 1},
                       {"art_room_areas", QJsonArray{90}},
                       {"classes", 36},
                       {"primary_share", 60}};
}

inline QJsonObject s5(const char *studentId = "G370303201501010011", const char *glasses = "spectacles")
{
    return QJsonObject{{"student_id", studentId},
                       {"name", "李明"},
                       {"sex", "1"},
                       {"birth_date", "2015-01-01"},
                       {"grade", 4},
                       {"class_name", "4班"},
                       {"screening_date", "2025-10-10"},
                       {"glasses", glasses},
                       {"ua_right", 4.6},
                       {"ua_left", 4.7},
                       {"ca_right", 5.0},
                       {"ca_left", 5.0},
                       {"sph_right", -2.25},
                       {"cyl_right", -0.5},
                       {"axis_right", 180},
                       {"sph_left", -2},
                       {"cyl_left", -0.75},
                       {"axis_left", 175}};
}

// grade code, sex "1"/"2": every item that grade and sex measure, at a usual value.
inline QJsonObject s6(int gradeCode = 21, const char *sex = "1",
                      const char *studentId = "G370303201101010011")
{
    // usual values of the stage: height, weight, lung, 50 m
    struct Body
    {
        double height, weight, lung, run50;
    };
    const Body body = gradeCode <= 12   ? Body{122.5, 24, 1200, 10.8}
                      : gradeCode <= 14 ? Body{135, 31, 1700, 9.8}
                      : gradeCode <= 16 ? Body{146.5, 39, 2100, 9.2}
                      : gradeCode <= 23 ? Body{158.2, 48.5, 2600, 8.4}
                                        : Body{168, 58, 3600, 7.9};
    QJsonObject p{{"grade_code", gradeCode},
                  {"class_code", "2101"},
                  {"class_name", "初一1班"},
                  {"student_id", studentId},
                  {"ethnicity", "01"},
                  {"name", "张伟"},
                  {"sex", sex},
                  {"birth_date", "2012-03-04"},
                  {"address", "桓台县少海路1号"},
                  {"height", body.height},
                  {"weight", body.weight},
                  {"lung", body.lung},
                  {"run50", body.run50},
                  {"sit_reach", 8.5},
                  {"ua_left", 4.9},
                  {"ua_right", 5.0}};
    const bool boy = QLatin1String(sex) == QLatin1String("1");
    if (gradeCode <= 16) {
        p.insert("rope", 120);
        if (gradeCode >= 13)
            p.insert("situps", 35);
        if (gradeCode >= 15)
            p.insert("shuttle50x8", 115);
    } else {
        p.insert("long_jump", 190);
        p.insert(boy ? "pullups" : "situps", boy ? 6 : 38);
        p.insert(boy ? "run1000" : "run800", boy ? 250 : 230);
    }
    return p;
}

inline QJsonObject c1()
{
    QJsonObject p{{"teacher_avg_pay", 98000},
                  {"civil_servant_avg_pay", 95000},
                  {"special_ed_funds_per_student", 7000},
                  {"quality_hs_places_total", 3000},
                  {"quality_hs_places_allocated", 2100},
                  {"retention_cohort_start", 5200},
                  {"retention_cohort_end", 5050},
                  {"disabled_school_age", 210},
                  {"disabled_enrolled", 205},
                  {"monitoring_level", "3"},
                  {"monitoring_diff_rate", 0.12},
                  {"social_recognition_rate", 88.5},
                  {"veto_exam_admission", false},
                  {"veto_illegal_choice", false},
                  {"veto_key_schools", false}};
    for (const char *item : {"performance_pay_done", "staffing_allocation_done", "layout_planned",
                             "unified_standards", "curriculum_ok", "moral_education_ok", "burden_ok"}) {
        p.insert(QLatin1String(item), true);
        p.insert(QLatin1String(item) + QStringLiteral("_evidence"), QJsonArray{attachment("文件.pdf")});
    }
    return p;
}

// Base payloads per form: together they make every field relevant at least once.
inline QList<QJsonObject> basePayloads(const QString &formId)
{
    if (formId == "S1")
        return {s1("nine_year")};
    if (formId == "S2")
        return {s2()};
    if (formId == "S3")
        return {s3()};
    if (formId == "S4")
        return {s4()};
    if (formId == "S5")
        return {s5()};
    if (formId == "S6") {
        QJsonObject exempt = s6(22, "2");
        for (const char *item :
             {"height", "weight", "lung", "run50", "sit_reach", "long_jump", "situps", "run800"})
            exempt.remove(QLatin1String(item));
        exempt.insert("exempt", true);
        exempt.insert("exempt_reason", "心脏病，医院证明");
        return {s6(21, "1"), s6(21, "2"), s6(15, "1"), s6(11, "2"), s6(13, "2"), s6(32, "1"), exempt};
    }
    if (formId == "C1")
        return {c1()};
    return {};
}

} // namespace junheng::fixtures
