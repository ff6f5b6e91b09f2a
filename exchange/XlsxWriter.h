#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace junheng {

// A thin owner of a libxlsxwriter workbook: written to a temporary name and renamed into place on
// close, so a failed export never leaves half a file where a good one was.
class XlsxWriter
{
public:
    explicit XlsxWriter(const QString &path);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    void addSheet(const QString &name);
    void writeHeader(const QStringList &headers, const QList<double> &widths = {});
    void writeText(int row, int column, const QString &text);
    void writeNumber(int row, int column, double value);
    Status close();

    // For writers that need libxlsxwriter's formats (the reports): the open workbook and current sheet,
    // still written to a temporary name and renamed into place by close(). Null when it could not open.
    lxw_workbook *workbook() const { return m_workbook; }
    lxw_worksheet *sheet() const { return m_sheet; }

private:
    QString m_path;
    QString m_partPath;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_text = nullptr;
    bool m_closed = false;
};

} // namespace junheng
