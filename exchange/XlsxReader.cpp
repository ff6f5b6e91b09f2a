#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <cmath>
#include <unzip.h>

namespace junheng::XlsxReader {

namespace {

Error damaged(const QString &path, const QString &what)
{
    return makeError("import.xlsx",
                     QCoreApplication::translate(
                         "XlsxReader",
                         "“%1”不是完整的 Excel 工作簿（%2）。文件可能没有下载或复制完整；请用 Excel "
                         "打开它，另存为 .xlsx 后再导入。")
                         .arg(QFileInfo(path).fileName(), what));
}

class Zip
{
public:
    explicit Zip(const QString &path) : m_file(unzOpen64(QFile::encodeName(path).constData())) {}
    ~Zip()
    {
        if (m_file)
            unzClose(m_file);
    }
    Zip(const Zip &) = delete;
    Zip &operator=(const Zip &) = delete;

    bool isOpen() const { return m_file != nullptr; }

    // The member's bytes; nullopt when it is missing or cannot be inflated (a cut-off download).
    std::optional<QByteArray> read(const QString &name)
    {
        if (unzLocateFile(m_file, name.toUtf8().constData(), 0) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_file, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return std::nullopt;
        if (unzOpenCurrentFile(m_file) != UNZ_OK)
            return std::nullopt;
        QByteArray data;
        data.reserve(qsizetype(std::min<ZPOS64_T>(info.uncompressed_size, 512u << 20)));
        char buffer[65536];
        int got = 0;
        while ((got = unzReadCurrentFile(m_file, buffer, sizeof buffer)) > 0)
            data.append(buffer, got);
        const int closed = unzCloseCurrentFile(m_file); // checks the CRC
        if (got < 0 || closed != UNZ_OK)
            return std::nullopt;
        return data;
    }

private:
    unzFile m_file = nullptr;
};

// <si> may hold one <t> or rich-text runs <r><t>…</t></r>; phonetic hints <rPh> are not part of the text.
QStringList readSharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    int phonetic = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == u"si")
                current.clear();
            else if (reader.name() == u"rPh")
                ++phonetic;
            else if (reader.name() == u"t" && phonetic == 0)
                current += reader.readElementText();
        } else if (reader.isEndElement()) {
            if (reader.name() == u"si")
                strings.append(current);
            else if (reader.name() == u"rPh")
                --phonetic;
        }
    }
    return strings;
}

// "BC12" -> 54 (0-based column), or -1.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i)
        column = column * 26 + (reference[i].toUpper().unicode() - 'A' + 1);
    return i == 0 ? -1 : column - 1;
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw;
    // Whole numbers in full (an 18-digit id stored as a number, not 3.7e+17), others at 15 significant
    // digits as Excel shows them.
    if (value == std::floor(value) && std::fabs(value) < 1e21)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 15);
}

// The path of the sheet named `name`, or of the first sheet in the workbook's order when name is empty
// (not necessarily sheet1.xml). Empty when there is no sheet of that name.
QString sheetPath(Zip &zip, const QString &name)
{
    const auto workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    const auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !rels)
        return QStringLiteral("xl/worksheets/sheet1.xml");
    QString relId;
    QXmlStreamReader wb(*workbook);
    while (!wb.atEnd() && relId.isEmpty()) {
        wb.readNext();
        if (wb.isStartElement() && wb.name() == u"sheet" &&
            (name.isEmpty() || wb.attributes().value(QLatin1String("name")) == name)) {
            for (const QXmlStreamAttribute &attribute : wb.attributes()) {
                if (attribute.name() == u"id") // r:id, whatever the prefix
                    relId = attribute.value().toString();
            }
        }
    }
    if (relId.isEmpty() && !name.isEmpty())
        return {};
    QXmlStreamReader rs(*rels);
    while (!rs.atEnd()) {
        rs.readNext();
        if (rs.isStartElement() && rs.name() == u"Relationship" &&
            rs.attributes().value(QLatin1String("Id")) == relId) {
            QString target = rs.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

} // namespace

Result<SheetData> readFile(const QString &path, const QString &sheetName)
{
    if (!QFileInfo::exists(path))
        return makeError("import.open",
                         QCoreApplication::translate("XlsxReader", "找不到文件“%1”。").arg(path));
    Zip zip(path);
    if (!zip.isOpen())
        return damaged(path, QCoreApplication::translate("XlsxReader", "打不开压缩包"));
    QStringList shared;
    if (auto bytes = zip.read(QStringLiteral("xl/sharedStrings.xml")))
        shared = readSharedStrings(*bytes);
    const QString part = sheetPath(zip, sheetName);
    if (part.isEmpty())
        return makeError("import.sheet", QStringLiteral("文件“%1”里没有名为“%2”的工作表。")
                                             .arg(QFileInfo(path).fileName(), sheetName));
    const auto sheetXml = zip.read(part);
    if (!sheetXml)
        return damaged(path,
                       QCoreApplication::translate("XlsxReader", "缺少或读不出工作表 %1").arg(part));

    SheetData sheet;
    sheet.encoding = QStringLiteral("XLSX");
    QXmlStreamReader reader(*sheetXml);
    SheetRow row;
    int nextRow = 1;
    int column = 0;
    QString type;
    QString value;
    bool inCell = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == u"row") {
                bool ok = false;
                const int number = reader.attributes().value(QLatin1String("r")).toInt(&ok);
                row = SheetRow{ok ? number : nextRow, {}};
                nextRow = row.number + 1;
                column = 0;
            } else if (name == u"c") {
                const auto ref = reader.attributes().value(QLatin1String("r"));
                const int at = ref.isEmpty() ? column : columnOf(ref);
                column = at < 0 ? column : at;
                type = reader.attributes().value(QLatin1String("t")).toString();
                value.clear();
                inCell = true;
            } else if (inCell && name == u"v") {
                value = reader.readElementText();
            } else if (inCell && name == u"t") { // inline string <is><t>
                value += reader.readElementText();
            }
        } else if (reader.isEndElement()) {
            const auto name = reader.name();
            if (name == u"c" && inCell) {
                QString text;
                if (type == u"s") {
                    const int index = value.toInt();
                    text = index >= 0 && index < shared.size() ? shared.at(index) : QString();
                } else if (type == u"b") {
                    text = value == u"1" ? QStringLiteral("是") : QStringLiteral("否");
                } else if (type == u"str" || type == u"inlineStr" || type == u"e") {
                    text = value;
                } else {
                    text = numberText(value);
                }
                while (row.cells.size() < column)
                    row.cells.append(QString());
                row.cells.append(text);
                ++column;
                inCell = false;
            } else if (name == u"row") {
                bool blank = true;
                for (const QString &c : std::as_const(row.cells))
                    blank = blank && c.trimmed().isEmpty();
                if (!blank)
                    sheet.rows.append(row);
            }
        }
    }
    if (reader.hasError())
        return damaged(path, QCoreApplication::translate("XlsxReader", "工作表第 %1 行附近的内容不完整")
                                 .arg(reader.lineNumber()));
    return sheet;
}

} // namespace junheng::XlsxReader
