#pragma once

#include "FormDefinition.h"
#include "Layout.h"

#include <QJsonObject>
#include <QList>

namespace junheng {

// Writes form rows back in a layout people exchange: CSV (UTF-8 with BOM, so Excel shows the Chinese)
// or XLSX (libxlsxwriter), by the file's extension. Values are written as the layout's files write them
// (性别 1/2 for the national upload, runs as 3′45″, choices by their Chinese label), so importing the file
// again gives the same rows. A file is written whole or not at all.
namespace Exporter {

QString cellText(const Layout &layout, const LayoutColumn &column, const FormField *field,
                 const QJsonValue &value);

QByteArray toCsv(const Layout &layout, const FormDefinition &form, const QList<QJsonObject> &rows);

Status writeFile(const QString &path, const Layout &layout, const FormDefinition &form,
                 const QList<QJsonObject> &rows);

} // namespace Exporter
} // namespace junheng
