#pragma once

#include <QString>
#include <optional>

namespace junheng {

// One row of S6 as the engine needs it (docs/form-fields.md); durations in seconds.
struct StudentFitness
{
    QString studentId, name;
    QString schoolCode, schoolName, town;
    QString classCode, className;
    int gradeCode = 0; // 11–16, 21–23, 31–33
    int sex = 0;       // 1 男, 2 女
    bool exempt = false;
    QString exemptReason;
    std::optional<double> height, weight; // cm, kg
    std::optional<double> lung, run50, sitReach, rope, situps, shuttle50x8, longJump, pullups, run1000,
        run800;
};

} // namespace junheng
