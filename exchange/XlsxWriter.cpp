#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <xlsxwriter.h>

namespace junheng {

XlsxWriter::XlsxWriter(const QString &path) : m_path(path), m_partPath(path + QStringLiteral(".part"))
{
    // libxlsxwriter reports a missing folder only on close, in English on stderr: check it here.
    if (QFileInfo(m_path).absoluteDir().exists())
        m_workbook = workbook_new(QFile::encodeName(m_partPath).constData());
    if (m_workbook) {
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
        format_set_num_format(m_bold, "@");
        m_text = workbook_add_format(m_workbook);
        format_set_num_format(m_text, "@"); // ids stay text when a person edits the file in Excel
    }
}

XlsxWriter::~XlsxWriter()
{
    if (!m_closed && m_workbook) {
        workbook_close(m_workbook);
        QFile::remove(m_partPath);
    }
}

void XlsxWriter::addSheet(const QString &name)
{
    if (m_workbook)
        m_sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
}

void XlsxWriter::writeHeader(const QStringList &headers, const QList<double> &widths)
{
    for (int c = 0; c < headers.size(); ++c) {
        writeText(0, c, headers.at(c));
        if (m_sheet)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), c < widths.size() ? widths.at(c) : 12,
                                 nullptr);
    }
    if (m_sheet && !headers.isEmpty())
        worksheet_freeze_panes(m_sheet, 1, 0);
}

void XlsxWriter::writeText(int row, int column, const QString &text)
{
    if (!m_sheet || text.isEmpty())
        return;
    worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(),
                           row == 0 ? m_bold : m_text);
}

void XlsxWriter::writeNumber(int row, int column, double value)
{
    if (m_sheet)
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr);
}

Status XlsxWriter::close()
{
    m_closed = true;
    const QString name = QFileInfo(m_path).fileName();
    if (!m_workbook)
        return makeError("export.io",
                         QCoreApplication::translate(
                             "XlsxWriter", "不能创建文件“%1”：文件夹“%2”不存在或不能写入。请换一个文件夹。")
                             .arg(name, QFileInfo(m_path).absolutePath()));
    const lxw_error error = workbook_close(m_workbook);
    if (error != LXW_NO_ERROR) {
        QFile::remove(m_partPath);
        return makeError("export.io", QCoreApplication::translate(
                                          "XlsxWriter",
                                          "写文件“%1”失败（%2）。请确认磁盘有空间、文件没有在 Excel 里打开。")
                                          .arg(name, QString::fromUtf8(lxw_strerror(error))));
    }
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        QFile::remove(m_partPath);
        return makeError("export.io",
                         QCoreApplication::translate(
                             "XlsxWriter", "不能替换已有的文件“%1”：它可能正在 Excel 里打开。请关闭后再试。")
                             .arg(name));
    }
    if (!QFile::rename(m_partPath, m_path)) {
        QFile::remove(m_partPath);
        return makeError(
            "export.io",
            QCoreApplication::translate("XlsxWriter", "不能保存文件“%1”。请确认文件夹可以写入。").arg(name));
    }
    return Ok{};
}

} // namespace junheng
