#pragma once

#include "FormDefinition.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace junheng {

// One problem of an import, where the user will find it: the file's row number and column header, the
// value as written, the rule it breaks and a plain Chinese message. Row 0 is the whole file.
struct ImportProblem
{
    int row = 0;
    QString column; // the header as written in the file (or the layout's name for an absent column)
    QString fieldId;
    QString value; // the cell as written
    QString rule;  // "required", "range", "duration", "duplicate", "not_applicable", "short_row", …
    Severity severity = Severity::Hard;
    QString message; // begins with 第 N 行
};

// A data row of the file, normalised into the form's payload.
struct ImportRow
{
    int sourceRow = 0; // row number in the file
    QJsonObject payload;
    int hardCount = 0; // problems that keep the row out of an import of valid rows
    int softCount = 0; // warnings: imported, to be confirmed with a reason before finalising
    bool valid() const { return hardCount == 0; }
};

// What an import would do, shown before anything is written.
struct ImportPreview
{
    QString formId;
    QString layoutId;
    QString encoding; // of a CSV; "XLSX" for a workbook
    int headerRow = 0;
    QList<ImportRow> rows;
    QList<ImportProblem> problems; // in row order
    QStringList notes;             // what was read differently from how it was written, ignored columns

    int validCount() const;
    int invalidCount() const { return int(rows.size()) - validCount(); }
    int hardCount() const;
    int softCount() const;
    bool allValid() const { return validCount() == rows.size(); }
    QList<QJsonObject> validPayloads() const;
    QList<QJsonObject> payloads() const;
};

} // namespace junheng
