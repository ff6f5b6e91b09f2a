#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace junheng {

// One row of S5 as the engine needs it (docs/form-fields.md).
struct StudentScreening
{
    QString studentId, name;
    QString schoolCode, schoolName, town, schoolSystem; // 学制 of the school: 6_3 or 5_4
    int sex = 0;                                        // 1 男, 2 女
    int grade = 0;                                      // 1–9
    QString className;
    QDate birthDate, screeningDate;
    QString glasses;                                            // none, spectacles, contacts, ortho_k
    std::optional<double> uaRight, uaLeft;                      // uncorrected acuity, 5-point scale
    std::optional<double> sphRight, cylRight, sphLeft, cylLeft; // D
};

} // namespace junheng
