#include "AssessmentReport.h"

#include "GuaranteeItems.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace junheng {

AssessmentReport AssessmentReport::compute(const ReportInputs &inputs, const ThresholdProfile &profile,
                                           const FitnessStandard &standard)
{
    AssessmentReport report;
    report.profileId = profile.id();
    report.profileName = profile.name();
    report.profileChain = profile.chain();
    report.fitnessStandard = standard.name();

    QList<ResourceUnit> allUnits;
    QHash<QString, QString> systems; // school code -> 学制, for myopia stages
    for (const SchoolData &school : inputs.county.schools) {
        QString why;
        const QList<ResourceUnit> units = ResourceUnit::build(school, &why);
        if (units.isEmpty())
            report.excluded << QCoreApplication::translate("AssessmentReport", "%1（%2）：%3")
                                   .arg(school.name, school.code, why);
        allUnits << units;
        report.schoolItems.append({school.code, GuaranteeItems::school(school, profile)});
        report.schoolNames.insert(school.code, school.name);
        if (school.profile)
            systems.insert(school.code, school.profile->schoolSystem);
    }
    for (int i = 0; i < allUnits.size(); ++i) {
        UnitAssessment unit = ResourceIndicators::assess(allUnits[i], profile);
        // What-if and coefficients need the county's schools; a school's own device has only its own.
        if (!unit.plan.isEmpty() && inputs.countyLevel)
            report.whatIfs << WhatIf::compute(allUnits, i, unit.plan);
        report.units << std::move(unit);
    }
    const QString countyName = inputs.county.name.isEmpty()
                                   ? QCoreApplication::translate("AssessmentReport", "全县")
                                   : inputs.county.name;
    for (Stage stage : {Stage::Primary, Stage::Junior}) {
        if (!inputs.countyLevel)
            break;
        report.countyAreas << AreaAssessment::compute(countyName, stage, allUnits, profile);
        QMap<QString, QList<ResourceUnit>> towns;
        for (const ResourceUnit &unit : allUnits)
            if (!unit.town.isEmpty())
                towns[unit.town] << unit;
        for (auto it = towns.cbegin(); it != towns.cend(); ++it)
            report.townAreas << AreaAssessment::compute(it.key(), stage, it.value(), profile);
    }
    if (inputs.countyLevel)
        report.countyItems = GuaranteeItems::county(inputs.county, profile);

    report.fitness.reserve(inputs.fitness.size());
    for (const StudentFitness &student : inputs.fitness)
        report.fitness << standard.score(student);
    if (!report.fitness.isEmpty())
        report.fitnessGroups = FitnessRates::all(report.fitness, countyName, profile);

    report.myopia.reserve(inputs.screening.size());
    for (const StudentScreening &student : inputs.screening)
        report.myopia << MyopiaScreening::classify(student, profile, systems.value(student.schoolCode));
    if (!report.myopia.isEmpty())
        report.myopiaGroups = MyopiaRates::all(report.myopia, countyName, profile, inputs.previousMyopia);
    return report;
}

QJsonObject AssessmentReport::toJson(bool withStudents) const
{
    auto items = [](const QList<ItemResult> &list) {
        QJsonArray array;
        for (const ItemResult &item : list)
            array.append(item.toJson());
        return array;
    };
    QJsonArray units, county, towns, whatIfs, schools, fitnessGroups, fitnessStudents, myopiaGroups,
        myopiaStudents;
    for (const UnitAssessment &u : this->units)
        units.append(u.toJson());
    for (const AreaAssessment &a : countyAreas)
        county.append(a.toJson());
    for (const AreaAssessment &a : townAreas)
        towns.append(a.toJson());
    for (const WhatIf &w : this->whatIfs)
        whatIfs.append(w.toJson());
    for (const auto &[code, list] : schoolItems)
        schools.append(QJsonObject{{"school_code", code}, {"items", items(list)}});
    for (const FitnessGroup &g : this->fitnessGroups)
        fitnessGroups.append(g.toJson());
    for (const FitnessResult &r : fitness)
        if (withStudents || !r.scored())
            fitnessStudents.append(r.toJson());
    for (const MyopiaGroup &g : this->myopiaGroups)
        myopiaGroups.append(g.toJson());
    for (const MyopiaResult &r : myopia)
        if (withStudents || r.status != MyopiaResult::Status::Valid)
            myopiaStudents.append(r.toJson());
    QJsonObject object{{"profile", QJsonObject{{"id", profileId},
                                               {"name", profileName},
                                               {"chain", QJsonArray::fromStringList(profileChain)}}},
                       {"resource_units", units},
                       {"excluded", QJsonArray::fromStringList(excluded)},
                       {"difference_coefficients", county},
                       {"what_if", whatIfs},
                       {"school_items", schools},
                       {"fitness", QJsonObject{{"standard", fitnessStandard},
                                               {"groups", fitnessGroups},
                                               {withStudents ? "students" : "not_scored", fitnessStudents}}},
                       {"myopia", QJsonObject{{"groups", myopiaGroups},
                                              {withStudents ? "students" : "invalid", myopiaStudents}}}};
    if (!townAreas.isEmpty())
        object.insert("town_difference_coefficients", towns);
    if (!countyItems.isEmpty())
        object.insert("county_items", items(countyItems));
    return object;
}

