#include "MyopiaScreening.h"

#include "ResourceUnit.h"

#include <QCoreApplication>
#include <QMap>

namespace junheng {

namespace {

struct Eye
{
    std::optional<double> acuity, sphere, cylinder;
    const char *name;
};

} // namespace

QJsonObject MyopiaResult::toJson() const
{
    static const char *statuses[] = {"valid", "invalid", "under_six"};
    QJsonObject object{{"student_id", studentId}, {"name", name},
                       {"grade", grade},          {"sex", sex},
                       {"class", className},      {"status", statuses[int(status)]},
                       {"myopic", myopic}};
    if (!reason.isEmpty())
        object.insert("reason", reason);
    if (!degree.isEmpty())
        object.insert("degree", degree);
    if (seRight)
        object.insert("se_right", *seRight);
    if (seLeft)
        object.insert("se_left", *seLeft);
    return object;
}

QString MyopiaScreening::degreeOf(double se)
{
    if (se <= -6.0 + 1e-9)
        return QCoreApplication::translate("MyopiaScreening", "高度");
    if (se <= -3.0 + 1e-9)
        return QCoreApplication::translate("MyopiaScreening", "中度");
    return QCoreApplication::translate("MyopiaScreening", "低度");
}

MyopiaResult MyopiaScreening::classify(const StudentScreening &s, const ThresholdProfile &profile,
                                       const QString &schoolSystem)
{
    MyopiaResult r;
    r.studentId = s.studentId;
    r.name = s.name;
    r.schoolCode = s.schoolCode;
    r.town = s.town;
    r.className = s.className;
    r.grade = s.grade;
    r.sex = s.sex;
    if (s.grade >= 1 && s.grade <= 9)
        r.stage = s.grade <= ResourceUnit::gradeRange(
                                 Stage::Primary, s.schoolSystem.isEmpty() ? schoolSystem : s.schoolSystem)
                                 .second
                      ? QStringLiteral("primary")
                      : QStringLiteral("junior");

    QStringList problems;
    if (!s.birthDate.isValid())
        problems << QCoreApplication::translate("MyopiaScreening", "出生日期（birth_date）");
    if (!s.screeningDate.isValid())
        problems << QCoreApplication::translate("MyopiaScreening", "筛查日期（screening_date）");
    if (!problems.isEmpty()) {
        r.reason = QCoreApplication::translate("MyopiaScreening", "缺少 %1，无法确定年龄")
                       .arg(problems.join(QCoreApplication::translate("MyopiaScreening", "、")));
        return r;
    }
    int age = s.screeningDate.year() - s.birthDate.year();
    if (s.screeningDate < s.birthDate.addYears(age))
        --age;
    if (age < 6) {
        r.status = MyopiaResult::Status::UnderSix;
        r.reason =
            QCoreApplication::translate("MyopiaScreening", "筛查时 %1 岁，不足 6 岁，不计入近视率").arg(age);
        return r;
    }

    const Eye eyes[] = {{s.uaRight, s.sphRight, s.cylRight, QT_TRANSLATE_NOOP("MyopiaScreening", "右眼")},
                        {s.uaLeft, s.sphLeft, s.cylLeft, QT_TRANSLATE_NOOP("MyopiaScreening", "左眼")}};
    QStringList missing;
    bool anyMyopic = false, allComplete = true;
    double worst = 0;
    bool haveWorst = false;
    for (int i = 0; i < 2; ++i) {
        const Eye &eye = eyes[i];
        // A missing cylinder is not a missing refraction: autorefractors leave it empty for 0.
        const bool complete = eye.acuity && eye.sphere;
        if (!complete) {
            allComplete = false;
            if (!eye.acuity)
                missing << QCoreApplication::translate("MyopiaScreening", "%1裸眼视力")
                               .arg(QCoreApplication::translate("MyopiaScreening", eye.name));
            if (!eye.sphere)
                missing << QCoreApplication::translate("MyopiaScreening", "%1球镜")
                               .arg(QCoreApplication::translate("MyopiaScreening", eye.name));
            continue;
        }
        const double se = sphericalEquivalent(*eye.sphere, eye.cylinder.value_or(0));
        (i == 0 ? r.seRight : r.seLeft) = se;
        if (*eye.acuity < 5.0 - 1e-9 && se <= -0.5 + 1e-9) {
            anyMyopic = true;
            if (!haveWorst || se < worst)
                worst = se, haveWorst = true;
        }
    }
    const bool orthoK = s.glasses == QLatin1String("ortho_k") && profile.value("myopia.ortho_k_myopic") > 0;
    if (anyMyopic) {
        r.status = MyopiaResult::Status::Valid;
        r.myopic = true;
        r.degree = degreeOf(worst);
        r.degreeLevel = worst <= -6.0 + 1e-9 ? 3 : worst <= -3.0 + 1e-9 ? 2 : 1;
    } else if (orthoK) {
        // Orthokeratology flattens the cornea overnight: acuity looks normal while the eye is myopic.
        r.status = MyopiaResult::Status::Valid;
        r.myopic = true;
        r.reason = QCoreApplication::translate("MyopiaScreening", "佩戴角膜塑形镜，按档案规定计为近视");
    } else if (allComplete) {
        r.status = MyopiaResult::Status::Valid;
    } else {
        r.reason = QCoreApplication::translate("MyopiaScreening", "缺少 %1，无法判断")
                       .arg(missing.join(QCoreApplication::translate("MyopiaScreening", "、")));
    }
    return r;
}

QJsonObject MyopiaGroup::toJson() const
{
    QJsonObject object{{"level", level},
                       {"key", key},
                       {"screened", screened},
                       {"myopic", myopic},
                       {"low", low},
                       {"moderate", moderate},
                       {"high", high},
                       {"invalid", invalid},
                       {"under_six", underSix},
                       {"change", change.toJson()}};
    if (rate)
        object.insert("rate", *rate);
    if (previousRate)
        object.insert("previous_rate", *previousRate);
    return object;
}

MyopiaGroup MyopiaRates::group(const QString &level, const QString &key,
                               const QList<const MyopiaResult *> &students, const ThresholdProfile &profile,
                               std::optional<double> previousRate)
{
    MyopiaGroup g;
    g.level = level;
    g.key = key;
    for (const MyopiaResult *r : students) {
        if (r->status == MyopiaResult::Status::Invalid) {
            ++g.invalid;
            continue;
        }
        if (r->status == MyopiaResult::Status::UnderSix) {
            ++g.underSix;
            continue;
        }
        ++g.screened;
        if (!r->myopic)
            continue;
        ++g.myopic;
        if (r->degreeLevel == 1)
            ++g.low;
        else if (r->degreeLevel == 2)
            ++g.moderate;
        else if (r->degreeLevel == 3)
            ++g.high;
    }
    if (g.screened > 0)
        g.rate = double(g.myopic) / g.screened;
    g.previousRate = previousRate;
    ItemResult &c = g.change;
    c.code = QStringLiteral("M_change");
    c.title = QCoreApplication::translate("MyopiaScreening", "近视率较上一周期的变化");
    c.unit = QCoreApplication::translate("MyopiaScreening", "百分点");
    c.comparison = QStringLiteral("<=");
    c.threshold = profile.get("myopia.target_change_pp");
    if (!g.rate) {
        c.detail = QCoreApplication::translate("MyopiaScreening", "未计算：没有有效筛查记录（无效 %1 条）")
                       .arg(g.invalid);
        c.missing << QStringLiteral("S5");
    } else if (!previousRate) {
        c.detail = QCoreApplication::translate("MyopiaScreening", "未计算：缺少上一周期的近视率");
        c.missing << QCoreApplication::translate("MyopiaScreening", "上一周期 S5");
    } else {
        const double change = (*g.rate - *previousRate) * 100.0;
        c.value = change;
        c.state = meets(change, c.threshold->value, "<=") ? ItemState::Pass : ItemState::Fail;
        c.detail =
            QCoreApplication::translate("MyopiaScreening", "近视率 %1% → %2%，变化 %3 个百分点，目标 ≤ %4")
                .arg(*previousRate * 100, 0, 'f', 1)
                .arg(*g.rate * 100, 0, 'f', 1)
                .arg(change, 0, 'f', 2)
                .arg(c.threshold->value, 0, 'f', 1);
    }
    return g;
}

QList<MyopiaGroup> MyopiaRates::all(const QList<MyopiaResult> &results, const QString &countyName,
                                    const ThresholdProfile &profile, const QList<MyopiaGroup> &previous)
{
    // Nested hashes keyed by what each row already holds: no string is built per student (40,000 rows).
    using Students = QList<const MyopiaResult *>;
    QHash<QString, QMap<int, Students>> schoolGrades;
    QMap<int, Students> countyGrades;
    QHash<QString, Students> stages, schools, towns;
    Students male, female, county;
    county.reserve(results.size());
    for (const MyopiaResult &r : results) {
        schoolGrades[r.schoolCode][r.grade] << &r;
        countyGrades[r.grade] << &r;
        if (!r.stage.isEmpty())
            stages[r.stage] << &r;
        (r.sex == 1 ? male : female) << &r;
        schools[r.schoolCode] << &r;
        if (!r.town.isEmpty())
            towns[r.town] << &r;
        county << &r;
    }
    QHash<QString, double> before;
    for (const MyopiaGroup &g : previous)
        if (g.rate)
            before.insert(g.level + QLatin1Char('\n') + g.key, *g.rate);
    QList<MyopiaGroup> out;
    auto add = [&](const QString &level, const QString &key, const Students &students) {
        const QString id = level + QLatin1Char('\n') + key;
        out << group(level, key, students, profile,
                     before.contains(id) ? std::optional<double>(before.value(id)) : std::nullopt);
    };
    auto addAll = [&](const char *level, const QHash<QString, Students> &groups) {
        QStringList keys = groups.keys();
        keys.sort();
        for (const QString &key : keys)
            add(QLatin1String(level), key, groups.value(key));
    };
    add(QStringLiteral("county"), countyName, county);
    addAll("town", towns);
    addAll("school", schools);
    QStringList schoolCodes = schoolGrades.keys();
    schoolCodes.sort();
    for (const QString &school : schoolCodes) {
        const QMap<int, Students> &grades = schoolGrades[school];
        for (auto g = grades.cbegin(); g != grades.cend(); ++g)
            add(QStringLiteral("grade"), school + QLatin1Char('/') + QString::number(g.key()), g.value());
    }
    for (auto g = countyGrades.cbegin(); g != countyGrades.cend(); ++g)
        add(QStringLiteral("county_grade"), QString::number(g.key()), g.value());
    addAll("stage", stages);
    if (!male.isEmpty())
        add(QStringLiteral("sex"), QStringLiteral("male"), male);
    if (!female.isEmpty())
        add(QStringLiteral("sex"), QStringLiteral("female"), female);
    return out;
}

} // namespace junheng
