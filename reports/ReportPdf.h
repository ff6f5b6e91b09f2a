#pragma once

#include "ReportBook.h"
#include "Result.h"

namespace junheng {

// Writes a report as a PDF (QPdfWriter, A4 landscape) in the order an official reads it: the title and
// summary, the charts, then the tables with their header repeated on every page and failing figures in
// red. Needs a QGuiApplication (fonts); the server and the CLI run one on the offscreen platform.
// Written to a temporary name and renamed into place, so a failed write never leaves half a file.
namespace ReportPdf {

Status write(const ReportBook &book, const QString &path);

} // namespace ReportPdf
} // namespace junheng
