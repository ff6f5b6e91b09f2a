#include "FitnessRates.h"

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
        if (r->grade == QStringLiteral("优秀"))
            ++g.excellent;
        else if (r->grade == QStringLiteral("良好"))
            ++g.good;
        else if (r->grade == QStringLiteral("及格"))
            ++g.passed;
        else
            ++g.failed;
    }
    auto rate = [&](const QString &code, const QString &title, const QString &thresholdKey, int count) {
        ItemResult item;
        item.code = code;
        item.title = title;
        item.unit = QStringLiteral("%");
        item.threshold = profile.get(thresholdKey);
        if (g.tested == 0) {
            item.state = ItemState::NotComputed;
            item.detail = QStringLiteral("未计算：没有已评分的学生（免测 %1 人，未评分 %2 人）")
                              .arg(g.exempt)
                              .arg(g.notScored);
            item.missing << QStringLiteral("S6");
            return item;
        }
        item.value = double(count) / g.tested;
        item.state = meets(*item.value, item.threshold->value) ? ItemState::Pass : ItemState::Fail;
        item.detail = QStringLiteral("%1 ÷ %2 = %3%，目标 ≥ %4%")
                          .arg(count)
                          .arg(g.tested)
                          .arg(*item.value * 100, 0, 'f', 1)
                          .arg(item.threshold->value * 100, 0, 'f', 0);
        if (g.notScored > 0)
            item.detail += QStringLiteral("；另有 %1 人未评分，未计入").arg(g.notScored);
        return item;
    };
    g.excellentGoodRate = rate("F_excellent_good", QStringLiteral("体质健康优良率"), "fitness.excellent_good",
                               g.excellent + g.good);
    g.passRate =
        rate("F_pass", QStringLiteral("体质健康合格率"), "fitness.pass", g.excellent + g.good + g.passed);
    return g;
}

QList<FitnessGroup> FitnessRates::all(const QList<FitnessResult> &results, const QString &countyName,
                                      const ThresholdProfile &profile)
{
    QMap<QString, QList<const FitnessResult *>> classes, grades, schools, towns;
    QList<const FitnessResult *> county;
    for (const FitnessResult &r : results) {
        classes[r.schoolCode + '/' + QString::number(r.gradeCode) + '/' + r.classKey] << &r;
        grades[r.schoolCode + '/' + QString::number(r.gradeCode)] << &r;
        schools[r.schoolCode] << &r;
        if (!r.town.isEmpty())
            towns[r.town] << &r;
        county << &r;
    }
    QList<FitnessGroup> out;
    for (auto it = classes.cbegin(); it != classes.cend(); ++it)
        out << group("class", it.key(), it.value(), profile);
    for (auto it = grades.cbegin(); it != grades.cend(); ++it)
        out << group("grade", it.key(), it.value(), profile);
    for (auto it = schools.cbegin(); it != schools.cend(); ++it)
        out << group("school", it.key(), it.value(), profile);
    for (auto it = towns.cbegin(); it != towns.cend(); ++it)
        out << group("town", it.key(), it.value(), profile);
    out << group("county", countyName, county, profile);
    return out;
}

} // namespace junheng
