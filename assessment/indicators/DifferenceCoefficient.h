#pragma once

#include "ResourceIndicators.h"

#include <QList>
#include <optional>

namespace junheng {

// The enrolment-weighted difference coefficient (差异系数) of DOMAIN §4.1:
// X̄ = Σ P_i·X_i / P,  S = sqrt(Σ (P_i/P)·(X_i − X̄)²),  CV = S / X̄.
struct WeightedValue
{
    double weight = 0; // P_i, the unit's students
    double value = 0;  // X_i
};

struct CoefficientResult
{
    double mean = 0;
    double deviation = 0;
    double cv = 0;
    int units = 0;
};

// Empty when there is no weight at all or the mean is 0 (the coefficient is undefined then).
std::optional<CoefficientResult> differenceCoefficient(const QList<WeightedValue> &values);

// The coefficient of each indicator for one stage over a set of units (a town's or the county's),
// judged against the profile's cv.<stage>. Units whose indicator is not computed are left out and named.
struct AreaIndicator
{
    QString code; // R1…R7
    std::optional<CoefficientResult> coefficient;
    ItemResult result; // code "CV_R1"…; value = CV
    QStringList unitsLeftOut;
    QJsonObject toJson() const;
};

struct AreaAssessment
{
    QString area; // the town's or county's name
    Stage stage = Stage::Primary;
    int units = 0;
    int unitsPassing = 0; // units that pass the 6-of-7 rule
    QList<AreaIndicator> indicators;
    QJsonObject toJson() const;

    static AreaAssessment compute(const QString &area, Stage stage, const QList<ResourceUnit> &units,
                                  const ThresholdProfile &profile);
};

// "What if": the county's coefficients before and after one unit makes its plan.
struct WhatIf
{
    QString schoolCode;
    Stage stage = Stage::Primary;
    QList<Addition> plan;
    QList<std::pair<QString, std::pair<double, double>>> cvBeforeAfter; // code -> (before, after)
    QJsonObject toJson() const;

    static WhatIf compute(const QList<ResourceUnit> &countyUnits, int unitIndex, const QList<Addition> &plan);
};

} // namespace junheng
