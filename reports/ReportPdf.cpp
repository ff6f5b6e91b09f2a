#include "ReportPdf.h"

#include "PdfChart.h"
#include "ReportText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace junheng::ReportPdf {

namespace {

constexpr double kBodyPoints = 8.5;

// The first CJK font the machine has (Debian: fonts-wqy-microhei); Qt falls back per glyph otherwise.
QFont bodyFont()
{
    QFont font;
    const QStringList families = QFontDatabase::families();
    for (const QString &name : {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                                QStringLiteral("Source Han Sans SC")}) {
        if (families.contains(name)) {
            font.setFamily(name);
            break;
        }
    }
    font.setPointSizeF(kBodyPoints);
    return font;
}

QColor textColour(CellStyle style)
{
    switch (style) {
    case CellStyle::Pass:
        return QColor(0x1B7F3B);
    case CellStyle::Fail:
        return QColor(0xB42318);
    case CellStyle::Muted:
        return QColor(0x888888);
    default:
        return Qt::black;
    }
}

// Lays out pages top to bottom; starts a new page when the next block does not fit.
class PageWriter
{
public:
    PageWriter(QPdfWriter &writer, QPainter &painter, const ReportBook &book)
        : m_writer(writer), m_painter(painter), m_book(book)
    {
        // The paintable area inside the margins, in device pixels at the writer's resolution.
        m_page = QRectF(0, 0, writer.width(), writer.height());
        m_y = m_page.top();
    }

    double width() const { return m_page.width(); }
    double bottom() const { return m_page.bottom() - footerHeight(); }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }

    void ensure(double height)
    {
        if (m_y + height > bottom())
            newPage();
    }

    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_pageNumber;
        m_y = m_page.top();
    }

    void finish() { footer(); }

    double lineHeight(const QFont &font) const { return QFontMetricsF(font, &m_writer).height(); }

private:
    double footerHeight() const { return lineHeight(m_painter.font()) * 1.6; }

    void footer()
    {
        m_painter.save();
        QFont f = m_painter.font();
        f.setPointSizeF(kBodyPoints * 0.85);
        m_painter.setFont(f);
        m_painter.setPen(QColor(0x777777));
        const double h = lineHeight(f);
        m_painter.drawText(QRectF(m_page.left(), m_page.bottom() - h, m_page.width(), h), Qt::AlignLeft,
                           m_book.title);
        m_painter.drawText(QRectF(m_page.left(), m_page.bottom() - h, m_page.width(), h), Qt::AlignRight,
                           ReportText::tr("第 %1 页").arg(m_pageNumber));
        m_painter.restore();
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    const ReportBook &m_book;
    QRectF m_page;
    double m_y = 0;
    int m_pageNumber = 1;
};

void writeTitle(PageWriter &pages, QPainter &painter, const ReportBook &book, const QFont &body)
{
    QFont title = body;
    title.setPointSizeF(kBodyPoints * 2);
    title.setBold(true);
    painter.setFont(title);
    const double h = pages.lineHeight(title) * 1.4;
    painter.drawText(QRectF(0, pages.y(), pages.width(), h), Qt::AlignHCenter | Qt::AlignVCenter, book.title);
    pages.advance(h);
    painter.setFont(body);
    const double line = pages.lineHeight(body) * 1.5;
    painter.setPen(QColor(0x555555));
    painter.drawText(
        QRectF(0, pages.y(), pages.width(), line), Qt::AlignHCenter,
        ReportText::tr("生成时间：%1").arg(book.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    pages.advance(line * 1.3);
    painter.setPen(Qt::black);
    const double labelWidth = pages.width() * 0.32;
    const double left = pages.width() * 0.16;
    for (const auto &[label, value] : book.summary) {
        painter.fillRect(QRectF(left, pages.y(), labelWidth, line), QColor(0xE8EEF4));
        painter.drawText(QRectF(left + line * 0.3, pages.y(), labelWidth, line), Qt::AlignVCenter, label);
        painter.drawText(QRectF(left + labelWidth + line * 0.5, pages.y(), pages.width() * 0.5, line),
                         Qt::AlignVCenter, value);
        painter.setPen(QPen(QColor(0xD0D7DE), 0));
        painter.drawLine(QPointF(left, pages.y() + line),
                         QPointF(left + labelWidth + pages.width() * 0.5, pages.y() + line));
        painter.setPen(Qt::black);
        pages.advance(line);
    }
    pages.advance(line);
}

void writeCharts(PageWriter &pages, QPainter &painter, const ReportBook &book, const QFont &body)
{
    painter.setFont(body);
    const double gap = pages.lineHeight(body);
    const double w = (pages.width() - gap) / 2;
    const double h = w * 0.55;
    for (qsizetype i = 0; i < book.charts.size(); i += 2) {
        pages.ensure(h + gap);
        PdfChart::draw(painter, QRectF(0, pages.y(), w, h), book.charts.at(i));
        if (i + 1 < book.charts.size())
            PdfChart::draw(painter, QRectF(w + gap, pages.y(), w, h), book.charts.at(i + 1));
        pages.advance(h + gap);
    }
}

QList<double> columnWidths(const ReportTable &table, double total)
{
    double sum = 0;
    QList<double> widths;
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        const double w = c < table.widths.size() ? table.widths.at(c) : 10;
        widths << w;
        sum += w;
    }
    for (double &w : widths)
        w = w / sum * total;
    return widths;
}

double rowHeight(const QList<QString> &texts, const QList<double> &widths, const QFontMetricsF &metrics,
                 double pad)
{
    double height = metrics.height();
    for (qsizetype c = 0; c < texts.size() && c < widths.size(); ++c) {
        const QRectF bound = metrics.boundingRect(QRectF(0, 0, widths.at(c) - 2 * pad, 1e6),
                                                  Qt::TextWordWrap | Qt::AlignLeft, texts.at(c));
        height = std::max(height, bound.height());
    }
    return height + 2 * pad;
}

void drawRow(QPainter &painter, double y, double h, const QList<double> &widths, const QList<QString> &texts,
             const QList<CellStyle> &styles, double pad, const QColor &background)
{
    double x = 0;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const QRectF cell(x, y, widths.at(c), h);
        const CellStyle style = c < styles.size() ? styles.at(c) : CellStyle::Plain;
        painter.fillRect(cell, style == CellStyle::Fail ? QColor(0xFDECEA) : background);
        painter.setPen(QPen(QColor(0xD0D7DE), 0));
        painter.drawRect(cell);
        painter.setPen(textColour(style));
        if (c < texts.size())
            painter.drawText(cell.adjusted(pad, pad, -pad, -pad),
                             Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, texts.at(c));
        x += widths.at(c);
    }
}

