#pragma once

#include "FormDefinition.h"

#include <QList>
#include <QString>

namespace junheng {

struct ValidationIssue
{
    QString fieldId; // empty for a rule that is not about one field
    QString ruleId;  // "required", "type", "range", "usual_range", "precision", "choice", "allowed",
                     // "pattern", "not_relevant", "attachment", or a form rule id
    Severity severity = Severity::Hard;
    QString message;     // plain Chinese: which field, which value, what is allowed, what to do
    QString reason = {}; // soft issues: the reason the user gave for keeping the value (payload "_reasons")

    // A hard error, or a soft warning nobody has given a reason for: finalising must wait.
    bool blocks() const { return severity == Severity::Hard || reason.trimmed().isEmpty(); }
};

struct ValidationReport
{
    QList<ValidationIssue> issues;

    bool hasHardErrors() const;
    int hardCount() const;
    int softCount() const;
    int missingCount() const; // required fields left empty (rule "required")
    // Soft warnings without a reason.
    int unreasonedSoftCount() const;
    // What stops finalising: hard errors plus soft warnings without a reason. 0 means it may be finalised.
    int blockingCount() const;
    QList<ValidationIssue> forField(const QString &fieldId) const;
};

} // namespace junheng
