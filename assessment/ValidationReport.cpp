#include "ValidationReport.h"

#include <algorithm>

namespace junheng {

bool ValidationReport::hasHardErrors() const
{
    return hardCount() > 0;
}

int ValidationReport::hardCount() const
{
    return int(std::count_if(issues.begin(), issues.end(),
                             [](const ValidationIssue &i) { return i.severity == Severity::Hard; }));
}

int ValidationReport::softCount() const
{
    return int(issues.size()) - hardCount();
}

int ValidationReport::missingCount() const
{
    return int(std::count_if(issues.begin(), issues.end(),
                             [](const ValidationIssue &i) { return i.ruleId == QLatin1String("required"); }));
}

int ValidationReport::unreasonedSoftCount() const
{
    return int(std::count_if(issues.begin(), issues.end(), [](const ValidationIssue &i) {
        return i.severity == Severity::Soft && i.blocks();
    }));
}

int ValidationReport::blockingCount() const
{
    return int(
        std::count_if(issues.begin(), issues.end(), [](const ValidationIssue &i) { return i.blocks(); }));
}

QList<ValidationIssue> ValidationReport::forField(const QString &fieldId) const
{
    QList<ValidationIssue> out;
    for (const ValidationIssue &issue : issues) {
        if (issue.fieldId == fieldId)
            out.append(issue);
    }
    return out;
}

} // namespace junheng
