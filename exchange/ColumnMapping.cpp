#include "ColumnMapping.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace junheng {

namespace {

constexpr int headerSearchRows = 10;

// The layout column a header names: by its header, an alias, or the form's label of its field.
const LayoutColumn *matchHeader(const Layout &layout, const FormDefinition &form, const QString &canonical)
{
    for (const LayoutColumn &column : layout.columns) {
        if (Layout::canonicalHeader(column.header) == canonical)
            return &column;
        for (const QString &alias : column.aliases) {
            if (Layout::canonicalHeader(alias) == canonical)
                return &column;
        }
        const FormField *field = form.field(column.fieldId);
        if (field && Layout::canonicalHeader(field->label.zh) == canonical)
            return &column;
    }
    return nullptr;
}

// A column the file must have: the layout says so, or the form requires its field in every row.
bool isRequired(const LayoutColumn &column, const FormDefinition &form)
{
    if (column.required)
        return true;
    const FormField *field = form.field(column.fieldId);
    return field && field->required && !field->requiredWhen && !field->relevant && !field->isComputed();
}

} // namespace

const ColumnBinding *ColumnMapping::binding(const QString &fieldId) const
{
    for (const ColumnBinding &b : bindings) {
        if (b.fieldId == fieldId)
            return &b;
    }
    return nullptr;
}

Result<QHash<QString, QString>> ColumnMapping::parseExplicit(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；]"));
    QHash<QString, QString> map;
    for (QString part : text.split(separators, Qt::SkipEmptyParts)) {
        part.replace(QChar(0xFF1D), QLatin1Char('='));
        const qsizetype eq = part.lastIndexOf(QLatin1Char('='));
        const QString header = eq > 0 ? part.left(eq).trimmed() : QString();
        const QString field = eq > 0 ? part.mid(eq + 1).trimmed() : QString();
        if (header.isEmpty() || field.isEmpty())
            return makeError("import.mapping",
                             QCoreApplication::translate(
                                 "ColumnMapping",
                                 "列对应“%1”看不懂：应写成 文件里的列名=字段名，多个用逗号分开，例如 "
                                 "工号=staff_no,学历=degree。")
                                 .arg(part.trimmed()));
        map.insert(header, field);
    }
    return map;
}

