#include "UploadExport.h"

#include "FormCatalog.h"
#include "Layout.h"
#include "LocalStore.h"
#include "UploadFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace junheng {

UploadExport::Outcome UploadExport::write(LocalStore &store, const QString &cycle, const QString &areaName,
                                          const QString &folder)
{
    Outcome outcome;
    if (folder.isEmpty() || !QDir(folder).exists()) {
        outcome.message =
            QCoreApplication::translate("UploadExport", "文件夹“%1”不存在，请换一个文件夹。").arg(folder);
        return outcome;
    }
    // The S6 definition the county published for this cycle, if any (its choice labels are written).
    auto builtIn = FormCatalog::load(QString::fromLatin1(FormCatalog::builtInDirectory));
    if (!builtIn) {
        outcome.message = builtIn.error().message;
        return outcome;
    }
    auto catalog = builtIn->withPublished(store.publishedForms());
    const FormCatalog &forms = catalog ? catalog.value() : builtIn.value();
    const FormDefinition *form = forms.find(QStringLiteral("S6"));
    const Layout *layout = Layout::byId(QStringLiteral("fitness"));
    if (!form || !layout) {
        outcome.message = QCoreApplication::translate(
            "UploadExport",
            "这台设备上没有体质健康测试表（S6），不能导出上报文件。请联系县教育局的技术人员。");
        return outcome;
    }

    QList<UploadFile::Record> records;
    QSet<QString> schools;
    for (const LocalRecord &record : store.records(form->id)) {
        records << UploadFile::Record{record.formId, record.schoolCode, record.cycle, record.payload};
        if (record.cycle == cycle && !record.payload.value(QLatin1String("_deleted")).toBool())
            schools.insert(record.schoolCode);
    }
    if (schools.isEmpty()) {
        outcome.message = QCoreApplication::translate(
            "UploadExport", "本周期还没有任何学校的体质健康测试数据（表 S6），没有写文件。"
                            "请等学校填报后先同步，再导出。");
        return outcome;
    }
    const QString path = QDir(folder).filePath(UploadFile::fileName(areaName));
    auto written = UploadFile::write(path, *form, *layout, records, cycle);
    if (!written) {
        outcome.message = written.error().message;
        return outcome;
    }
    outcome.ok = true;
    outcome.path = path;
    outcome.rows = written.value();
    outcome.schools = int(schools.size());
    outcome.message =
        QCoreApplication::translate("UploadExport", "已保存体测上报文件：%1（%2 所学校，%3 名学生）。")
            .arg(QDir::toNativeSeparators(path))
            .arg(outcome.schools)
            .arg(outcome.rows);
    return outcome;
}

} // namespace junheng
