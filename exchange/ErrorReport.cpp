#include "ErrorReport.h"

#include "XlsxWriter.h"

namespace junheng::ErrorReport {

namespace {

QString severityText(Severity severity)
{
    return severity == Severity::Hard ? QStringLiteral("必须改正") : QStringLiteral("请核对");
}

} // namespace

Status writeXlsx(const QString &path, const ImportPreview &preview, const QString &sourceName)
{
    XlsxWriter writer(path);
    writer.addSheet(QStringLiteral("问题"));
    writer.writeHeader({QStringLiteral("行号"), QStringLiteral("列"), QStringLiteral("填写的值"),
                        QStringLiteral("类型"), QStringLiteral("规则"), QStringLiteral("说明")},
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

    writer.addSheet(QStringLiteral("说明"));
    writer.writeHeader({QStringLiteral("项目"), QStringLiteral("内容")}, {16, 100});
    const QList<std::pair<QString, QString>> summary{
        {QStringLiteral("文件"), sourceName},
        {QStringLiteral("表单"), preview.formId},
        {QStringLiteral("编码"), preview.encoding},
        {QStringLiteral("表头所在行"), QString::number(preview.headerRow)},
        {QStringLiteral("数据行"), QString::number(preview.rows.size())},
        {QStringLiteral("可以导入的行"), QString::number(preview.validCount())},
        {QStringLiteral("有错误的行"), QString::number(preview.invalidCount())},
        {QStringLiteral("必须改正"), QString::number(preview.hardCount())},
        {QStringLiteral("请核对"), QString::number(preview.softCount())},
    };
    int s = 1;
    for (const auto &[item, text] : summary) {
        writer.writeText(s, 0, item);
        writer.writeText(s++, 1, text);
    }
    for (const QString &note : preview.notes) {
        writer.writeText(s, 0, QStringLiteral("说明"));
        writer.writeText(s++, 1, note);
    }
    return writer.close();
}

Status writeFileError(const QString &path, const Error &error, const QString &sourceName)
{
    XlsxWriter writer(path);
    writer.addSheet(QStringLiteral("问题"));
    writer.writeHeader({QStringLiteral("文件"), QStringLiteral("说明")}, {30, 100});
    writer.writeText(1, 0, sourceName);
    writer.writeText(1, 1, error.message);
    return writer.close();
}

} // namespace junheng::ErrorReport