Result<ColumnMapping> ColumnMapping::detect(const SheetData &sheet, const Layout &layout,
                                            const FormDefinition &form,
                                            const QHash<QString, QString> &explicitMap)
{
    QHash<QString, QString> explicitCanonical;
    for (auto it = explicitMap.begin(); it != explicitMap.end(); ++it) {
        if (!form.field(it.value())) {
            QStringList ids;
            for (const FormField &field : form.fields)
                ids << QCoreApplication::translate("ColumnMapping", "%1（%2）")
                           .arg(field.id, field.label.text());
            return makeError(
                "import.mapping",
                QCoreApplication::translate("ColumnMapping",
                                            "列对应里的“%1”不是表 %2 的字段。可用的字段：%3。")
                    .arg(it.value(), form.id, ids.join(QCoreApplication::translate("ColumnMapping", "、"))));
        }
        explicitCanonical.insert(Layout::canonicalHeader(it.key()), it.value());
    }

    // The header: the first of the first rows where at least three cells (or every layout column, for
    // a layout of fewer) name a column.
    const int needed = std::min<int>(3, int(layout.columns.size()));
    int headerIndex = -1;
    for (int i = 0; i < std::min<int>(headerSearchRows, int(sheet.rows.size())) && headerIndex < 0; ++i) {
        int matches = 0;
        for (const QString &cell : sheet.rows.at(i).cells) {
            const QString canonical = Layout::canonicalHeader(cell);
            if (!canonical.isEmpty() &&
                (explicitCanonical.contains(canonical) || matchHeader(layout, form, canonical)))
                ++matches;
        }
        if (matches >= needed)
            headerIndex = i;
    }
    QStringList expected;
    for (const LayoutColumn &column : layout.columns)
        expected << column.header;
    if (headerIndex < 0)
        return makeError(
            "import.header",
            QCoreApplication::translate(
                "ColumnMapping", "文件的前 %1 行里没有找到“%2”的表头。表头应包含这些列名（顺序不限）：%3。%4")
                .arg(headerSearchRows)
                .arg(layout.displayTitle(), expected.join(QCoreApplication::translate("ColumnMapping", "、")),
                     layout.id == QLatin1String("teachers")
                         ? QCoreApplication::translate("ColumnMapping",
                                                       "列名不同时，请指定列对应，例如 工号=staff_no。")
                         : QString()));

    ColumnMapping mapping;
    mapping.headerIndex = headerIndex;
    mapping.headerRow = sheet.rows.at(headerIndex).number;
    const QStringList &headers = sheet.rows.at(headerIndex).cells;
    // Cells up to the last named header: empty header cells after it do not make shorter rows suspect.
    mapping.headerWidth = int(headers.size());
    while (mapping.headerWidth > 0 && headers.at(mapping.headerWidth - 1).trimmed().isEmpty())
        --mapping.headerWidth;
    QSet<QString> boundFields;
    QSet<QString> usedExplicit;
    for (int c = 0; c < headers.size(); ++c) {
        const QString header = headers.at(c).trimmed();
        const QString canonical = Layout::canonicalHeader(header);
        if (canonical.isEmpty())
            continue;
        ColumnBinding binding{c, header, {}, ValueKind::Plain, nullptr};
        if (const auto it = explicitCanonical.constFind(canonical); it != explicitCanonical.constEnd()) {
            binding.fieldId = it.value();
            binding.layoutColumn = layout.column(it.value());
            usedExplicit.insert(canonical);
        } else if (const LayoutColumn *column = matchHeader(layout, form, canonical)) {
            binding.fieldId = column->fieldId;
            binding.layoutColumn = column;
        }
        if (binding.fieldId.isEmpty() || boundFields.contains(binding.fieldId)) {
            mapping.ignoredHeaders << header; // unknown, or a second column for the same field
            continue;
        }
        if (binding.layoutColumn)
            binding.kind = binding.layoutColumn->kind;
        boundFields.insert(binding.fieldId);
        mapping.bindings.append(binding);
    }

    for (auto it = explicitMap.begin(); it != explicitMap.end(); ++it) {
        if (!usedExplicit.contains(Layout::canonicalHeader(it.key())))
            return makeError(
                "import.mapping",
                QCoreApplication::translate("ColumnMapping",
                                            "列对应里的列名“%1”在文件的表头（第 %2 行）里没有。表头有：%3。")
                    .arg(it.key())
                    .arg(mapping.headerRow)
                    .arg(headers.join(QCoreApplication::translate("ColumnMapping", "、"))));
    }

    QStringList missing;
    for (const LayoutColumn &column : layout.columns) {
        if (boundFields.contains(column.fieldId))
            continue;
        if (isRequired(column, form))
            missing << QCoreApplication::translate("ColumnMapping", "「%1」").arg(column.header);
        else
            mapping.absentOptional << column.header;
    }
    if (!missing.isEmpty())
        return makeError(
            "import.columns",
            QCoreApplication::translate(
                "ColumnMapping",
                "文件缺少必需的列 %1（表头在第 %2 行）。没有导入任何数据。请在文件里加上这些列%3"
                "后再导入。")
                .arg(missing.join(QCoreApplication::translate("ColumnMapping", "、")))
                .arg(mapping.headerRow)
                .arg(layout.id == QLatin1String("teachers")
                         ? QCoreApplication::translate("ColumnMapping",
                                                       "，或者用列对应指明哪一列是它（例如 工号=staff_no）")
                         : QString()));
    return mapping;
}

} // namespace junheng