namespace {

// "county 云溪县" → "全县 云溪县", "sex male" → "性别 男": the group names a clerk reads.
QString groupLabel(const QString &level, const QString &key)
{
    // Chinese source texts, translated when used (a static QString would keep the first language).
    static const QHash<QString, const char *> levels{
        {"county", QT_TRANSLATE_NOOP("AssessmentReport", "全县")},
        {"town", QT_TRANSLATE_NOOP("AssessmentReport", "镇（街道）")},
        {"school", QT_TRANSLATE_NOOP("AssessmentReport", "学校")},
        {"grade", QT_TRANSLATE_NOOP("AssessmentReport", "年级")},
        {"class", QT_TRANSLATE_NOOP("AssessmentReport", "班级")},
        {"county_grade", QT_TRANSLATE_NOOP("AssessmentReport", "全县年级")},
        {"stage", QT_TRANSLATE_NOOP("AssessmentReport", "学段")},
        {"sex", QT_TRANSLATE_NOOP("AssessmentReport", "性别")}};
    static const QHash<QString, const char *> keys{{"male", QT_TRANSLATE_NOOP("AssessmentReport", "男")},
                                                   {"female", QT_TRANSLATE_NOOP("AssessmentReport", "女")},
                                                   {"primary", QT_TRANSLATE_NOOP("AssessmentReport", "小学")},
                                                   {"junior", QT_TRANSLATE_NOOP("AssessmentReport", "初中")}};
    const auto shown = [](const QHash<QString, const char *> &names, const QString &name) {
        const char *source = names.value(name);
        return source ? QCoreApplication::translate("AssessmentReport", source) : name;
    };
    return shown(levels, level) + QLatin1Char(' ') + shown(keys, key);
}

QString line(const ItemResult &item)
{
    QString mark = item.state == ItemState::Pass   ? QStringLiteral("✓")
                   : item.state == ItemState::Fail ? QStringLiteral("✗")
                   : item.state == ItemState::NeedsEvidence
                       ? QStringLiteral("!")
                       : QCoreApplication::translate("AssessmentReport", "·");
    return QCoreApplication::translate("AssessmentReport", "  %1 %2【%3】%4\n")
        .arg(mark, item.title, itemStateLabel(item.state), item.detail);
}

} // namespace

