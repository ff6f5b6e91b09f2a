#include "DifferenceCoefficient.h"

#include <QCoreApplication>
#include <cmath>

namespace junheng {

std::optional<CoefficientResult> differenceCoefficient(const QList<WeightedValue> &values)
{
    double total = 0, weighted = 0;
    for (const WeightedValue &v : values) {
        total += v.weight;
        weighted += v.weight * v.value;
    }
    if (total <= 0)
        return std::nullopt;
    CoefficientResult result;
    result.units = int(values.size());
    result.mean = weighted / total;
    if (result.mean <= 0)
        return std::nullopt;
    double variance = 0;
    for (const WeightedValue &v : values)
        variance += v.weight / total * (v.value - result.mean) * (v.value - result.mean);
    result.deviation = std::sqrt(variance);
    result.cv = result.deviation / result.mean;
    return result;
}

QJsonObject AreaIndicator::toJson() const
{
    QJsonObject object = result.toJson();
    if (coefficient) {
        object.insert("mean", coefficient->mean);
        object.insert("deviation", coefficient->deviation);
        object.insert("units", coefficient->units);
    }
    if (!unitsLeftOut.isEmpty())
        object.insert("units_left_out", QJsonArray::fromStringList(unitsLeftOut));
    return object;
}

QJsonObject AreaAssessment::toJson() const
{
    QJsonArray list;
    for (const AreaIndicator &indicator : indicators)
        list.append(indicator.toJson());
    return QJsonObject{{"area", area},   {"stage", stageName(stage)},     {"stage_label", stageLabel(stage)},
                       {"units", units}, {"units_passing", unitsPassing}, {"indicators", list}};
}

AreaAssessment AreaAssessment::compute(const QString &area, Stage stage, const QList<ResourceUnit> &units,
                                       const ThresholdProfile &profile)
{
    AreaAssessment out;
    out.area = area;
    out.stage = stage;
    QList<const ResourceUnit *> ofStage;
    for (const ResourceUnit &unit : units) {
        if (unit.stage != stage)
            continue;
        ofStage << &unit;
        if (ResourceIndicators::assess(unit, profile).rule.passed())
            ++out.unitsPassing;
    }
    out.units = int(ofStage.size());
    const Threshold limit = profile.get(QStringLiteral("cv.") + stageName(stage));
    for (const QString &code : ResourceIndicators::codes()) {
        AreaIndicator indicator;
        indicator.code = code;
        QList<WeightedValue> values;
        for (const ResourceUnit *unit : ofStage) {
            if (const auto x = ResourceIndicators::value(*unit, code))
                values << WeightedValue{double(*unit->students), *x};
            else
                indicator.unitsLeftOut
                    << unit->schoolName + QLatin1Char('(') + unit->schoolCode + QLatin1Char(')');
        }
        indicator.coefficient = differenceCoefficient(values);
        ItemResult &r = indicator.result;
        r.code = QStringLiteral("CV_") + code;
        r.title = ResourceIndicators::title(code, stage) +
                  QCoreApplication::translate("DifferenceCoefficient", " 差异系数");
        r.comparison = QStringLiteral("<=");
        r.threshold = limit;
        if (!indicator.coefficient) {
            r.state = ItemState::NotComputed;
            r.detail = values.isEmpty() ? QCoreApplication::translate("DifferenceCoefficient",
                                                                      "未计算：%1没有可计算该指标的%2学校")
                                              .arg(area, stageLabel(stage))
                                        : QCoreApplication::translate("DifferenceCoefficient",
                                                                      "未计算：%1该指标的加权平均值为 0")
                                              .arg(area);
        } else {
            r.value = indicator.coefficient->cv;
            r.state = meets(indicator.coefficient->cv, limit.value, r.comparison) ? ItemState::Pass
                                                                                  : ItemState::Fail;
            r.detail = QCoreApplication::translate("DifferenceCoefficient",
                                                   "%1 所学校，加权平均 %2，差异系数 %3，要求 ≤ %4")
                           .arg(indicator.coefficient->units)
                           .arg(indicator.coefficient->mean, 0, 'f', 3)
                           .arg(indicator.coefficient->cv, 0, 'f', 4)
                           .arg(limit.value, 0, 'f', 2);
            if (!indicator.unitsLeftOut.isEmpty())
                r.detail +=
                    QCoreApplication::translate("DifferenceCoefficient", "；%1 所学校缺数据未计入：%2")
                        .arg(indicator.unitsLeftOut.size())
                        .arg(indicator.unitsLeftOut.join(
                            QCoreApplication::translate("DifferenceCoefficient", "、")));
        }
        out.indicators << indicator;
    }
    return out;
}

QJsonObject WhatIf::toJson() const
{
    QJsonArray plans, cvs;
    for (const Addition &a : plan)
        plans.append(a.toJson());
    for (const auto &[code, cv] : cvBeforeAfter)
        cvs.append(QJsonObject{{"code", code}, {"cv_before", cv.first}, {"cv_after", cv.second}});
    return QJsonObject{
        {"school_code", schoolCode}, {"stage", stageName(stage)}, {"plan", plans}, {"cv", cvs}};
}

WhatIf WhatIf::compute(const QList<ResourceUnit> &countyUnits, int unitIndex, const QList<Addition> &plan)
{
    WhatIf out;
    const ResourceUnit &unit = countyUnits.at(unitIndex);
    out.schoolCode = unit.schoolCode;
    out.stage = unit.stage;
    out.plan = plan;
    const ResourceUnit changed = ResourceIndicators::withAdditions(unit, plan);
    QStringList touched;
    for (const Addition &a : plan)
        if (!touched.contains(a.code))
            touched << a.code;
    for (const QString &code : touched) {
        QList<WeightedValue> before, after;
        for (int i = 0; i < countyUnits.size(); ++i) {
            const ResourceUnit &u = countyUnits[i];
            if (u.stage != unit.stage)
                continue;
            const auto x = ResourceIndicators::value(u, code);
            const auto y = ResourceIndicators::value(i == unitIndex ? changed : u, code);
            if (x)
                before << WeightedValue{double(*u.students), *x};
            if (y)
                after << WeightedValue{double(*u.students), *y};
        }
        const auto b = differenceCoefficient(before);
        const auto a = differenceCoefficient(after);
        if (b && a)
            out.cvBeforeAfter.append({code, {b->cv, a->cv}});
    }
    return out;
}

} // namespace junheng
