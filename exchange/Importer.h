#pragma once

#include "ColumnMapping.h"
#include "ImportPreview.h"

#include <atomic>
#include <functional>

namespace junheng {

struct ImportOptions
{
    QHash<QString, QString> mapping;                   // header -> field id, for headers the layout lacks
    std::function<void(int done, int total)> progress; // called now and then while rows are checked
    const std::atomic_bool *cancel = nullptr;          // set from another thread to stop
};

// Reads a CSV or XLSX file in a layout into a preview: every row normalised into a form payload, every
// problem at its row and column, checked with the form's Validator and across rows (a student or staff
// id seen twice flags the later row). Writes nothing: the caller imports all rows, the valid rows or none.
class Importer
{
public:
    Importer(const FormDefinition &form, const Layout &layout);

    Result<ImportPreview> previewFile(const QString &path, const ImportOptions &options = {}) const;
    Result<ImportPreview> preview(const SheetData &sheet, const ImportOptions &options = {}) const;

    // The imported rows laid over the stored rows with the same key: a file updates the fields it has
    // columns for and keeps the others (免测, reasons for warnings, …); computed fields are recomputed.
    static QList<QJsonObject> overlay(const FormDefinition &form, const QList<QJsonObject> &imported,
                                      const QList<QJsonObject> &stored);

    // Reads a .csv/.txt or .xlsx file (by its content: an XLSX is a zip) into rows of text.
    static Result<SheetData> readSheet(const QString &path);

private:
    const FormDefinition &m_form;
    const Layout &m_layout;
};

} // namespace junheng
