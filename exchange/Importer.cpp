#include "Importer.h"

#include "Condition.h"
#include "CsvReader.h"
#include "Validator.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace junheng {

namespace {

constexpr int progressEvery = 100;

QString rowPrefix(int row)
{
    return QCoreApplication::translate("Importer", "第 %1 行：").arg(row);
}

// Notes on values read differently from how they were written, one line per column (not per cell: a
// 3,000-row file written 3'45" throughout gets one line).
struct NoteTally
{
    int count = 0;
    int firstRow = 0;
    QString example;
};

class RowReader
{
public:
    RowReader(const FormDefinition &form, const Layout &layout, const ColumnMapping &mapping,
              ImportPreview &preview)
        : m_form(form), m_layout(layout), m_mapping(mapping), m_preview(preview)
    {
        for (const ColumnBinding &binding : mapping.bindings) {
            if (const FormField *field = form.field(binding.fieldId))
                m_bound.append({&binding, field});
        }
        m_keyFields = form.key.isEmpty() ? QStringList{layout.keyField} : form.key;
    }

    void read(const SheetRow &row, bool truncated)
    {
        ImportRow out;
        out.sourceRow = row.number;
        QHash<QString, QString> raw; // field id -> cell as written
        QSet<QString> unreadable;    // fields whose text could not be read: one problem each, not two
        QList<ImportProblem> problems;

        auto add = [&](const QString &fieldId, const QString &column, const QString &rule, Severity severity,
                       const QString &message) {
            problems.append(ImportProblem{row.number, column, fieldId, raw.value(fieldId), rule, severity,
                                          rowPrefix(row.number) + message});
        };

        if (truncated) {
            add({}, {}, QStringLiteral("truncated"), Severity::Hard,
                QCoreApplication::translate(
                    "Importer", "文件在这一行中途结束（引号没有闭合），这一行不完整，不能导入。文件可能没有复"
                                "制或下载完整；"
                                "请用原文件重新导出。"));
        } else if (m_mapping.headerWidth > 0 && row.cells.size() < m_mapping.headerWidth &&
                   m_preview.encoding != QLatin1String("XLSX")) {
            add({}, {}, QStringLiteral("short_row"), Severity::Hard,
                QCoreApplication::translate(
                    "Importer", "这一行只有 %1 列，表头有 %2 "
                                "列：这一行不完整（文件可能被截断，或少了分隔的逗号），不能导入。")
                    .arg(row.cells.size())
                    .arg(m_mapping.headerWidth));
        }

        for (const auto &[binding, field] : m_bound) {
            const QString text =
                binding->column < row.cells.size() ? row.cells.at(binding->column) : QString();
            raw.insert(field->id, text.trimmed());
            NormalisedValue read = ValueNormaliser::normalise(binding->kind, text, binding->header);
            if (!read.error.isEmpty()) {
                unreadable.insert(field->id);
                out.payload.insert(field->id, text.trimmed()); // kept as written: nothing is thrown away
                add(field->id, binding->header, read.rule, Severity::Hard, read.error);
                continue;
            }
            QJsonValue value = read.value;
            if (binding->kind == ValueKind::Plain && value.isString()) {
                const QString clean = value.toString();
                const QString alias =
                    binding->layoutColumn ? binding->layoutColumn->valueAliases.value(clean) : QString();
                if (!alias.isEmpty()) {
                    value = alias;
                    if (clean != field->choiceLabel(alias))
                        read.note = QCoreApplication::translate("Importer", "“%1”按“%2”读入")
                                        .arg(clean, field->choiceLabel(alias));
                } else {
                    value = Validator::parseInput(*field, clean);
                }
            }
            out.payload.insert(field->id, value);
            if (!read.note.isEmpty())
                tally(binding->header, row.number, read.note);
        }

        out.payload = Validator::computeFields(m_form, out.payload); // S6 bmi, S5 spherical equivalents
        for (const ValidationIssue &issue : Validator::validate(m_form, out.payload).issues) {
            if (unreadable.contains(issue.fieldId) || dependsOnUnreadable(issue.fieldId, unreadable))
                continue;
            add(issue.fieldId, columnName(issue.fieldId), issue.ruleId, issue.severity, issue.message);
        }
        checkDuplicate(out.payload, row.number, add);

        for (const ImportProblem &problem : problems)
            (problem.severity == Severity::Hard ? out.hardCount : out.softCount) += 1;
        m_preview.problems.append(problems);
        m_preview.rows.append(std::move(out));
    }

