#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace junheng {

// How a cell is shown: the XLSX and the PDF both colour a failing figure the same way.
enum class CellStyle { Plain, Bold, Pass, Fail, Muted };

// One cell of a report table: text, or a number with the decimals it is shown with (a percentage is a
// fraction shown with percent = true, so a spreadsheet can still compute with it).
struct ReportCell
{
    QString text;
    std::optional<double> number;
    int decimals = 0;
    bool percent = false;
    CellStyle style = CellStyle::Plain;

    static ReportCell textCell(const QString &text, CellStyle style = CellStyle::Plain);
    static ReportCell numberCell(std::optional<double> value, int decimals,
                                 CellStyle style = CellStyle::Plain);
    static ReportCell percentCell(std::optional<double> fraction, CellStyle style = CellStyle::Plain);
    QString display() const; // as the PDF prints it and a person reads it: "62.5%", "—" when empty
};

// One table of a report: a sheet of the XLSX, a titled table of the PDF.
struct ReportTable
{
    QString sheetName; // at most 31 characters, unique in the book (Excel's rule)
    QString title;
    QString note; // one line under the title: where the figures come from, what the colours mean
    QStringList headers;
    QList<double> widths; // column widths in characters (XLSX) and relative widths (PDF)
    QList<QList<ReportCell>> rows;
    bool inPdf = true; // the per-student or long tables stay in the XLSX only
};

// A bar chart of the PDF: categories along the bottom, one bar per series in each, reference lines
// (a limit, a target) across.
struct ReportChart
{
    QString title;
    QStringList categories;
    struct Series
    {
        QString name;
        QList<std::optional<double>> values; // one per category; empty = no data
    };
    QList<Series> series;
    struct Line
    {
        QString label;
        double value = 0;
    };
    QList<Line> lines;
    bool percent = false;       // values are fractions shown as %
    bool lowerIsBetter = false; // a coefficient, a myopia rate: a bar over the line is bad
};

// A whole report as content, before it is written as XLSX or PDF.
struct ReportBook
{
    QString title;       // 云溪县义务教育优质均衡发展监测报告
    QString area;        // the county's or town's name
    QString cycle;       // the cycle's name or id
    QString profileName; // the thresholds used
    QDateTime generatedAt;
    QList<std::pair<QString, QString>> summary; // label, value: the first page
    QList<ReportTable> tables;
    QList<ReportChart> charts;

    const ReportTable *table(const QString &sheetName) const;
};

} // namespace junheng
