#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace junheng {

// One row of a CSV or a worksheet as text, with its row number in the file (1-based, as a spreadsheet
// program shows it) so every problem can be reported where the user will look for it.
struct SheetRow
{
    int number = 0;
    QStringList cells;
};

// A whole file read as rows of text cells, before any layout is applied.
struct SheetData
{
    QList<SheetRow> rows;
    QString encoding;       // "UTF-8", "UTF-8（带 BOM）", "GB18030", "UTF-16", "XLSX"
    bool truncated = false; // the file ends inside a quoted cell: the last row is incomplete
    int truncatedRow = 0;   // the row number where the unfinished cell starts
};

} // namespace junheng
