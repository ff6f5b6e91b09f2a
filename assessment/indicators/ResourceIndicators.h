#pragma once

#include "ItemResult.h"
#include "ResourceUnit.h"
#include "ThresholdProfile.h"

namespace junheng {

// An addition to one quantity of a unit: "3 名本科及以上学历专任教师", "420 ㎡ 体育运动场馆".
struct Addition
{
    QString code; // R1…R7
    double amount = 0;
    bool toFloor = false; // reaches only the 85% floor, not the threshold
    QString text;         // Chinese
    QJsonObject toJson() const;
};

// R1–R7 of one unit, the 6-of-7 rule with its 85% floor, the gap of every indicator below its
// threshold, and the smallest set of additions that makes the unit pass.
struct UnitAssessment
{
    ResourceUnit unit;
    QList<ItemResult> indicators; // R1…R7 in order
    ItemResult rule;              // code "R_rule"
    QList<Addition> gaps;         // to the threshold, per indicator below it
    QList<Addition> floorGaps;    // to 85% of it, per indicator below that
    QList<Addition> plan;         // empty when the unit passes or cannot be judged
    QJsonObject toJson() const;
};

class ResourceIndicators
{
public:
    static const QStringList &codes(); // R1…R7
    static QString title(const QString &code, Stage stage);
    // The numerator of an indicator and its scale (value = quantity × scale / students).
    static std::optional<double> quantity(const ResourceUnit &unit, const QString &code);
    static double scale(const QString &code);
    static std::optional<double> value(const ResourceUnit &unit, const QString &code);

    static UnitAssessment assess(const ResourceUnit &unit, const ThresholdProfile &profile);
    // The smallest whole addition to the quantity that brings the indicator to target.
    static double additionFor(const ResourceUnit &unit, const QString &code, double target);
    // The unit as it would be with the additions made.
    static ResourceUnit withAdditions(ResourceUnit unit, const QList<Addition> &additions);
    static QString additionText(const QString &code, Stage stage, double amount);
};

} // namespace junheng
