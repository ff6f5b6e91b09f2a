#include "Exporter.h"

#include "Validator.h"
#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace junheng::Exporter {

namespace {

QString csvQuoted(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Numbers go into a workbook as numbers (a person can sum and sort them); ids, codes and text as text.
bool writesAsNumber(const LayoutColumn &column, const FormField *field, const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    switch (column.kind) {
    case ValueKind::Grade:
    case ValueKind::GradeCode:
    case ValueKind::BirthYear:
        return true;
    case ValueKind::Plain:
        return field && (field->type == FieldType::Integer || field->type == FieldType::Decimal);
    default:
        return false;
    }
}

QStringList headers(const Layout &layout)
{
    QStringList out;
    for (const LayoutColumn &column : layout.columns)
        out << column.header;
    return out;
}

} // namespace

QString cellText(const Layout &layout, const LayoutColumn &column, const FormField *field,
                 const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (column.kind) {
    case ValueKind::Sex: {
        const QString code = value.toVariant().toString();
        if (layout.sexAsCode)
            return code;
        return code == QLatin1String("1")   ? QStringLiteral("男")
               : code == QLatin1String("2") ? QStringLiteral("女")
                                            : code;
    }
    case ValueKind::Duration:
        return value.isDouble() ? ValueNormaliser::formatDuration(int(value.toDouble())) : value.toString();
    case ValueKind::Grade:
    case ValueKind::GradeCode:
    case ValueKind::BirthYear:
        return value.isDouble() ? Validator::formatNumber(value.toDouble()) : value.toString();
    default:
        break;
    }
    if (field && field->type == FieldType::Choice && value.isString())
        return field->choiceLabel(value.toString());
    if (field)
        return Validator::displayText(*field, value);
    return value.isDouble() ? Validator::formatNumber(value.toDouble()) : value.toVariant().toString();
}

QByteArray toCsv(const Layout &layout, const FormDefinition &form, const QList<QJsonObject> &rows)
{
    QString text;
    text.reserve(qsizetype(rows.size() + 1) * 160);
    text += headers(layout).join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QJsonObject &row : rows) {
        QStringList cells;
        cells.reserve(layout.columns.size());
        for (const LayoutColumn &column : layout.columns)
            cells << csvQuoted(
                cellText(layout, column, form.field(column.fieldId), row.value(column.fieldId)));
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status writeFile(const QString &path, const Layout &layout, const FormDefinition &form,
                 const QList<QJsonObject> &rows)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString name = QFileInfo(path).fileName();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(layout, form, rows)) < 0 || !file.commit())
            return makeError(
                "export.io",
                QCoreApplication::translate(
                    "Exporter", "写文件“%1”失败：%2。请确认文件夹可以写入、文件没有在 Excel 里打开。")
                    .arg(name, file.errorString()));
        return Ok{};
    }
    if (suffix != QLatin1String("xlsx"))
        return makeError("export.format", QCoreApplication::translate(
                                              "Exporter", "不能导出为“%1”：文件名应以 .xlsx 或 .csv 结尾。")
                                              .arg(name));

    XlsxWriter writer(path);
    writer.addSheet(layout.title.left(31)); // Excel's limit for a sheet name
    QList<double> widths;
    for (const LayoutColumn &column : layout.columns)
        widths << std::max(10.0, column.header.size() * 2.2 + 2);
    writer.writeHeader(headers(layout), widths);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < layout.columns.size(); ++c) {
            const LayoutColumn &column = layout.columns.at(c);
            const FormField *field = form.field(column.fieldId);
            const QJsonValue value = rows.at(r).value(column.fieldId);
            if (writesAsNumber(column, field, value))
                writer.writeNumber(r + 1, c, value.toDouble());
            else
                writer.writeText(r + 1, c, cellText(layout, column, field, value));
        }
    }
    return writer.close();
}

} // namespace junheng::Exporter
