#include "UploadFile.h"

#include "Exporter.h"

#include <QCoreApplication>
#include <algorithm>

namespace junheng::UploadFile {

QList<QJsonObject> rows(const QList<Record> &records, const QString &cycle, const QString &formId)
{
    QList<const Record *> kept;
    for (const Record &record : records) {
        if (record.formId == formId && record.cycle == cycle &&
            !record.payload.value(QLatin1String("_deleted")).toBool())
            kept << &record;
    }
    // Stable, so a school's pupils keep the order the school entered them in.
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Record *a, const Record *b) { return a->schoolCode < b->schoolCode; });
    QList<QJsonObject> result;
    result.reserve(kept.size());
    for (const Record *record : kept)
        result << record->payload;
    return result;
}

Result<int> write(const QString &path, const FormDefinition &form, const Layout &layout,
                  const QList<Record> &records, const QString &cycle)
{
    if (layout.formId != form.id)
        return makeError("export.layout",
                         QCoreApplication::translate("UploadFile", "格式“%1”是表 %2 的，不能用来写表 %3。")
                             .arg(layout.displayTitle(), layout.formId, form.id));
    const QList<QJsonObject> list = rows(records, cycle, form.id);
    if (Status written = Exporter::writeFile(path, layout, form, list); !written)
        return written.error();
    return int(list.size());
}

QString fileName(const QString &areaName, const QString &suffix)
{
    return areaName + QCoreApplication::translate("UploadFile", "国家学生体质健康标准上报") +
           QLatin1Char('.') + suffix;
}

} // namespace junheng::UploadFile
