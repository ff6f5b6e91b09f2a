#pragma once

#include "FormDefinition.h"
#include "Layout.h"
#include "SheetData.h"

#include <QHash>

namespace junheng {

// Which column of a file fills which form field. Found from the header row (the first of the first rows
// that holds the layout's column names, so a title row above it is skipped) by names and aliases; a
// person can map headers the layout does not know (CLI: --map "工号=staff_no,学历=degree").
struct ColumnBinding
{
    int column = 0; // 0-based index in the file's rows
    QString header; // as written in the file
    QString fieldId;
    ValueKind kind = ValueKind::Plain;
    const LayoutColumn *layoutColumn = nullptr; // null for a field mapped by hand outside the layout
};

struct ColumnMapping
{
    int headerIndex = 0; // index into SheetData::rows
    int headerRow = 0;   // its row number in the file
    int headerWidth = 0; // cells in the header row (to spot rows that were cut short)
    QList<ColumnBinding> bindings;
    QStringList ignoredHeaders; // columns the layout does not use
    QStringList absentOptional; // optional layout columns the file does not have (left empty)

    const ColumnBinding *binding(const QString &fieldId) const;

    // "工号=staff_no,学历=degree" (also ； ， and full-width =) -> header -> field id.
    static Result<QHash<QString, QString>> parseExplicit(const QString &text);

    // Fails for the whole file when no header row is found, a required column is missing, or an explicit
    // mapping names a field the form does not have or a header the file does not have.
    static Result<ColumnMapping> detect(const SheetData &sheet, const Layout &layout,
                                        const FormDefinition &form,
                                        const QHash<QString, QString> &explicitMap = {});
};

} // namespace junheng
