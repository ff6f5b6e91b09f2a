#pragma once

#include <QJsonValue>
#include <QString>
#include <optional>

namespace junheng {

// How a layout column's text becomes a stored value (DOMAIN.md §7: what people's files really contain).
enum class ValueKind {
    Plain,     // by the form field's type (Validator::parseInput): numbers, choices by label, 是/否
    Code,      // ids and codes kept as text: full-width digits and letters made ASCII, "123.0" not altered
    Sex,       // 男/女, 1/2, 男生/女生, M/F -> "1"/"2"
    Date,      // 2025-09-01, 2025/9/1, 20250901, 2025.9.1, 2025年9月1日, an Excel date serial -> ISO date
    Duration,  // 3′45″, 3'45", 3’45”, 3′45 -> 225 (seconds); 3:45 refused
    Ethnicity, // 民族代码: "1" -> "01" (Excel dropped the zero)
    Grade, // 年级 of a school year: 一年级…九年级, 初一…初三, 七年级, 1–9, grade codes 11–16/21–23 -> 1–9
    GradeCode, // 年级编号 of the national upload: 11–16, 21–23, 31–33, or 一年级…六年级, 初一…初三
               // (七…九年级), 高一…高三
    BirthYear, // a year, or a date or year-month from which the year is taken
};

// The result of reading one cell: the value to store, and either a note (the text was read in a
// different form than written, said in the preview) or an error (the text cannot be read).
struct NormalisedValue
{
    QJsonValue value; // Null for an empty cell
    QString note;     // e.g. "3'45\" 按 3′45″ 读入"
    QString rule;     // non-empty on error: "duration", "date", "sex", "grade", "ethnicity", "birth_year"
    QString error;    // the Chinese message, naming the column by `label`
};

namespace ValueNormaliser {

// Full-width digits, letters, points, minus signs and spaces made ASCII; surrounding spaces removed.
QString halfWidth(const QString &text);

NormalisedValue normalise(ValueKind kind, const QString &text, const QString &label);

std::optional<int> parseDuration(const QString &text);
QString formatDuration(int seconds); // 225 -> "3′45″"

// An Excel date serial (1900 system) as a date; invalid outside 1900–9999.
QString excelSerialToIsoDate(double serial);

} // namespace ValueNormaliser
} // namespace junheng
