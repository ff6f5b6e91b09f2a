#include "FitnessStandard.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace junheng {

namespace {

QString sexKey(int sex)
{
    return sex == 1 ? QStringLiteral("male") : sex == 2 ? QStringLiteral("female") : QString();
}

// The weight band of a grade: 0 (11–12), 1 (13–14), 2 (15–16), 3 (junior and senior).
int bandOf(int gradeCode)
{
    return gradeCode <= 12 ? 0 : gradeCode <= 14 ? 1 : gradeCode <= 16 ? 2 : 3;
}

bool validGrade(int gradeCode)
{
    return (gradeCode >= 11 && gradeCode <= 16) || (gradeCode >= 21 && gradeCode <= 23) ||
           (gradeCode >= 31 && gradeCode <= 33);
}

// The measured value of a standard item in a student's row.
std::optional<double> measured(const StudentFitness &s, const QString &item)
{
    if (item == QLatin1String("lung"))
        return s.lung;
    if (item == QLatin1String("run50m"))
        return s.run50;
    if (item == QLatin1String("sit_reach"))
        return s.sitReach;
    if (item == QLatin1String("rope"))
        return s.rope;
    if (item == QLatin1String("sit_up"))
        return s.situps;
    if (item == QLatin1String("shuttle_50x8"))
        return s.shuttle50x8;
    if (item == QLatin1String("long_jump"))
        return s.longJump;
    if (item == QLatin1String("pull_up"))
        return s.pullups;
    if (item == QLatin1String("run_1000m"))
        return s.run1000;
    if (item == QLatin1String("run_800m"))
        return s.run800;
    return std::nullopt;
}

// The payload key of a standard item, to name what is missing.
QString fieldOf(const QString &item)
{
    static const QHash<QString, QString> fields{
        {"lung", "lung"},           {"run50m", "run50"},     {"sit_reach", "sit_reach"},
        {"rope", "rope"},           {"sit_up", "situps"},    {"shuttle_50x8", "shuttle50x8"},
        {"long_jump", "long_jump"}, {"pull_up", "pullups"},  {"run_1000m", "run1000"},
        {"run_800m", "run800"},     {"bmi", "height/weight"}};
    return fields.value(item, item);
}

constexpr double kTolerance = 1e-9;

int bandIndex(const QString &band)
{
    static const QStringList bands{"11-12", "13-14", "15-16", "21-33"};
    return int(bands.indexOf(band));
}

} // namespace

QJsonObject FitnessResult::toJson() const
{
    static const char *statuses[] = {"scored", "exempt", "missing", "table_missing", "invalid"};
    QJsonObject object{{"student_id", studentId}, {"name", name},
                       {"grade_code", gradeCode}, {"sex", sex},
                       {"class", classKey},       {"status", statuses[int(status)]}};
    if (!reason.isEmpty())
        object.insert("reason", reason);
    if (scored()) {
        QJsonArray list;
        for (const ItemScore &i : items) {
            QJsonObject o{{"item", i.item},
                          {"name", i.name},
                          {"value", i.value},
                          {"score", i.score},
                          {"weight", i.weight}};
            if (i.bonus)
                o.insert("bonus", i.bonus);
            if (!i.band.isEmpty())
                o.insert("band", i.band);
            list.append(o);
        }
        object.insert("items", list);
        object.insert("standard_score", standardScore);
        object.insert("bonus", bonus);
        object.insert("total", total);
        object.insert("grade", grade);
    }
    if (bmi)
        object.insert("bmi", *bmi);
    return object;
}

Result<FitnessStandard> FitnessStandard::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("fitness.file",
                         QCoreApplication::translate("FitnessStandard", "读不出体质健康评分标准文件 %1：%2")
                             .arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return makeError("fitness.parse",
                         QCoreApplication::translate("FitnessStandard", "评分标准文件 %1 不是有效的 JSON：%2")
                             .arg(path, error.errorString()));
    return fromJson(document.object());
}

