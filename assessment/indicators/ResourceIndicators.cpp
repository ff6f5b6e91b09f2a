#include "ResourceIndicators.h"

#include <QCoreApplication>
#include <cmath>

namespace junheng {

namespace {

QString number(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

// Quantities that come in whole units (teachers, rooms, ㎡, 元) are added in whole units.
double wholeUp(double value)
{
    return value <= 1e-9 ? 0 : std::ceil(value - 1e-9);
}

} // namespace

QJsonObject Addition::toJson() const
{
    return QJsonObject{{"code", code}, {"amount", amount}, {"to_floor", toFloor}, {"text", text}};
}

QJsonObject UnitAssessment::toJson() const
{
    QJsonArray list;
    for (const ItemResult &item : indicators)
        list.append(item.toJson());
    auto additions = [](const QList<Addition> &items) {
        QJsonArray array;
        for (const Addition &a : items)
            array.append(a.toJson());
        return array;
    };
    QJsonObject object{{"school_code", unit.schoolCode},
                       {"school_name", unit.schoolName},
                       {"town", unit.town},
                       {"stage", stageName(unit.stage)},
                       {"stage_label", stageLabel(unit.stage)},
                       {"indicators", list},
                       {"rule", rule.toJson()},
                       {"gaps", additions(gaps)},
                       {"floor_gaps", additions(floorGaps)},
                       {"plan", additions(plan)}};
    if (unit.students)
        object.insert("students", *unit.students);
    if (unit.split) {
        object.insert("share", unit.share);
        object.insert("share_basis", unit.shareBasis);
    }
    return object;
}

const QStringList &ResourceIndicators::codes()
{
    static const QStringList list{"R1", "R2", "R3", "R4", "R5", "R6", "R7"};
    return list;
}

QString ResourceIndicators::title(const QString &code, Stage stage)
{
    if (code == QLatin1String("R1"))
        return stage == Stage::Primary
                   ? QCoreApplication::translate("ResourceIndicators",
                                                 "每百名学生拥有高于规定学历教师数（专科及以上）")
                   : QCoreApplication::translate("ResourceIndicators",
                                                 "每百名学生拥有高于规定学历教师数（本科及以上）");
    if (code == QLatin1String("R2"))
        return QCoreApplication::translate("ResourceIndicators", "每百名学生拥有县级以上骨干教师数");
    if (code == QLatin1String("R3"))
        return QCoreApplication::translate("ResourceIndicators",
                                           "每百名学生拥有体育、艺术（美术、音乐）专任教师数");
    if (code == QLatin1String("R4"))
        return QCoreApplication::translate("ResourceIndicators", "生均教学及辅助用房面积");
    if (code == QLatin1String("R5"))
        return QCoreApplication::translate("ResourceIndicators", "生均体育运动场馆面积");
    if (code == QLatin1String("R6"))
        return QCoreApplication::translate("ResourceIndicators", "生均教学仪器设备值");
    return QCoreApplication::translate("ResourceIndicators", "每百名学生拥有网络多媒体教室数");
}

double ResourceIndicators::scale(const QString &code)
{
    return code == QLatin1String("R4") || code == QLatin1String("R5") || code == QLatin1String("R6") ? 1.0
                                                                                                     : 100.0;
}

std::optional<double> ResourceIndicators::quantity(const ResourceUnit &unit, const QString &code)
{
    if (code == QLatin1String("R1"))
        return unit.qualifiedTeachers;
    if (code == QLatin1String("R2"))
        return unit.backboneTeachers;
    if (code == QLatin1String("R3"))
        return unit.peArtsTeachers;
    if (code == QLatin1String("R4"))
        return unit.teachingArea;
    if (code == QLatin1String("R5"))
        return unit.sportsArea;
    if (code == QLatin1String("R6"))
        return unit.equipmentValue;
    return unit.multimediaRooms;
}

std::optional<double> ResourceIndicators::value(const ResourceUnit &unit, const QString &code)
{
    const std::optional<double> q = quantity(unit, code);
    if (!q || !unit.students || *unit.students <= 0)
        return std::nullopt;
    return *q * scale(code) / *unit.students;
}

QString ResourceIndicators::additionText(const QString &code, Stage stage, double amount)
{
    const QString n = QString::number(amount, 'f', 0);
    if (code == QLatin1String("R1"))
        return QCoreApplication::translate("ResourceIndicators", "增加 %1 名%2学历的专任教师")
            .arg(n, stage == Stage::Primary
                        ? QCoreApplication::translate("ResourceIndicators", "专科及以上")
                        : QCoreApplication::translate("ResourceIndicators", "本科及以上"));
    if (code == QLatin1String("R2"))
        return QCoreApplication::translate("ResourceIndicators", "增加 %1 名县级以上骨干教师").arg(n);
    if (code == QLatin1String("R3"))
        return QCoreApplication::translate("ResourceIndicators", "增加 %1 名体育、音乐或美术专任教师").arg(n);
    if (code == QLatin1String("R4"))
        return QCoreApplication::translate("ResourceIndicators", "增加 %1 ㎡ 教学及辅助用房").arg(n);
    if (code == QLatin1String("R5"))
        return QCoreApplication::translate("ResourceIndicators", "增加 %1 ㎡ 体育运动场馆").arg(n);
    if (code == QLatin1String("R6"))
        return QCoreApplication::translate("ResourceIndicators", "增加 ¥%1 教学仪器设备").arg(n);
    return QCoreApplication::translate("ResourceIndicators", "增加 %1 间网络多媒体教室").arg(n);
}

double ResourceIndicators::additionFor(const ResourceUnit &unit, const QString &code, double target)
{
    const std::optional<double> q = quantity(unit, code);
    if (!q || !unit.students)
        return 0;
    return wholeUp(target * *unit.students / scale(code) - *q);
}

ResourceUnit ResourceIndicators::withAdditions(ResourceUnit unit, const QList<Addition> &additions)
{
    for (const Addition &a : additions) {
        std::optional<double> *slot = a.code == QLatin1String("R1")   ? &unit.qualifiedTeachers
                                      : a.code == QLatin1String("R2") ? &unit.backboneTeachers
                                      : a.code == QLatin1String("R3") ? &unit.peArtsTeachers
                                      : a.code == QLatin1String("R4") ? &unit.teachingArea
                                      : a.code == QLatin1String("R5") ? &unit.sportsArea
                                      : a.code == QLatin1String("R6") ? &unit.equipmentValue
                                                                      : &unit.multimediaRooms;
        if (*slot)
            **slot += a.amount;
    }
    return unit;
}

UnitAssessment ResourceIndicators::assess(const ResourceUnit &unit, const ThresholdProfile &profile)
{
    UnitAssessment out;
    out.unit = unit;
    const QString stage = stageName(unit.stage);
    const double floorRatio = profile.value("resource.floor_ratio");
    const int minPassing = int(profile.value("resource.min_passing"));
    // Chinese source texts, translated where used (a static QString would keep the first language).
    static const QHash<QString, const char *> units{
        {"R1", QT_TRANSLATE_NOOP("ResourceIndicators", "人/百生")},
        {"R2", QT_TRANSLATE_NOOP("ResourceIndicators", "人/百生")},
        {"R3", QT_TRANSLATE_NOOP("ResourceIndicators", "人/百生")},
        {"R4", QT_TRANSLATE_NOOP("ResourceIndicators", "㎡/生")},
        {"R5", QT_TRANSLATE_NOOP("ResourceIndicators", "㎡/生")},
        {"R6", QT_TRANSLATE_NOOP("ResourceIndicators", "元/生")},
        {"R7", QT_TRANSLATE_NOOP("ResourceIndicators", "间/百生")}};
    for (const QString &code : codes()) {
        ItemResult item;
        item.code = code;
        item.title = title(code, unit.stage);
        item.unit = QCoreApplication::translate("ResourceIndicators", units.value(code));
        item.threshold = profile.get(code + QLatin1Char('.') + stage);
        // Name only what this indicator lacks: the whole form, the 一贯制 share, or its own field.
        static const QHash<QString, QString> fields{{"R4", "S4.teaching_area"},
                                                    {"R5", "S4.sports_area_outdoor"},
                                                    {"R6", "S4.equipment_value"},
                                                    {"R7", "S4.multimedia_rooms"}};
        QStringList inputsMissing;
        if (code == QLatin1String("R1") || code == QLatin1String("R2") || code == QLatin1String("R3"))
            inputsMissing = unit.teachersMissing;
        else
            for (const QString &entry : unit.facilitiesMissing)
                if (entry == QLatin1String("S4") || entry == QLatin1String("S4.primary_share") ||
                    entry == fields.value(code))
                    inputsMissing << entry;
        const std::optional<double> q = quantity(unit, code);
        if (!unit.students) {
            item.missing = unit.studentsMissing;
            item.detail =
                QCoreApplication::translate("ResourceIndicators", "未计算：缺少 %1（%2学生数）")
                    .arg(unit.studentsMissing.join(QCoreApplication::translate("ResourceIndicators", "、")),
                         stageLabel(unit.stage));
        } else if (*unit.students == 0) {
            item.detail =
                QCoreApplication::translate("ResourceIndicators", "未计算：%1学段学生数为 0，无法按学生计算")
                    .arg(stageLabel(unit.stage));
            item.missing << QStringLiteral("S1.students");
        } else if (!q) {
            item.missing = inputsMissing;
            item.detail =
                QCoreApplication::translate("ResourceIndicators", "未计算：缺少 %1")
                    .arg(inputsMissing.join(QCoreApplication::translate("ResourceIndicators", "、")));
        } else {
            const double v = *q * scale(code) / *unit.students;
            item.value = v;
            item.state = meets(v, item.threshold->value) ? ItemState::Pass : ItemState::Fail;
            item.detail =
                QCoreApplication::translate("ResourceIndicators", "%1 ÷ %2 名学生%3 = %4，要求 ≥ %5")
                    .arg(number(*q, *q == std::floor(*q) ? 0 : 2))
                    .arg(*unit.students)
                    .arg(scale(code) == 100 ? QStringLiteral(" × 100") : QString())
                    .arg(number(v), number(item.threshold->value));
            if (item.state == ItemState::Fail) {
                const double full = additionFor(unit, code, item.threshold->value);
                out.gaps << Addition{code, full, false, additionText(code, unit.stage, full)};
                if (!meets(v, floorRatio * item.threshold->value)) {
                    const double floor = additionFor(unit, code, floorRatio * item.threshold->value);
                    out.floorGaps << Addition{code, floor, true, additionText(code, unit.stage, floor)};
                }
                item.detail +=
                    QCoreApplication::translate("ResourceIndicators", "；差距：") + out.gaps.last().text;
            }
        }
        out.indicators << item;
    }

    // The 6-of-7 rule: at least minPassing reach the threshold, the rest at least floorRatio of it.
    ItemResult &rule = out.rule;
    rule.code = QStringLiteral("R_rule");
    rule.title =
        QCoreApplication::translate("ResourceIndicators", "资源配置7项指标（至少%1项达标，余项不低于%2%）")
            .arg(minPassing)
            .arg(floorRatio * 100, 0, 'f', 0);
    rule.threshold = profile.get("resource.min_passing");
    int passing = 0, belowFloor = 0;
    QStringList notComputed;
    for (const ItemResult &item : out.indicators) {
        if (item.state == ItemState::Pass)
            ++passing;
        else if (item.state == ItemState::NotComputed) {
            notComputed << item.code;
            rule.missing << item.missing;
        } else if (!meets(*item.value, floorRatio * item.threshold->value))
            ++belowFloor;
    }
    rule.missing.removeDuplicates();
    rule.value = passing;
    rule.unit = QCoreApplication::translate("ResourceIndicators", "项");
    const int failing = int(codes().size()) - passing - int(notComputed.size());
    const int allowedFailing = int(codes().size()) - minPassing;
    if (failing > allowedFailing || belowFloor > 0) {
        rule.state = ItemState::Fail;
        rule.detail = QCoreApplication::translate("ResourceIndicators", "%1 项达标，%2 项未达标")
                          .arg(passing)
                          .arg(failing);
        if (belowFloor > 0)
            rule.detail += QCoreApplication::translate("ResourceIndicators", "，其中 %1 项低于要求的 %2%")
                               .arg(belowFloor)
                               .arg(floorRatio * 100, 0, 'f', 0);
    } else if (!notComputed.isEmpty()) {
        rule.state = ItemState::NotComputed;
        rule.detail = QCoreApplication::translate("ResourceIndicators", "未计算：%1 缺少数据（%2）")
                          .arg(notComputed.join(QCoreApplication::translate("ResourceIndicators", "、")),
                               rule.missing.join(QCoreApplication::translate("ResourceIndicators", "、")));
    } else {
        rule.state = ItemState::Pass;
        rule.detail = failing == 0 ? QCoreApplication::translate("ResourceIndicators", "7 项全部达标")
                                   : QCoreApplication::translate("ResourceIndicators",
                                                                 "%1 项达标，1 项未达标但不低于要求的 %2%")
                                         .arg(passing)
                                         .arg(floorRatio * 100, 0, 'f', 0);
    }

    // The smallest plan: every failing indicator to its threshold except the ones the rule lets stay
    // below, which need only the floor. Leave below those already at the floor first (nothing to add),
    // then those furthest from the threshold (the largest addition saved).
    if (rule.state == ItemState::Fail && notComputed.isEmpty()) {
        QList<int> failingIdx;
        for (int i = 0; i < out.indicators.size(); ++i)
            if (out.indicators[i].state == ItemState::Fail)
                failingIdx << i;
        auto shortfall = [&](int i) {
            return 1.0 - *out.indicators[i].value / out.indicators[i].threshold->value;
        };
        auto atFloor = [&](int i) {
            return meets(*out.indicators[i].value, floorRatio * out.indicators[i].threshold->value);
        };
        std::sort(failingIdx.begin(), failingIdx.end(), [&](int a, int b) {
            if (atFloor(a) != atFloor(b))
                return atFloor(a);
            return shortfall(a) > shortfall(b);
        });
        for (int k = 0; k < failingIdx.size(); ++k) {
            const ItemResult &item = out.indicators[failingIdx[k]];
            const bool leave = k < allowedFailing;
            const double target = leave ? floorRatio * item.threshold->value : item.threshold->value;
            const double amount = additionFor(unit, item.code, target);
            if (amount > 0)
                out.plan << Addition{item.code, amount, leave, additionText(item.code, unit.stage, amount)};
        }
        std::sort(out.plan.begin(), out.plan.end(),
                  [](const Addition &a, const Addition &b) { return a.code < b.code; });
    }
    return out;
}

} // namespace junheng
