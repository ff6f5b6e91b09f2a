#pragma once

#include "ImportPreview.h"
#include "Result.h"

namespace junheng {

// The problems of an import as an XLSX a clerk can open, sort and work through: one line per problem
// (row, column, value as written, what is wrong), and a sheet with the summary and the notes.
namespace ErrorReport {

Status writeXlsx(const QString &path, const ImportPreview &preview, const QString &sourceName);

// For a file refused as a whole (a required column missing, not a workbook, …).
Status writeFileError(const QString &path, const Error &error, const QString &sourceName);

} // namespace ErrorReport
} // namespace junheng