Result<FitnessStandard> FitnessStandard::fromJson(const QJsonObject &root)
{
    FitnessStandard standard;
    standard.m_name = root.value("standard").toString();
    for (const QJsonValue &level : root.value("score_levels").toArray())
        standard.m_levels << level.toInt();
    if (standard.m_levels.isEmpty())
        return makeError(
            "fitness.levels",
            QCoreApplication::translate("FitnessStandard", "评分标准文件缺少 score_levels（得分档次）。"));
    const QJsonObject items = root.value("items").toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        standard.m_lowerIsBetter.insert(it.key(), item.value("better").toString() == QLatin1String("lower"));
        standard.m_itemNames.insert(it.key(), item.value("name").toString());
        const QJsonObject tables = item.value("tables").toObject();
        for (auto sex = tables.begin(); sex != tables.end(); ++sex) {
            const QJsonObject grades = sex.value().toObject();
            for (auto grade = grades.begin(); grade != grades.end(); ++grade) {
                const QJsonArray cells = grade.value().toArray();
                if (cells.size() != standard.m_levels.size())
                    return makeError(
                        "fitness.table",
                        QCoreApplication::translate(
                            "FitnessStandard",
                            "评分标准中 %1/%2/%3 的表有 %4 个数，应为 %5 个（每个得分档次一个）。")
                            .arg(it.key(), sex.key(), grade.key())
                            .arg(cells.size())
                            .arg(standard.m_levels.size()));
                Table table;
                for (const QJsonValue &cell : cells)
                    table.thresholds << (cell.isDouble() ? std::optional<double>(cell.toDouble())
                                                         : std::nullopt);
                standard.m_tables[it.key()].insert(
                    sexGrade(sex.key() == QLatin1String("male") ? 1 : 2, grade.key().toInt()), table);
            }
        }
    }
    const QJsonObject bmi = root.value("bmi_bands").toObject();
    for (auto sex = bmi.begin(); sex != bmi.end(); ++sex) {
        const QJsonObject grades = sex.value().toObject();
        for (auto grade = grades.begin(); grade != grades.end(); ++grade) {
            const QJsonObject b = grade.value().toObject();
            BmiBands bands;
            bands.normalMin = b.value("normal_100").toArray().at(0).toDouble();
            bands.normalMax = b.value("normal_100").toArray().at(1).toDouble();
            bands.lowMax = b.value("low_weight_80_max").toDouble();
            bands.overMin = b.value("overweight_80").toArray().at(0).toDouble();
            bands.overMax = b.value("overweight_80").toArray().at(1).toDouble();
            bands.obeseMin = b.value("obese_60_min").toDouble();
            standard.m_bmi.insert(sexGrade(sex.key() == QLatin1String("male") ? 1 : 2, grade.key().toInt()),
                                  bands);
        }
    }
    // Weights: "pull_up (male) | sit_up (female)" names an item per sex.
    const QJsonObject weights = root.value("weights").toObject();
    for (auto band = weights.begin(); band != weights.end(); ++band) {
        const QJsonObject w = band.value().toObject();
        for (const char *sex : {"male", "female"}) {
            QList<std::pair<QString, int>> list;
            for (auto it = w.begin(); it != w.end(); ++it) {
                QString item = it.key();
                if (item.contains(QLatin1Char('|'))) {
                    for (const QString &part : item.split(QLatin1Char('|'))) {
                        if (part.contains(QStringLiteral("(") + QLatin1String(sex) + QLatin1Char(')')))
                            item = part.section(QLatin1Char('('), 0, 0).trimmed();
                    }
                }
                list.append({item, it.value().toInt()});
            }
            standard.m_weights.insert(band.key() + '/' + QLatin1String(sex), list);
            standard.m_weightsByKey.insert(bandIndex(band.key()) * 10 + (qstrcmp(sex, "male") == 0 ? 1 : 2),
                                           list);
        }
    }
    const QJsonObject bonus = root.value("bonus").toObject().value("junior_senior").toObject();
    static const QList<std::pair<const char *, const char *>> bonusKeys{
        {"pull_up_male_extra_reps", "pull_up/male"},
        {"sit_up_female_extra_reps", "sit_up/female"},
        {"run_1000m_male_seconds_faster", "run_1000m/male"},
        {"run_800m_female_seconds_faster", "run_800m/female"}};
    for (const auto &[key, target] : bonusKeys) {
        QList<std::pair<int, int>> rows;
        for (const QJsonValue &row : bonus.value(QLatin1String(key)).toArray())
            rows.append({row.toArray().at(0).toInt(), row.toArray().at(1).toInt()});
        const QString itemSex = QLatin1String(target);
        standard.m_bonus.insert(itemSex.section(QLatin1Char('/'), 0, 0), rows);
        standard.m_bonusSex.insert(itemSex.section(QLatin1Char('/'), 0, 0),
                                   itemSex.section(QLatin1Char('/'), 1, 1));
    }
    const QJsonObject confidence = root.value("confidence").toObject();
    for (auto it = confidence.begin(); it != confidence.end(); ++it)
        for (const char *sex : {"male", "female"}) {
            const QJsonObject grades = it.value().toObject().value(QLatin1String(sex)).toObject();
            for (auto g = grades.begin(); g != grades.end(); ++g)
                standard.m_confidence.insert(it.key() + '/' + QLatin1String(sex) + '/' + g.key(),
                                             g.value().toString());
        }
    return standard;
}

