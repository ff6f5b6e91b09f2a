#include "FormAdapter.h"

#include <QJsonArray>
#include <cmath>

namespace junheng {

std::optional<double> FormAdapter::number(const QJsonObject &payload, const QString &key)
{
    const QJsonValue value = payload.value(key);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) { // imported values may arrive as text
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

std::optional<int> FormAdapter::integer(const QJsonObject &payload, const QString &key)
{
    const std::optional<double> value = number(payload, key);
    if (!value)
        return std::nullopt;
    return int(std::lround(*value));
}

std::optional<bool> FormAdapter::boolean(const QJsonObject &payload, const QString &key)
{
    const QJsonValue value = payload.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isString() &&
        (value.toString() == QLatin1String("true") || value.toString() == QLatin1String("false")))
        return value.toString() == QLatin1String("true");
    return std::nullopt;
}

namespace {

QList<double> numberList(const QJsonObject &payload, const QString &key)
{
    QList<double> list;
    for (const QJsonValue &v : payload.value(key).toArray())
        if (v.isDouble())
            list << v.toDouble();
    return list;
}

QString text(const QJsonObject &payload, const char *key)
{
    const QJsonValue value = payload.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString().trimmed();
}

int sexCode(const QJsonObject &payload)
{
    const QString sex = text(payload, "sex");
    if (sex == QLatin1String("1") || sex == QStringLiteral("男"))
        return 1;
    if (sex == QLatin1String("2") || sex == QStringLiteral("女"))
        return 2;
    return 0;
}

} // namespace

SchoolProfileForm FormAdapter::schoolProfile(const QJsonObject &p)
{
    SchoolProfileForm s;
    s.schoolType = text(p, "school_type");
    s.schoolSystem = text(p, "school_system");
    s.location = text(p, "location");
    s.ownership = text(p, "ownership");
    s.boarding = boolean(p, "boarding");
    s.hasCharter = boolean(p, "has_charter");
    s.digitised = boolean(p, "digitised");
    for (int g = 1; g <= 9; ++g)
        s.students[g - 1] = integer(p, QStringLiteral("students_g%1").arg(g));
    s.disabledInClass = integer(p, "disabled_in_class");
    s.disabledHome = integer(p, "disabled_home");
    s.disabledSpecialClass = integer(p, "disabled_special_class");
    s.migrantTotal = integer(p, "migrant_total");
    s.migrantPublic = integer(p, "migrant_public");
    s.newEntrants = integer(p, "new_entrants");
    s.newEntrantsZoned = integer(p, "new_entrants_zoned");
    s.publicFundsBudget = number(p, "public_funds_budget");
    s.trainingSpend = number(p, "training_spend");
    return s;
}

FacilitiesForm FormAdapter::facilities(const QJsonObject &p)
{
    FacilitiesForm f;
    f.teachingArea = number(p, "teaching_area");
    f.sportsAreaOutdoor = number(p, "sports_area_outdoor");
    f.sportsAreaIndoor = number(p, "sports_area_indoor");
    f.equipmentValue = number(p, "equipment_value");
    f.multimediaRooms = integer(p, "multimedia_rooms");
    f.musicRooms = integer(p, "music_rooms");
    f.artRooms = integer(p, "art_rooms");
    f.classes = integer(p, "classes");
    f.musicRoomAreas = numberList(p, "music_room_areas");
    f.artRoomAreas = numberList(p, "art_room_areas");
    f.primaryShare = number(p, "primary_share");
    return f;
}

ClassRow FormAdapter::classRow(const QJsonObject &p)
{
    return ClassRow{integer(p, "grade"), text(p, "class_name"), integer(p, "headcount")};
}

TeacherRow FormAdapter::teacher(const QJsonObject &p)
{
    TeacherRow t;
    t.staffNo = text(p, "staff_no");
    t.name = text(p, "name");
    t.fullTime = boolean(p, "full_time");
    t.stage = text(p, "stage");
    t.subject = text(p, "subject");
    t.degree = text(p, "degree");
    t.certificate = boolean(p, "certificate");
    t.backbone = text(p, "backbone");
    t.trainingHours = number(p, "training_hours");
    t.rotationEligible = boolean(p, "rotation_eligible");
    t.rotated = boolean(p, "rotated");
    return t;
}

CountyForm FormAdapter::county(const QJsonObject &p)
{
    CountyForm c;
    c.teacherAvgPay = number(p, "teacher_avg_pay");
    c.civilServantAvgPay = number(p, "civil_servant_avg_pay");
    c.specialEdFundsPerStudent = number(p, "special_ed_funds_per_student");
    c.hsPlacesTotal = integer(p, "quality_hs_places_total");
    c.hsPlacesAllocated = integer(p, "quality_hs_places_allocated");
    c.retentionCohortStart = integer(p, "retention_cohort_start");
    c.retentionCohortEnd = integer(p, "retention_cohort_end");
    c.disabledSchoolAge = integer(p, "disabled_school_age");
    c.disabledEnrolled = integer(p, "disabled_enrolled");
    c.monitoringLevel = integer(p, "monitoring_level");
    c.monitoringDiffRate = number(p, "monitoring_diff_rate");
    c.socialRecognitionRate = number(p, "social_recognition_rate");
    for (const char *key : {"performance_pay_done", "staffing_allocation_done", "layout_planned",
                            "unified_standards", "curriculum_ok", "moral_education_ok", "burden_ok",
                            "veto_exam_admission", "veto_illegal_choice", "veto_key_schools"}) {
        const QString k = QLatin1String(key);
        c.flags.insert(k, EvidenceItem{boolean(p, k), p.value(k + QStringLiteral("_evidence")).toArray()});
    }
    return c;
}

StudentFitness FormAdapter::fitness(const QJsonObject &p)
{
    StudentFitness s;
    s.studentId = text(p, "student_id");
    s.name = text(p, "name");
    s.classCode = text(p, "class_code");
    s.className = text(p, "class_name");
    s.gradeCode = integer(p, "grade_code").value_or(0);
    s.sex = sexCode(p);
    s.exempt = boolean(p, "exempt").value_or(false);
    s.exemptReason = text(p, "exempt_reason");
    s.height = number(p, "height");
    s.weight = number(p, "weight");
    s.lung = number(p, "lung");
    s.run50 = number(p, "run50");
    s.sitReach = number(p, "sit_reach");
    s.rope = number(p, "rope");
    s.situps = number(p, "situps");
    s.shuttle50x8 = number(p, "shuttle50x8");
    s.longJump = number(p, "long_jump");
    s.pullups = number(p, "pullups");
    s.run1000 = number(p, "run1000");
    s.run800 = number(p, "run800");
    return s;
}

StudentScreening FormAdapter::screening(const QJsonObject &p)
{
    StudentScreening s;
    s.studentId = text(p, "student_id");
    s.name = text(p, "name");
    s.sex = sexCode(p);
    s.grade = integer(p, "grade").value_or(0);
    s.className = text(p, "class_name");
    s.birthDate = QDate::fromString(text(p, "birth_date"), Qt::ISODate);
    s.screeningDate = QDate::fromString(text(p, "screening_date"), Qt::ISODate);
    s.glasses = text(p, "glasses");
    s.uaRight = number(p, "ua_right");
    s.uaLeft = number(p, "ua_left");
    s.sphRight = number(p, "sph_right");
    s.cylRight = number(p, "cyl_right");
    s.sphLeft = number(p, "sph_left");
    s.cylLeft = number(p, "cyl_left");
    return s;
}

SchoolData FormAdapter::school(const QString &code, const QString &name, const QString &town,
                               const QJsonObject *s1, const QJsonObject *s4, const QList<QJsonObject> *s2,
                               const QList<QJsonObject> *s3)
{
    SchoolData school;
    school.code = code;
    school.name = name;
    school.town = town;
    if (s1)
        school.profile = schoolProfile(*s1);
    if (s4)
        school.facilities = facilities(*s4);
    if (s2) {
        school.hasClasses = true;
        for (const QJsonObject &row : *s2)
            school.classes << classRow(row);
    }
    if (s3) {
        school.hasTeachers = true;
        for (const QJsonObject &row : *s3)
            school.teachers << teacher(row);
    }
    return school;
}

} // namespace junheng