    void finishNotes()
    {
        for (const QString &column : std::as_const(m_noteOrder)) {
            const NoteTally &t = m_notes.value(column);
            m_preview.notes << (t.count == 1
                                    ? QCoreApplication::translate("Importer", "「%1」第 %2 行：%3。")
                                          .arg(column)
                                          .arg(t.firstRow)
                                          .arg(t.example)
                                    : QCoreApplication::translate(
                                          "Importer", "「%1」有 %2 个值换了写法读入，例如第 %3 行：%4。")
                                          .arg(column)
                                          .arg(t.count)
                                          .arg(t.firstRow)
                                          .arg(t.example));
        }
    }

private:
    QString columnName(const QString &fieldId) const
    {
        if (const ColumnBinding *binding = m_mapping.binding(fieldId))
            return binding->header;
        if (const LayoutColumn *column = m_layout.column(fieldId))
            return column->header;
        const FormField *field = m_form.field(fieldId);
        return field ? field->label.text() : fieldId;
    }

    void tally(const QString &column, int row, const QString &note)
    {
        NoteTally &t = m_notes[column];
        if (t.count++ == 0) {
            t.firstRow = row;
            t.example = note;
            m_noteOrder << column;
        }
    }

    // Whether a field is shown or required depends on others (the items of S6 on grade and sex): when one
    // of those could not be read, the row's problem is that one, not "this item is not measured".
    bool dependsOnUnreadable(const QString &fieldId, const QSet<QString> &unreadable) const
    {
        if (unreadable.isEmpty())
            return false;
        const FormField *field = m_form.field(fieldId);
        if (!field)
            return false;
        QSet<QString> reads;
        if (field->relevant)
            field->relevant->collectFields(reads);
        if (field->requiredWhen)
            field->requiredWhen->collectFields(reads);
        return reads.intersects(unreadable);
    }

    // A roster's key (student or staff id) seen again flags the later row with the first one's number.
    template <typename Add> void checkDuplicate(const QJsonObject &payload, int row, Add add)
    {
        QStringList parts;
        for (const QString &id : m_keyFields)
            parts << conditionText(payload.value(id));
        const QString key = parts.join(QChar(0x1F));
        if (key.isEmpty() || parts.contains(QString()))
            return;
        const auto first = m_seen.constFind(key);
        if (first == m_seen.constEnd()) {
            m_seen.insert(key, row);
            return;
        }
        const QString keyField = m_keyFields.last();
        QStringList labels;
        for (const QString &id : m_keyFields)
            labels << (m_form.field(id) ? m_form.field(id)->label.text() : id);
        add(keyField, columnName(keyField), QStringLiteral("duplicate"), Severity::Hard,
            QCoreApplication::translate(
                "Importer", "「%1」%2 和第 %3 行重复。同一个%1只能有一行：请删去重复的一行，或改正编号。")
                .arg(labels.join(QCoreApplication::translate("Importer", "」「")),
                     parts.join(QLatin1Char(' ')))
                .arg(first.value()));
    }

    const FormDefinition &m_form;
    const Layout &m_layout;
    const ColumnMapping &m_mapping;
    ImportPreview &m_preview;
    QList<std::pair<const ColumnBinding *, const FormField *>> m_bound;
    QStringList m_keyFields;
    QHash<QString, int> m_seen; // key -> first row number
    QHash<QString, NoteTally> m_notes;
    QStringList m_noteOrder;
};

} // namespace

int ImportPreview::validCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const ImportRow &r) { return r.valid(); }));
}

int ImportPreview::hardCount() const
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [](const ImportProblem &p) { return p.severity == Severity::Hard; }));
}

int ImportPreview::softCount() const
{
    return int(problems.size()) - hardCount();
}

QList<QJsonObject> ImportPreview::validPayloads() const
{
    QList<QJsonObject> out;
    for (const ImportRow &row : rows) {
        if (row.valid())
            out.append(row.payload);
    }
    return out;
}

QList<QJsonObject> ImportPreview::payloads() const
{
    QList<QJsonObject> out;
    out.reserve(rows.size());
    for (const ImportRow &row : rows)
        out.append(row.payload);
    return out;
}

