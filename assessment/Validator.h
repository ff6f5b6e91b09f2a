#pragma once

#include "FormDefinition.h"
#include "ValidationReport.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace junheng {

// Validates a record's payload (field id -> value) against its form. The app, the CLI and the server all
// call this one function, so a record is judged the same everywhere. Rules across the rows of a roster
// (unique keys, sums against another form) are in CrossRecordRules.
namespace Validator {

// The payload key holding the reasons given for soft warnings: {"_reasons": {"run50": "校队运动员"}},
// keyed by field id or rule id.
inline constexpr const char *reasonsKey = "_reasons";

// Turns what a person typed into the stored value: numbers from text (full-width digits, spaces and
// thousands separators tolerated), booleans from 是/否, choices from their label, durations from 3′45″.
// Text that cannot be read stays as typed, so nothing is lost; validate() then says what is wrong with it.
QJsonValue parseInput(const FormField &field, const QString &text);

// The text to show in an input for a stored value (the inverse of parseInput).
QString displayText(const FormField &field, const QJsonValue &value);

// parseInput applied to every string value of a payload (used for files and the CLI), then the computed
// fields recomputed.
QJsonObject normalise(const FormDefinition &form, const QJsonObject &payload);

// The payload with every computed field recomputed from the others (removed when it cannot be computed).
QJsonObject computeFields(const FormDefinition &form, const QJsonObject &payload);

bool isRelevant(const FormField &field, const QJsonObject &payload);

// A field's checks. Without the form, a value in a field that is not relevant is an error only when the
// field itself says so (irrelevant_filled); with it, the form's default applies too.
QList<ValidationIssue> validateField(const FormField &field, const QJsonObject &payload);
QList<ValidationIssue> validateField(const FormDefinition &form, const FormField &field,
                                     const QJsonObject &payload);

// Every field and every rule within the record; soft issues carry the reason given in "_reasons".
ValidationReport validate(const FormDefinition &form, const QJsonObject &payload);

// 1234.5 -> "1234.5", 3 -> "3": numbers as a person writes them.
QString formatNumber(double value);

// A stored value as messages show it: "3′45″" for a duration, "300 厘米" for a number with a unit.
QString valueWithUnit(const FormField &field, double value);

} // namespace Validator
} // namespace junheng
