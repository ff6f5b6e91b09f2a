#pragma once

#include "FormDefinition.h"
#include "Layout.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace junheng {

// The county's 国家学生体质健康标准数据上报 file: every school's S6 rows of one cycle in the national
// layout, written by the CLI (export on a town/county device), the server (reports/county?format=upload)
// and the app (导出体测上报文件) through this one function, so the three files are the same.
namespace UploadFile {

// One stored record as the callers hold it (the store's LocalRecord, the server's WireRecord): shaped like
// the engine's FormRecord, which exchange cannot see (it depends on junheng_assessment only).
struct Record
{
    QString formId, schoolCode, cycle;
    QJsonObject payload;
};

// The rows that go into the file: records of `formId` and `cycle`, deleted ones left out, grouped by
// school code (in code order) and in their given order within a school.
QList<QJsonObject> rows(const QList<Record> &records, const QString &cycle,
                        const QString &formId = QStringLiteral("S6"));

// Writes the file at `path` (XLSX or CSV by its extension; whole or not at all) and returns how many
// rows it holds. `form` is S6 and `layout` the national fitness layout (Layout::byId("fitness")); the CLI
// also writes a town's or county's S5 this way.
Result<int> write(const QString &path, const FormDefinition &form, const Layout &layout,
                  const QList<Record> &records, const QString &cycle);

// The file name a county hands up: "<县名>国家学生体质健康标准上报.xlsx".
QString fileName(const QString &areaName, const QString &suffix = QStringLiteral("xlsx"));

} // namespace UploadFile
} // namespace junheng
