#pragma once

#include "FormDefinition.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace junheng {

struct ValidationIssue
{
    QString fieldId; // empty for a rule that is not about one field
    QString ruleId;  // "required", "type", "range", "usual_range", "precision", "choice", or a form rule id
    Severity severity = Severity::Hard;
    QString message; // plain Chinese: which field, which value, what is allowed, what to do
};

struct ValidationReport
{
    QList<ValidationIssue> issues;

    bool hasHardErrors() const;
    int hardCount() const;
    int softCount() const;
    int missingCount() const; // required fields left empty (rule "required")
    QList<ValidationIssue> forField(const QString &fieldId) const;
};

// Validates a record's payload (field id -> value) against its form. The app, the CLI and the server all
// call this one function, so a record is judged the same everywhere.
namespace Validator {

// Turns what a person typed into the stored value: numbers from text (full-width digits, spaces and
// thousands separators tolerated), booleans from 是/否, choices from their label. Text that cannot be
// read stays as typed, so nothing is lost; validate() then says what is wrong with it.
QJsonValue parseInput(const FormField &field, const QString &text);

// The text to show in an input for a stored value (the inverse of parseInput).
QString displayText(const FormField &field, const QJsonValue &value);

// parseInput applied to every string value of a payload (used for files and the CLI).
QJsonObject normalise(const FormDefinition &form, const QJsonObject &payload);

bool isRelevant(const FormField &field, const QJsonObject &payload);

QList<ValidationIssue> validateField(const FormField &field, const QJsonObject &payload);

ValidationReport validate(const FormDefinition &form, const QJsonObject &payload);

// 1234.5 -> "1234.5", 3 -> "3": numbers as a person writes them.
QString formatNumber(double value);

} // namespace Validator
} // namespace junheng
