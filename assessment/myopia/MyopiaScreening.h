#pragma once

#include "ItemResult.h"
#include "StudentScreening.h"
#include "ThresholdProfile.h"

namespace junheng {

// One student's screening judged by WS/T 663—2020: SE = S + C/2; screening-myopic when, in either eye,
// uncorrected acuity < 5.0 and SE ≤ −0.50 D (aged 6 or over); degree by the worse eye.
struct MyopiaResult
{
    enum class Status { Valid, Invalid, UnderSix };
    QString studentId, name, schoolCode, town, className;
    int grade = 0, sex = 0;
    QString stage; // primary, junior
    Status status = Status::Invalid;
    QString reason; // why invalid, in Chinese
    bool myopic = false;
    QString degree;      // 低度, 中度, 高度; empty when not myopic or not known
    int degreeLevel = 0; // 1 低度, 2 中度, 3 高度; 0 none or unknown
    std::optional<double> seRight, seLeft;
    QJsonObject toJson() const;
};

class MyopiaScreening
{
public:
    // schoolSystem: the 学制 to use when the row does not carry its school's (for the stage).
    static MyopiaResult classify(const StudentScreening &student, const ThresholdProfile &profile,
                                 const QString &schoolSystem = {});
    // Spherical equivalent; the degree of a myopic SE (低度 −0.50 ≥ SE > −3.00, 中度, 高度 ≤ −6.00).
    static double sphericalEquivalent(double sphere, double cylinder) { return sphere + cylinder / 2.0; }
    static QString degreeOf(double se);
};

// The myopia rate of a group, and its change from the previous cycle against the profile's target.
struct MyopiaGroup
{
    QString level; // grade, stage, sex, school, town, county
    QString key;
    int screened = 0, myopic = 0, low = 0, moderate = 0, high = 0, invalid = 0, underSix = 0;
    std::optional<double> rate;         // myopic / validly screened
    std::optional<double> previousRate; // the same group in the previous cycle
    ItemResult change;                  // code "M_change": change in pp against the target
    QJsonObject toJson() const;
};

class MyopiaRates
{
public:
    static MyopiaGroup group(const QString &level, const QString &key,
                             const QList<const MyopiaResult *> &students, const ThresholdProfile &profile,
                             std::optional<double> previousRate);
    // Every group of every level; previous holds the previous cycle's groups (matched by level and key).
    static QList<MyopiaGroup> all(const QList<MyopiaResult> &results, const QString &countyName,
                                  const ThresholdProfile &profile, const QList<MyopiaGroup> &previous = {});
};

} // namespace junheng
