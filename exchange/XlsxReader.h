#pragma once

#include "Result.h"
#include "SheetData.h"

namespace junheng {

// The first worksheet of an .xlsx workbook as text cells: shared and inline strings, numbers written as
// a person would (17-digit binary noise removed: 8.1999999999999993 reads 8.2), booleans, formula results.
// Dates stay Excel serial numbers; the date columns of a layout turn them into dates.
namespace XlsxReader {

// sheetName: that worksheet instead of the first.
Result<SheetData> readFile(const QString &path, const QString &sheetName = {});

} // namespace XlsxReader
} // namespace junheng
