#pragma once

#include "FitnessResult.h"
#include "ItemResult.h"
#include "ThresholdProfile.h"

namespace junheng {

// 优良率 and 合格率 of a group of students (a class, grade, school, town or the county) against the
// profile's targets. The denominator is the students tested and scored; the exempt and those not scored
// are counted and shown, never folded in.
struct FitnessGroup
{
    QString level; // class, grade, school, town, county
    QString key;   // the class name, grade code, school code, town name, county
    int tested = 0, excellent = 0, good = 0, passed = 0, failed = 0;
    int exempt = 0, notScored = 0;
    ItemResult excellentGoodRate; // code "F_excellent_good"
    ItemResult passRate;          // code "F_pass"
    QJsonObject toJson() const;
};

class FitnessRates
{
public:
    static FitnessGroup group(const QString &level, const QString &key,
                              const QList<const FitnessResult *> &students, const ThresholdProfile &profile);
    // Every group of every level: class (within school and grade), grade, school, town, county.
    static QList<FitnessGroup> all(const QList<FitnessResult> &results, const QString &countyName,
                                   const ThresholdProfile &profile);
};

} // namespace junheng
