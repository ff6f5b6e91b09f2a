#pragma once

#include "Result.h"
#include "SheetData.h"

namespace junheng {

// CSV as Excel and test devices write it: RFC 4180 quotes (doubled quotes inside), CRLF or LF, a comma,
// semicolon or tab separator (whichever the first lines use), blank lines skipped. A file that ends
// inside a quoted cell is read up to there and marked truncated.
namespace CsvReader {

QChar detectSeparator(QStringView text);

SheetData parse(QStringView text);

// Reads, decodes (TextDecoder) and parses a file.
Result<SheetData> readFile(const QString &path);

} // namespace CsvReader
} // namespace junheng
