#pragma once

#include "FormDefinition.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace junheng {

// One problem found across the rows of a roster.
struct RowIssue
{
    int row = -1;        // index into the rows given; -1 for the roster as a whole (e.g. a grade's sum)
    int relatedRow = -1; // the other row involved (unique: the first occurrence), or -1
    QString fieldId;
    QString ruleId;
    Severity severity = Severity::Hard;
    QString message; // plain Chinese; names the rows itself, so callers need not prefix it
};

// The single-record form another roster rule compares with (S2's headcounts against S1).
struct LinkedRecord
{
    const FormDefinition *form = nullptr; // for labels in messages; may be null
    QJsonObject payload;
};

// The roster rules of a form ("unique", "sum_matches"), over all the rows of one school and cycle. Rows are
// the records' (normalised) payloads. Linear in the rows (hash maps): 50,000 rows take milliseconds.
class CrossRecordRules
{
public:
    // linked: form id -> that form's record (e.g. "S1"). A sum_matches rule whose form has no record yet is
    // skipped: there is nothing to compare with, and the other form's own checks say it is missing.
    // firstRowNumber: how the first row is numbered in messages (1 in the app; 2 for a file with a header).
    static QList<RowIssue> check(const FormDefinition &form, const QList<QJsonObject> &rows,
                                 const QHash<QString, LinkedRecord> &linked = {}, int firstRowNumber = 1);

    // The issues of one row, e.g. to show beside it in a grid.
    static QList<RowIssue> forRow(const QList<RowIssue> &issues, int row);
};

} // namespace junheng