const FitnessStandard::Table *FitnessStandard::table(const QString &item, int sex, int gradeCode) const
{
    const auto byItem = m_tables.constFind(item);
    if (byItem == m_tables.cend())
        return nullptr;
    const auto it = byItem->constFind(sexGrade(sex, gradeCode));
    return it == byItem->cend() ? nullptr : &*it;
}

QString FitnessStandard::confidence(const QString &item, int sex, int gradeCode) const
{
    return m_confidence.value(item + '/' + sexKey(sex) + '/' + QString::number(gradeCode));
}

QList<std::pair<QString, int>> FitnessStandard::weights(int sex, int gradeCode) const
{
    return m_weightsByKey.value(bandOf(gradeCode) * 10 + sex);
}

std::optional<int> FitnessStandard::itemScore(const QString &item, int sex, int gradeCode, double value) const
{
    const Table *t = table(item, sex, gradeCode);
    if (!t)
        return std::nullopt;
    const bool lower = m_lowerIsBetter.value(item);
    for (int i = 0; i < m_levels.size(); ++i) {
        const std::optional<double> threshold = t->thresholds.at(i);
        if (!threshold)
            continue;
        if (lower ? value <= *threshold + kTolerance : value >= *threshold - kTolerance)
            return m_levels.at(i);
    }
    return 0;
}

std::optional<QString> FitnessStandard::bmiBand(int sex, int gradeCode, double bmi, int *score) const
{
    const auto it = m_bmi.constFind(sexGrade(sex, gradeCode));
    if (it == m_bmi.cend())
        return std::nullopt;
    auto set = [&](int s, const char *band) {
        if (score)
            *score = s;
        return QCoreApplication::translate("FitnessStandard", band);
    };
    if (bmi <= it->lowMax + kTolerance)
        return set(80, QT_TRANSLATE_NOOP("FitnessStandard", "低体重"));
    if (bmi >= it->obeseMin - kTolerance)
        return set(60, QT_TRANSLATE_NOOP("FitnessStandard", "肥胖"));
    if (bmi >= it->overMin - kTolerance)
        return set(80, QT_TRANSLATE_NOOP("FitnessStandard", "超重"));
    return set(100, QT_TRANSLATE_NOOP("FitnessStandard", "正常"));
}

int FitnessStandard::bonusFor(const QString &item, int sex, int gradeCode, double value) const
{
    const Table *t = table(item, sex, gradeCode);
    if (!t || !t->thresholds.value(0))
        return 0;
    const double top = *t->thresholds.at(0);
    if (gradeCode <= 16) {
        if (item != QLatin1String("rope") || value <= top)
            return 0;
        return std::min(20, int(std::floor((value - top) / 2 + kTolerance)));
    }
    const auto rows =
        sexKey(sex) == m_bonusSex.value(item) ? m_bonus.value(item) : QList<std::pair<int, int>>{};
    if (rows.isEmpty())
        return 0;
    const double beyond = m_lowerIsBetter.value(item) ? top - value : value - top;
    int points = 0;
    for (const auto &[p, amount] : rows)
        if (beyond >= amount - kTolerance)
            points = std::max(points, p);
    return points;
}

QString FitnessStandard::gradeFor(double total)
{
    // Totals are kept to 0.01; the tolerance only absorbs floating-point noise.
    if (total >= 90.0 - 1e-6)
        return QCoreApplication::translate("FitnessStandard", "优秀");
    if (total >= 80.0 - 1e-6)
        return QCoreApplication::translate("FitnessStandard", "良好");
    if (total >= 60.0 - 1e-6)
        return QCoreApplication::translate("FitnessStandard", "及格");
    return QCoreApplication::translate("FitnessStandard", "不及格");
}

