#pragma once

#include "ReportBook.h"
#include "Result.h"

namespace junheng {

// Writes a report as an XLSX workbook: a summary sheet, then one sheet per table with its title, note,
// a frozen header row and failing figures in red. Numbers stay numbers (percentages as fractions with a
// percent format), so an official can go on computing with them. Written whole or not at all.
namespace ReportXlsx {

Status write(const ReportBook &book, const QString &path);

} // namespace ReportXlsx
} // namespace junheng
