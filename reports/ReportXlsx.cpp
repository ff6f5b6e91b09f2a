#include "ReportXlsx.h"

#include "ReportText.h"
#include "XlsxWriter.h"

#include <QHash>
#include <xlsxwriter.h>

namespace junheng::ReportXlsx {

namespace {

// libxlsxwriter formats made once per (style, number format) and reused: a workbook allows ~64,000.
class Formats
{
public:
    explicit Formats(lxw_workbook *workbook) : m_workbook(workbook)
    {
        m_title = workbook_add_format(workbook);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_note = workbook_add_format(workbook);
        format_set_italic(m_note);
        format_set_font_color(m_note, 0x666666);
        m_header = workbook_add_format(workbook);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xE8EEF4);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_text_wrap(m_header);
    }

    lxw_format *title() const { return m_title; }
    lxw_format *note() const { return m_note; }
    lxw_format *header() const { return m_header; }

    lxw_format *cell(const ReportCell &cell)
    {
        const QString numberFormat =
            !cell.number ? QStringLiteral("@")
            : cell.percent
                ? (cell.decimals > 0 ? QStringLiteral("0.%1%").arg(QString(cell.decimals, QLatin1Char('0')))
                                     : QStringLiteral("0%"))
            : cell.decimals > 0 ? QStringLiteral("0.%1").arg(QString(cell.decimals, QLatin1Char('0')))
                                : QStringLiteral("0");
        const QString key = numberFormat + QLatin1Char('|') + QString::number(int(cell.style));
        if (lxw_format *found = m_cells.value(key))
            return found;
        lxw_format *format = workbook_add_format(m_workbook);
        format_set_num_format(format, numberFormat.toUtf8().constData());
        format_set_border(format, LXW_BORDER_THIN);
        format_set_border_color(format, 0xD0D7DE);
        format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        switch (cell.style) {
        case CellStyle::Bold:
            format_set_bold(format);
            break;
        case CellStyle::Pass:
            format_set_font_color(format, 0x1B7F3B);
            break;
        case CellStyle::Fail:
            format_set_font_color(format, 0xB42318);
            format_set_bg_color(format, 0xFDECEA);
            break;
        case CellStyle::Muted:
            format_set_font_color(format, 0x888888);
            break;
        case CellStyle::Plain:
            break;
        }
        m_cells.insert(key, format);
        return format;
    }

private:
    lxw_workbook *m_workbook;
    lxw_format *m_title = nullptr, *m_note = nullptr, *m_header = nullptr;
    QHash<QString, lxw_format *> m_cells;
};

void writeString(lxw_worksheet *sheet, int row, int column, const QString &text, lxw_format *format)
{
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format);
}

void writeCell(lxw_worksheet *sheet, int row, int column, const ReportCell &cell, Formats &formats)
{
    lxw_format *format = formats.cell(cell);
    if (cell.number)
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), *cell.number, format);
    else
        writeString(sheet, row, column, cell.display(), format);
}

void writeSummary(lxw_worksheet *sheet, const ReportBook &book, Formats &formats)
{
    worksheet_set_column(sheet, 0, 0, 34, nullptr);
    worksheet_set_column(sheet, 1, 1, 40, nullptr);
    writeString(sheet, 0, 0, book.title, formats.title());
    writeString(
        sheet, 1, 0,
        ReportText::tr("生成时间：%1").arg(book.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        formats.note());
    int row = 3;
    for (const auto &[label, value] : book.summary) {
        writeString(sheet, row, 0, label, formats.header());
        writeCell(sheet, row, 1, ReportCell::textCell(value), formats);
        ++row;
    }
}

void writeTable(lxw_worksheet *sheet, const ReportTable &table, Formats &formats)
{
    writeString(sheet, 0, 0, table.title, formats.title());
    if (!table.note.isEmpty())
        writeString(sheet, 1, 0, table.note, formats.note());
    constexpr int headerRow = 3;
    for (int c = 0; c < table.headers.size(); ++c) {
        writeString(sheet, headerRow, c, table.headers.at(c), formats.header());
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                             c < table.widths.size() ? table.widths.at(c) : 12, nullptr);
    }
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    if (table.rows.isEmpty()) {
        writeString(sheet, headerRow + 1, 0, ReportText::tr("（无）"), formats.note());
        return;
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QList<ReportCell> &row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c)
            writeCell(sheet, headerRow + 1 + r, c, row.at(c), formats);
    }
    worksheet_autofilter(sheet, headerRow, 0, lxw_row_t(headerRow + table.rows.size()),
                         lxw_col_t(std::max<qsizetype>(0, table.headers.size() - 1)));
}

} // namespace

Status write(const ReportBook &book, const QString &path)
{
    XlsxWriter writer(path);
    if (!writer.workbook())
        return writer.close(); // says which folder is missing
    Formats formats(writer.workbook());
    writer.addSheet(ReportText::tr("概况"));
    writeSummary(writer.sheet(), book, formats);
    for (const ReportTable &table : book.tables) {
        writer.addSheet(table.sheetName);
        writeTable(writer.sheet(), table, formats);
    }
    return writer.close();
}

} // namespace junheng::ReportXlsx