Importer::Importer(const FormDefinition &form, const Layout &layout) : m_form(form), m_layout(layout) {}

QList<QJsonObject> Importer::overlay(const FormDefinition &form, const QList<QJsonObject> &imported,
                                     const QList<QJsonObject> &stored)
{
    auto keyOf = [&](const QJsonObject &payload) {
        QStringList parts;
        for (const QString &id : form.key)
            parts << conditionText(payload.value(id));
        return parts.join(QChar(0x1F));
    };
    QHash<QString, const QJsonObject *> byKey;
    for (const QJsonObject &payload : stored)
        byKey.insert(keyOf(payload), &payload);
    QList<QJsonObject> out;
    out.reserve(imported.size());
    for (const QJsonObject &row : imported) {
        const QJsonObject *existing = byKey.value(keyOf(row));
        QJsonObject merged = existing ? *existing : QJsonObject();
        for (auto it = row.begin(); it != row.end(); ++it)
            merged.insert(it.key(), it.value());
        out.append(Validator::computeFields(form, merged));
    }
    return out;
}

Result<SheetData> Importer::readSheet(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("import.open",
                         QCoreApplication::translate(
                             "Importer", "打不开文件“%1”：%2。请确认文件存在、没有被其他程序占用。")
                             .arg(path, file.errorString()));
    const QByteArray magic = file.read(4);
    file.close();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (magic.startsWith("PK\x03\x04") || suffix == QLatin1String("xlsx"))
        return XlsxReader::readFile(path);
    if (suffix == QLatin1String("xls") || magic.startsWith("\xD0\xCF\x11\xE0"))
        return makeError("import.format",
                         QCoreApplication::translate(
                             "Importer",
                             "“%1”是旧版 Excel 97-2003 工作簿（.xls），不能直接导入。请用 Excel 打开它，"
                             "“另存为”Excel 工作簿（.xlsx）或 CSV 后再导入。")
                             .arg(QFileInfo(path).fileName()));
    return CsvReader::readFile(path);
}

Result<ImportPreview> Importer::previewFile(const QString &path, const ImportOptions &options) const
{
    auto sheet = readSheet(path);
    if (!sheet)
        return sheet.error();
    return preview(sheet.value(), options);
}

Result<ImportPreview> Importer::preview(const SheetData &sheet, const ImportOptions &options) const
{
    auto mapping = ColumnMapping::detect(sheet, m_layout, m_form, options.mapping);
    if (!mapping)
        return mapping.error();

    ImportPreview preview;
    preview.formId = m_form.id;
    preview.layoutId = m_layout.id;
    preview.encoding = sheet.encoding;
    preview.headerRow = mapping->headerRow;
    if (mapping->headerIndex > 0)
        preview.notes << QCoreApplication::translate("Importer",
                                                     "表头在第 %1 行，上面的 %2 行（标题）没有导入。")
                             .arg(mapping->headerRow)
                             .arg(mapping->headerIndex);
    if (!mapping->ignoredHeaders.isEmpty())
        preview.notes << QCoreApplication::translate("Importer", "这些列不属于“%1”，没有导入：%2。")
                             .arg(
                                 m_layout.displayTitle(),
                                 mapping->ignoredHeaders.join(QCoreApplication::translate("Importer", "、")));
    if (!mapping->absentOptional.isEmpty())
        preview.notes << QCoreApplication::translate("Importer", "文件里没有这些列，相应的项留空：%1。")
                             .arg(
                                 mapping->absentOptional.join(QCoreApplication::translate("Importer", "、")));

    RowReader reader(m_form, m_layout, mapping.value(), preview);
    const int first = mapping->headerIndex + 1;
    const int total = int(sheet.rows.size()) - first;
    preview.rows.reserve(total);
    for (int i = first; i < sheet.rows.size(); ++i) {
        const int done = i - first;
        if (done % progressEvery == 0) {
            if (options.cancel && options.cancel->load())
                return makeError("import.cancelled",
                                 QCoreApplication::translate("Importer", "已取消导入，没有写入任何数据。"));
            if (options.progress)
                options.progress(done, total);
        }
        const SheetRow &row = sheet.rows.at(i);
        reader.read(row, sheet.truncated && i == sheet.rows.size() - 1 && row.number == sheet.truncatedRow);
    }
    if (options.progress)
        options.progress(total, total);
    reader.finishNotes();
    return preview;
}

} // namespace junheng