FitnessResult FitnessStandard::score(const StudentFitness &s) const
{
    FitnessResult r;
    r.studentId = s.studentId;
    r.name = s.name;
    r.schoolCode = s.schoolCode;
    r.town = s.town;
    r.classKey = s.className.isEmpty() ? s.classCode : s.className;
    r.gradeCode = s.gradeCode;
    r.sex = s.sex;
    if (!validGrade(s.gradeCode) || sexKey(s.sex).isEmpty()) {
        r.status = FitnessResult::Status::Invalid;
        r.reason =
            !validGrade(s.gradeCode)
                ? QCoreApplication::translate("FitnessStandard", "年级编号 %1 不是 11–16、21–23、31–33 之一")
                      .arg(s.gradeCode)
                : QCoreApplication::translate("FitnessStandard", "性别应为 1（男）或 2（女）");
        return r;
    }
    if (s.exempt) {
        r.status = FitnessResult::Status::Exempt;
        r.reason = QCoreApplication::translate("FitnessStandard", "免测") +
                   (s.exemptReason.isEmpty()
                        ? QString()
                        : QCoreApplication::translate("FitnessStandard", "：") + s.exemptReason);
        return r;
    }
    QStringList missing, tablesMissing;
    double weighted = 0;
    int bonus = 0;
    // A const copy: iterating the temporary would detach (deep-copy) the shared list per student.
    const QList<std::pair<QString, int>> itemWeights = weights(s.sex, s.gradeCode);
    r.items.reserve(itemWeights.size());
    for (const auto &[item, weight] : itemWeights) {
        ItemScore score;
        score.item = item;
        score.weight = weight;
        if (item == QLatin1String("bmi")) {
            score.name = QCoreApplication::translate("FitnessStandard", "体重指数（BMI）");
            if (!s.height || !s.weight || *s.height <= 0) {
                missing << QCoreApplication::translate("FitnessStandard", "身高/体重");
                continue;
            }
            const double raw = *s.weight / std::pow(*s.height / 100.0, 2);
            const double bmi = std::floor(raw * 10 + 0.5 + 1e-9) / 10;
            r.bmi = bmi;
            score.value = bmi;
            int points = 0;
            const auto band = bmiBand(s.sex, s.gradeCode, bmi, &points);
            if (!band) {
                tablesMissing << QStringLiteral("BMI");
                continue;
            }
            score.band = *band;
            score.score = points;
        } else {
            score.name = m_itemNames.value(item, item);
            const std::optional<double> value = measured(s, item);
            if (!value) {
                missing << score.name + QCoreApplication::translate("FitnessStandard", "（") + fieldOf(item) +
                               QCoreApplication::translate("FitnessStandard", "）");
                continue;
            }
            score.value = *value;
            const std::optional<int> points = itemScore(item, s.sex, s.gradeCode, *value);
            if (!points) {
                tablesMissing << score.name;
                continue;
            }
            score.score = *points;
            score.bonus = bonusFor(item, s.sex, s.gradeCode, *value);
            bonus += score.bonus;
        }
        weighted += double(score.score) * score.weight;
        r.items << std::move(score);
    }
    if (!tablesMissing.isEmpty()) {
        r.status = FitnessResult::Status::TableMissing;
        r.reason =
            QCoreApplication::translate("FitnessStandard", "未评分：评分标准缺少 %1 的表（%2，年级 %3）")
                .arg(tablesMissing.join(QCoreApplication::translate("FitnessStandard", "、")),
                     s.sex == 1 ? QCoreApplication::translate("FitnessStandard", "男")
                                : QCoreApplication::translate("FitnessStandard", "女"))
                .arg(s.gradeCode);
        return r;
    }
    if (!missing.isEmpty()) {
        r.status = FitnessResult::Status::Missing;
        r.reason = QCoreApplication::translate("FitnessStandard", "未评分：缺少 %1")
                       .arg(missing.join(QCoreApplication::translate("FitnessStandard", "、")));
        return r;
    }
    r.status = FitnessResult::Status::Scored;
    r.standardScore = std::round(weighted) / 100.0; // Σ score × weight is an integer
    r.bonus = std::min(20, bonus);
    r.total = r.standardScore + r.bonus;
    r.grade = gradeFor(r.total);
    r.gradeLevel = r.total >= 90.0 - 1e-6 ? 3 : r.total >= 80.0 - 1e-6 ? 2 : r.total >= 60.0 - 1e-6 ? 1 : 0;
    return r;
}

} // namespace junheng