QString AssessmentReport::toText() const
{
    QString out;
    out += QCoreApplication::translate("AssessmentReport", "评估依据：%1（%2）；体质健康：%3\n")
               .arg(profileName, profileChain.join(QStringLiteral(" → ")), fitnessStandard);
    out += QCoreApplication::translate("AssessmentReport", "\n一、资源配置（7项指标）\n");
    for (const QString &why : excluded)
        out += QCoreApplication::translate("AssessmentReport", "  不参评：%1\n").arg(why);
    for (const UnitAssessment &u : units) {
        out += QCoreApplication::translate("AssessmentReport", "%1 %2部%3\n")
                   .arg(u.unit.schoolName, stageLabel(u.unit.stage),
                        u.unit.students ? QCoreApplication::translate("AssessmentReport", "（%1 名学生）")
                                              .arg(*u.unit.students)
                                        : QString());
        if (u.unit.split)
            out += QCoreApplication::translate("AssessmentReport", "  资源分摊：%1\n").arg(u.unit.shareBasis);
        for (const ItemResult &item : u.indicators)
            out += line(item);
        out += line(u.rule);
        if (!u.plan.isEmpty()) {
            QStringList steps;
            for (const Addition &a : u.plan)
                steps << a.text + (a.toFloor
                                       ? QCoreApplication::translate("AssessmentReport", "（达到要求的85%）")
                                       : QString());
            out += QCoreApplication::translate("AssessmentReport", "  要达标，最少需要：%1\n")
                       .arg(steps.join(QCoreApplication::translate("AssessmentReport", "；")));
        }
    }
    for (const WhatIf &w : whatIfs)
        for (const auto &[code, cv] : w.cvBeforeAfter)
            out += QCoreApplication::translate("AssessmentReport",
                                               "  如果 %1 完成上述补充：%2 差异系数 %3 → %4\n")
                       .arg(schoolNames.value(w.schoolCode, w.schoolCode), code)
                       .arg(cv.first, 0, 'f', 4)
                       .arg(cv.second, 0, 'f', 4);
    out += QCoreApplication::translate("AssessmentReport", "\n二、差异系数\n");
    if (countyAreas.isEmpty())
        out += QCoreApplication::translate(
            "AssessmentReport", "  差异系数要用全县（或全镇）各校的数据计算，请在县、镇的设备上查看\n");
    for (const AreaAssessment &a : countyAreas + townAreas) {
        if (a.units == 0)
            continue;
        out += QCoreApplication::translate("AssessmentReport", "%1 %2（%3 个单位，%4 个达标）\n")
                   .arg(a.area, stageLabel(a.stage))
                   .arg(a.units)
                   .arg(a.unitsPassing);
        for (const AreaIndicator &i : a.indicators)
            out += line(i.result);
    }
    out += QCoreApplication::translate("AssessmentReport", "\n三、政府保障与教育质量\n");
    for (const auto &[code, list] : schoolItems) {
        out +=
            QCoreApplication::translate("AssessmentReport", "%1（%2）\n").arg(schoolNames.value(code), code);
        for (const ItemResult &item : list)
            out += line(item);
    }
    if (!countyItems.isEmpty()) {
        out += QCoreApplication::translate("AssessmentReport", "全县\n");
        for (const ItemResult &item : countyItems)
            out += line(item);
    }
    out += QCoreApplication::translate("AssessmentReport", "\n四、体质健康\n");
    if (fitness.isEmpty())
        out += QCoreApplication::translate("AssessmentReport", "  未计算：没有 S6 体质健康测试记录\n");
    for (const FitnessGroup &g : fitnessGroups) {
        if (g.level != QLatin1String("school") && g.level != QLatin1String("county") &&
            g.level != QLatin1String("grade"))
            continue;
        out += QCoreApplication::translate(
                   "AssessmentReport",
                   "%1：测试 %2 人，优秀 %3，良好 %4，及格 %5，不及格 %6（免测 %7，未评分 %8）\n")
                   .arg(groupLabel(g.level, g.key))
                   .arg(g.tested)
                   .arg(g.excellent)
                   .arg(g.good)
                   .arg(g.passed)
                   .arg(g.failed)
                   .arg(g.exempt)
                   .arg(g.notScored);
        out += line(g.excellentGoodRate) + line(g.passRate);
    }
    for (const FitnessResult &r : fitness)
        if (!r.scored() && r.status != FitnessResult::Status::Exempt)
            out += QCoreApplication::translate("AssessmentReport", "  %1 %2：%3\n")
                       .arg(r.studentId, r.name, r.reason);
    out += QCoreApplication::translate("AssessmentReport", "\n五、近视\n");
    if (myopia.isEmpty())
        out += QCoreApplication::translate("AssessmentReport", "  未计算：没有 S5 近视筛查记录\n");
    for (const MyopiaGroup &g : myopiaGroups) {
        out += QCoreApplication::translate(
                   "AssessmentReport", "%1：有效 %2 人，近视 %3 人%4（低度 %5，中度 %6，高度 %7；无效 %8）\n")
                   .arg(groupLabel(g.level, g.key))
                   .arg(g.screened)
                   .arg(g.myopic)
                   .arg(g.rate ? QCoreApplication::translate("AssessmentReport", "，近视率 %1%")
                                     .arg(*g.rate * 100, 0, 'f', 1)
                               : QString())
                   .arg(g.low)
                   .arg(g.moderate)
                   .arg(g.high)
                   .arg(g.invalid);
        if (g.level == QLatin1String("county") || g.level == QLatin1String("school"))
            out += line(g.change);
    }
    for (const MyopiaResult &r : myopia)
        if (r.status == MyopiaResult::Status::Invalid)
            out += QCoreApplication::translate("AssessmentReport", "  无效记录 %1 %2：%3\n")
                       .arg(r.studentId, r.name, r.reason);
    return out;
}

} // namespace junheng
