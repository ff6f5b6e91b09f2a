#include "ReportBook.h"

namespace junheng {

ReportCell ReportCell::textCell(const QString &text, CellStyle style)
{
    ReportCell cell;
    cell.text = text;
    cell.style = style;
    return cell;
}

ReportCell ReportCell::numberCell(std::optional<double> value, int decimals, CellStyle style)
{
    ReportCell cell;
    cell.number = value;
    cell.decimals = decimals;
    cell.style = value ? style : CellStyle::Muted;
    return cell;
}

ReportCell ReportCell::percentCell(std::optional<double> fraction, CellStyle style)
{
    ReportCell cell = numberCell(fraction, 1, style);
    cell.percent = true;
    return cell;
}

QString ReportCell::display() const
{
    if (!number)
        return text.isEmpty() ? QStringLiteral("—") : text;
    if (percent)
        return QString::number(*number * 100, 'f', decimals) + QLatin1Char('%');
    return QString::number(*number, 'f', decimals);
}

const ReportTable *ReportBook::table(const QString &sheetName) const
{
    for (const ReportTable &t : tables)
        if (t.sheetName == sheetName)
            return &t;
    return nullptr;
}

} // namespace junheng