void writeTable(PageWriter &pages, QPainter &painter, const ReportTable &table, const QFont &body)
{
    QFont titleFont = body;
    titleFont.setBold(true);
    titleFont.setPointSizeF(kBodyPoints * 1.25);
    QFont headerFont = body;
    headerFont.setBold(true);
    const QFontMetricsF metrics(body, painter.device());
    const QFontMetricsF headerMetrics(headerFont, painter.device());
    const double pad = metrics.height() * 0.2;
    const QList<double> widths = columnWidths(table, pages.width());
    const double headerHeight = rowHeight(table.headers, widths, headerMetrics, pad);
    const double titleHeight = pages.lineHeight(titleFont) * 1.3;
    const double noteHeight = table.note.isEmpty() ? 0 : pages.lineHeight(body) * 1.3;

    auto header = [&] {
        painter.setFont(headerFont);
        drawRow(painter, pages.y(), headerHeight, widths, table.headers, {}, pad, QColor(0xE8EEF4));
        pages.advance(headerHeight);
        painter.setFont(body);
    };
    pages.ensure(titleHeight + noteHeight + headerHeight + metrics.height() * 2);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(0, pages.y(), pages.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     table.title);
    pages.advance(titleHeight);
    if (!table.note.isEmpty()) {
        painter.setFont(body);
        painter.setPen(QColor(0x666666));
        painter.drawText(QRectF(0, pages.y(), pages.width(), noteHeight), Qt::AlignLeft | Qt::AlignTop,
                         table.note);
        pages.advance(noteHeight);
    }
    header();
    if (table.rows.isEmpty()) {
        drawRow(painter, pages.y(), metrics.height() + 2 * pad, {pages.width()}, {ReportText::tr("（无）")},
                {CellStyle::Muted}, pad, Qt::white);
        pages.advance(metrics.height() + 2 * pad);
    }
    for (const QList<ReportCell> &row : table.rows) {
        QList<QString> texts;
        QList<CellStyle> styles;
        for (const ReportCell &cell : row) {
            texts << cell.display();
            styles << cell.style;
        }
        const double h = rowHeight(texts, widths, metrics, pad);
        if (pages.y() + h > pages.bottom()) {
            pages.newPage();
            header();
        }
        drawRow(painter, pages.y(), h, widths, texts, styles, pad, Qt::white);
        pages.advance(h);
    }
    pages.advance(pages.lineHeight(body));
}

Error ioError(const QString &path, const QString &why)
{
    return makeError("export.io",
                     ReportText::tr("写文件“%1”失败：%2。请确认文件夹存在、磁盘有空间、文件没有被打开。")
                         .arg(QFileInfo(path).fileName(), why));
}

} // namespace

Status write(const ReportBook &book, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError("export.pdf",
                         ReportText::tr("生成 PDF 需要图形环境（QGuiApplication），本程序没有启动它。"));
    if (!QFileInfo(path).absoluteDir().exists())
        return ioError(path, ReportText::tr("文件夹“%1”不存在").arg(QFileInfo(path).absolutePath()));
    const QString part = path + QStringLiteral(".part");
    {
        QPdfWriter writer(part);
        writer.setTitle(book.title);
        writer.setCreator(QStringLiteral("Junheng"));
        writer.setResolution(144);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return ioError(path, ReportText::tr("不能创建 PDF"));
        const QFont body = bodyFont();
        painter.setFont(body);
        PageWriter pages(writer, painter, book);
        writeTitle(pages, painter, book, body);
        writeCharts(pages, painter, book, body);
        for (const ReportTable &table : book.tables) {
            if (table.inPdf)
                writeTable(pages, painter, table, body);
        }
        pages.finish();
        if (!painter.end())
            return ioError(path, ReportText::tr("PDF 没有写完"));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return ioError(path, ReportText::tr("不能替换原有文件"));
    }
    return Ok{};
}

} // namespace junheng::ReportPdf
