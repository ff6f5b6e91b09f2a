#include "FitnessRates.h"

#include <QCoreApplication>
#include <QMap>

namespace junheng {

QJsonObject FitnessGroup::toJson() const
{
    return QJsonObject{{"level", level},
                       {"key", key},
                       {"tested", tested},
                       {"excellent", excellent},
                       {"good", good},
                       {"passed", passed},
                       {"failed", failed},
                       {"exempt", exempt},
                       {"not_scored", notScored},
                       {"excellent_good_rate", excellentGoodRate.toJson()},
                       {"pass_rate", passRate.toJson()}};
}

FitnessGroup FitnessRates::group(const QString &level, const QString &key,
                                 const QList<const FitnessResult *> &students,
                                 const ThresholdProfile &profile)
{
    FitnessGroup g;
    g.level = level;
    g.key = key;
    for (const FitnessResult *r : students) {
        if (r->status == FitnessResult::Status::Exempt) {
            ++g.exempt;
            continue;
        }
        if (!r->scored()) {
            ++g.notScored;
            continue;
        }
        ++g.tested;
        switch (r->gradeLevel) {
        case 3:
            ++g.excellent;
            break;
        case 2:
            ++g.good;
            break;
        case 1:
            ++g.passed;
            break;
        default:
            ++g.failed;
        }
    }
    auto rate = [&](const QString &code, const QString &title, const QString &thresholdKey, int count) {
        ItemResult item;
        item.code = code;
        item.title = title;
        item.unit = QStringLiteral("%");
        item.threshold = profile.get(thresholdKey);
        if (g.tested == 0) {
            item.state = ItemState::NotComputed;
            item.detail = QCoreApplication::translate("FitnessRates",
                                                      "未计算：没有已评分的学生（免测 %1 人，未评分 %2 人）")
                              .arg(g.exempt)
                              .arg(g.notScored);
            item.missing << QStringLiteral("S6");
            return item;
        }
        item.value = double(count) / g.tested;
        item.state = meets(*item.value, item.threshold->value) ? ItemState::Pass : ItemState::Fail;
        item.detail = QCoreApplication::translate("FitnessRates", "%1 ÷ %2 = %3%，目标 ≥ %4%")
                          .arg(count)
                          .arg(g.tested)
                          .arg(*item.value * 100, 0, 'f', 1)
                          .arg(item.threshold->value * 100, 0, 'f', 0);
        if (g.notScored > 0)
            item.detail +=
                QCoreApplication::translate("FitnessRates", "；另有 %1 人未评分，未计入").arg(g.notScored);
        return item;
    };
    g.excellentGoodRate =
        rate("F_excellent_good", QCoreApplication::translate("FitnessRates", "体质健康优良率"),
             "fitness.excellent_good", g.excellent + g.good);
    g.passRate = rate("F_pass", QCoreApplication::translate("FitnessRates", "体质健康合格率"), "fitness.pass",
                      g.excellent + g.good + g.passed);
    return g;
}

QList<FitnessGroup> FitnessRates::all(const QList<FitnessResult> &results, const QString &countyName,
                                      const ThresholdProfile &profile)
{
    // Nested hashes keyed by what each row already holds: no string is built per student (40,000 rows).
    using Students = QList<const FitnessResult *>;
    struct Grade
    {
        Students all;
        QHash<QString, Students> classes;
    };
    QHash<QString, QMap<int, Grade>> bySchool;
    QHash<QString, Students> schools, towns;
    Students county;
    county.reserve(results.size());
    for (const FitnessResult &r : results) {
        Grade &grade = bySchool[r.schoolCode][r.gradeCode];
        grade.all << &r;
        grade.classes[r.classKey] << &r;
        schools[r.schoolCode] << &r;
        if (!r.town.isEmpty())
            towns[r.town] << &r;
        county << &r;
    }
    auto sorted = [](const QHash<QString, Students> &groups) {
        QStringList keys = groups.keys();
        keys.sort();
        return keys;
    };
    QList<FitnessGroup> out;
    QList<FitnessGroup> grades;
    for (const QString &school : sorted(schools)) {
        const QMap<int, Grade> &byGrade = bySchool[school];
        for (auto g = byGrade.cbegin(); g != byGrade.cend(); ++g) {
            const QString gradeKey = school + QLatin1Char('/') + QString::number(g.key());
            for (const QString &className : sorted(g->classes))
                out << group("class", gradeKey + QLatin1Char('/') + className, g->classes.value(className),
                             profile);
            grades << group("grade", gradeKey, g->all, profile);
        }
    }
    out << grades;
    for (const QString &school : sorted(schools))
        out << group("school", school, schools.value(school), profile);
    for (const QString &town : sorted(towns))
        out << group("town", town, towns.value(town), profile);
    out << group("county", countyName, county, profile);
    return out;
}

} // namespace junheng
