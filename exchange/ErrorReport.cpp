#include "ErrorReport.h"

#include "XlsxWriter.h"

#include <QCoreApplication>

namespace junheng::ErrorReport {

namespace {

QString severityText(Severity severity)
{
    return severity == Severity::Hard ? QCoreApplication::translate("ErrorReport", "必须改正")
                                      : QCoreApplication::translate("ErrorReport", "请核对");
}

} // namespace

Status writeXlsx(const QString &path, const ImportPreview &preview, const QString &sourceName)
{
    XlsxWriter writer(path);
    writer.addSheet(QCoreApplication::translate("ErrorReport", "问题"));
    writer.writeHeader({QCoreApplication::translate("ErrorReport", "行号"),
                        QCoreApplication::translate("ErrorReport", "列"),
                        QCoreApplication::translate("ErrorReport", "填写的值"),
                        QCoreApplication::translate("ErrorReport", "类型"),
                        QCoreApplication::translate("ErrorReport", "规则"),
                        QCoreApplication::translate("ErrorReport", "说明")},
                       {8, 16, 16, 10, 14, 90});
    int r = 1;
    for (const ImportProblem &problem : preview.problems) {
        if (problem.row > 0)
            writer.writeNumber(r, 0, problem.row);
        writer.writeText(r, 1, problem.column);
        writer.writeText(r, 2, problem.value);
        writer.writeText(r, 3, severityText(problem.severity));
        writer.writeText(r, 4, problem.rule);
        writer.writeText(r, 5, problem.message);
        ++r;
    }

    writer.addSheet(QCoreApplication::translate("ErrorReport", "说明"));
    writer.writeHeader({QCoreApplication::translate("ErrorReport", "项目"),
                        QCoreApplication::translate("ErrorReport", "内容")},
                       {16, 100});
    const QList<std::pair<QString, QString>> summary{
        {QCoreApplication::translate("ErrorReport", "文件"), sourceName},
        {QCoreApplication::translate("ErrorReport", "表单"), preview.formId},
        {QCoreApplication::translate("ErrorReport", "编码"), preview.encoding},
        {QCoreApplication::translate("ErrorReport", "表头所在行"), QString::number(preview.headerRow)},
        {QCoreApplication::translate("ErrorReport", "数据行"), QString::number(preview.rows.size())},
        {QCoreApplication::translate("ErrorReport", "可以导入的行"), QString::number(preview.validCount())},
        {QCoreApplication::translate("ErrorReport", "有错误的行"), QString::number(preview.invalidCount())},
        {QCoreApplication::translate("ErrorReport", "必须改正"), QString::number(preview.hardCount())},
        {QCoreApplication::translate("ErrorReport", "请核对"), QString::number(preview.softCount())},
    };
    int s = 1;
    for (const auto &[item, text] : summary) {
        writer.writeText(s, 0, item);
        writer.writeText(s++, 1, text);
    }
    for (const QString &note : preview.notes) {
        writer.writeText(s, 0, QCoreApplication::translate("ErrorReport", "说明"));
        writer.writeText(s++, 1, note);
    }
    return writer.close();
}

Status writeFileError(const QString &path, const Error &error, const QString &sourceName)
{
    XlsxWriter writer(path);
    writer.addSheet(QCoreApplication::translate("ErrorReport", "问题"));
    writer.writeHeader({QCoreApplication::translate("ErrorReport", "文件"),
                        QCoreApplication::translate("ErrorReport", "说明")},
                       {30, 100});
    writer.writeText(1, 0, sourceName);
    writer.writeText(1, 1, error.message);
    return writer.close();
}

} // namespace junheng::ErrorReport
