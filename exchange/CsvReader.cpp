#include "CsvReader.h"

#include "TextDecoder.h"

#include <QCoreApplication>
#include <QFile>

namespace junheng::CsvReader {

QChar detectSeparator(QStringView text)
{
    // Count outside quotes over the first few lines; a Chinese header has no separators of its own.
    int commas = 0, semicolons = 0, tabs = 0, lines = 0;
    bool quoted = false;
    for (QChar c : text.first(std::min<qsizetype>(text.size(), 8192))) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
        else if (c == QLatin1Char('\n') && ++lines >= 5)
            break;
    }
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

SheetData parse(QStringView text)
{
    SheetData sheet;
    const QChar separator = detectSeparator(text);
    QStringList cells;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    int rowStart = 1;

    auto endRow = [&] {
        cells.append(cell);
        cell.clear();
        bool blank = true;
        for (const QString &c : std::as_const(cells))
            blank = blank && c.trimmed().isEmpty();
        if (!blank)
            sheet.rows.append(SheetRow{rowStart, cells});
        cells.clear();
        cellWasQuoted = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text[i + 1] == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.trimmed().isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
            cell.clear();
        } else if (c == separator) {
            cells.append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRow();
            ++line;
            rowStart = line;
        } else {
            cell += c;
        }
    }
    if (quoted) {
        sheet.truncated = true;
        sheet.truncatedRow = rowStart;
    }
    if (!cell.isEmpty() || !cells.isEmpty() || quoted)
        endRow();
    return sheet;
}

Result<SheetData> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError("import.open",
                         QCoreApplication::translate(
                             "CsvReader", "打不开文件“%1”：%2。请确认文件存在、没有被 Excel 占用。")
                             .arg(path, file.errorString()));
    auto decoded = TextDecoder::decode(file.readAll());
    if (!decoded)
        return decoded.error();
    SheetData sheet = parse(decoded->text);
    sheet.encoding = decoded->encoding;
    return sheet;
}

} // namespace junheng::CsvReader
