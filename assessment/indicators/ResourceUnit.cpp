#include "ResourceUnit.h"

#include <QCoreApplication>

namespace junheng {

namespace {

std::optional<int> studentsOf(const SchoolProfileForm &s1, Stage stage, QStringList *missing)
{
    const auto [from, to] = ResourceUnit::gradeRange(stage, s1.schoolSystem);
    int total = 0;
    for (int grade = from; grade <= to; ++grade) {
        if (!s1.students[grade - 1]) {
            missing->append(QStringLiteral("S1.students_g%1").arg(grade));
            continue;
        }
        total += *s1.students[grade - 1];
    }
    if (!missing->isEmpty())
        return std::nullopt;
    return total;
}

void countTeachers(const SchoolData &school, ResourceUnit &unit)
{
    if (!school.hasTeachers) {
        unit.teachersMissing << QStringLiteral("S3");
        return;
    }
    const QString minimum =
        unit.stage == Stage::Primary ? QStringLiteral("junior_college") : QStringLiteral("bachelor");
    const QString stage = stageName(unit.stage);
    double qualified = 0, backbone = 0, peArts = 0;
    int noStage = 0;
    for (const TeacherRow &teacher : school.teachers) {
        if (unit.split && teacher.stage.isEmpty()) {
            ++noStage;
            continue;
        }
        if (unit.split && teacher.stage != stage)
            continue;
        const bool fullTime = teacher.fullTime.value_or(false);
        if (fullTime && degreeAtLeast(teacher.degree, minimum))
            ++qualified;
        if (countyBackbone(teacher.backbone))
            ++backbone;
        if (fullTime &&
            (teacher.subject == QLatin1String("pe") || teacher.subject == QLatin1String("music") ||
             teacher.subject == QLatin1String("art")))
            ++peArts;
    }
    if (noStage > 0) {
        // Without the stage the teacher cannot be put in either unit: say so instead of guessing.
        unit.teachersMissing
            << QCoreApplication::translate("ResourceUnit", "S3.stage（%1 名教师未填任教学段）").arg(noStage);
        return;
    }
    unit.qualifiedTeachers = qualified;
    unit.backboneTeachers = backbone;
    unit.peArtsTeachers = peArts;
}

void shareFacilities(const SchoolData &school, ResourceUnit &unit)
{
    if (!school.facilities) {
        unit.facilitiesMissing << QStringLiteral("S4");
        return;
    }
    const FacilitiesForm &s4 = *school.facilities;
    auto take = [&](const auto &value, const char *field) -> std::optional<double> {
        if (!value) {
            unit.facilitiesMissing << QStringLiteral("S4.") + QLatin1String(field);
            return std::nullopt;
        }
        return double(*value) * unit.share;
    };
    unit.teachingArea = take(s4.teachingArea, "teaching_area");
    if (s4.sportsAreaOutdoor || s4.sportsAreaIndoor) // a school may have only one of them
        unit.sportsArea = (s4.sportsAreaOutdoor.value_or(0) + s4.sportsAreaIndoor.value_or(0)) * unit.share;
    else
        unit.facilitiesMissing << QStringLiteral("S4.sports_area_outdoor");
    unit.equipmentValue = take(s4.equipmentValue, "equipment_value");
    unit.multimediaRooms = take(s4.multimediaRooms, "multimedia_rooms");
}

} // namespace

std::pair<int, int> ResourceUnit::gradeRange(Stage stage, const QString &schoolSystem)
{
    const int lastPrimary = schoolSystem == QLatin1String("5_4") ? 5 : 6;
    return stage == Stage::Primary ? std::pair{1, lastPrimary} : std::pair{lastPrimary + 1, 9};
}

QList<ResourceUnit> ResourceUnit::build(const SchoolData &school, QString *excluded)
{
    auto exclude = [&](const QString &why) {
        if (excluded)
            *excluded = why;
        return QList<ResourceUnit>{};
    };
    if (!school.profile)
        return exclude(
            QCoreApplication::translate("ResourceUnit", "缺少 S1 学校基本情况，无法确定学校类型和学生数"));
    const SchoolProfileForm &s1 = *school.profile;
    const QString &type = s1.schoolType;
    if (type == QLatin1String("special"))
        return exclude(QCoreApplication::translate("ResourceUnit", "特殊教育学校不参加资源配置指标评估"));
    if (type.isEmpty())
        return exclude(QCoreApplication::translate("ResourceUnit", "S1 未填学校类型（school_type）"));

    QList<Stage> stages;
    if (type == QLatin1String("primary") || type == QLatin1String("teaching_point"))
        stages = {Stage::Primary};
    else if (type == QLatin1String("junior") || type == QLatin1String("complete_secondary"))
        stages = {Stage::Junior};
    else // nine_year, twelve_year: the compulsory part as two units
        stages = {Stage::Primary, Stage::Junior};

    QList<ResourceUnit> units;
    for (Stage stage : stages) {
        ResourceUnit unit;
        unit.schoolCode = school.code;
        unit.schoolName = school.name;
        unit.town = school.town;
        unit.stage = stage;
        unit.split = stages.size() == 2;
        unit.students = studentsOf(s1, stage, &unit.studentsMissing);
        units << unit;
    }
    if (type == QLatin1String("teaching_point") && units.first().students && *units.first().students < 50)
        return exclude(QCoreApplication::translate("ResourceUnit",
                                                   "不足50名学生的教学点不参加资源配置指标评估（%1 名学生）")
                           .arg(*units.first().students));

    if (units.size() == 2) {
        const std::optional<double> given =
            school.facilities ? school.facilities->primaryShare : std::nullopt;
        if (given) {
            units[0].share = *given / 100.0;
            units[0].shareBasis =
                QCoreApplication::translate("ResourceUnit", "按 S4 填写的小学部占用比例 %1%").arg(*given);
        } else if (units[0].students && units[1].students && *units[0].students + *units[1].students > 0) {
            units[0].share = double(*units[0].students) / (*units[0].students + *units[1].students);
            units[0].shareBasis =
                QCoreApplication::translate("ResourceUnit",
                                            "S4 未填小学部占用比例，按学生数（小学 %1 人，初中 %2 人）")
                    .arg(*units[0].students)
                    .arg(*units[1].students);
        } else {
            units[0].share = 0;
            units[0].shareBasis =
                QCoreApplication::translate("ResourceUnit", "S4 未填小学部占用比例，学生数也不全，无法分摊");
            units[0].facilitiesMissing << QStringLiteral("S4.primary_share");
            units[1].facilitiesMissing << QStringLiteral("S4.primary_share");
        }
        units[1].share = 1.0 - units[0].share;
        units[1].shareBasis = units[0].shareBasis;
    }
    for (ResourceUnit &unit : units) {
        countTeachers(school, unit);
        if (unit.facilitiesMissing.isEmpty())
            shareFacilities(school, unit);
    }
    return units;
}

} // namespace junheng
