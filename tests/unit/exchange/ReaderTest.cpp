// Text decoding, CSV and XLSX reading: the bytes of real files into rows of text.
#include "CsvReader.h"
#include "ExchangeTestData.h"
#include "TextDecoder.h"
#include "XlsxReader.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace junheng;
using junheng::test::dataFile;

TEST(TextDecoder, ReadsUtf8WithAndWithoutBom)
{
    const QByteArray utf8 = QStringLiteral("姓名,性别\n王子涵,男\n").toUtf8();
    auto plain = TextDecoder::decode(utf8);
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->encoding, "UTF-8");
    EXPECT_EQ(plain->text, QStringLiteral("姓名,性别\n王子涵,男\n"));
    auto bom = TextDecoder::decode("\xEF\xBB\xBF" + utf8);
    ASSERT_TRUE(bom.ok());
    EXPECT_TRUE(bom->encoding.startsWith("UTF-8"));
    EXPECT_NE(bom->encoding, "UTF-8");
    EXPECT_EQ(bom->text, plain->text); // the BOM is not part of the first header
}

TEST(TextDecoder, DetectsGb18030)
{
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid());
    const QString text = QStringLiteral("学籍号,姓名,性别\nG3703,李欣怡,女\n");
    const QByteArray gb = encoder.encode(text);
    ASSERT_NE(gb, text.toUtf8());
    auto decoded = TextDecoder::decode(gb);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->encoding, "GB18030");
    EXPECT_EQ(decoded->text, text);
}

TEST(TextDecoder, ReadsUtf16WithBom)
{
    const QString text = QStringLiteral("姓名\t性别\r\n王子涵\t男\r\n");
    QByteArray bytes("\xFF\xFE");
    bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    auto decoded = TextDecoder::decode(bytes);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->text, text);
}

TEST(CsvReader, HandlesQuotesCrlfAndBlankLines)
{
    const SheetData sheet = CsvReader::parse(
        u"a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",3'45\"\r\n\r\n,,\r\n\"two\nlines\",2,3\r\n\r\n");
    ASSERT_EQ(sheet.rows.size(), 3);
    EXPECT_EQ(sheet.rows[1].number, 2);
    EXPECT_EQ(sheet.rows[1].cells, (QStringList{"x, y", "say \"hi\"", "3'45\""}));
    EXPECT_EQ(sheet.rows[2].number, 5); // rows 3 and 4 were blank: numbers stay those of the file
    EXPECT_EQ(sheet.rows[2].cells.first(), "two\nlines");
    EXPECT_FALSE(sheet.truncated);
}

TEST(CsvReader, MarksAFileThatEndsInsideAQuotedCell)
{
    const SheetData sheet = CsvReader::parse(u"a,b\n1,2\n3,\"unfinished");
    ASSERT_EQ(sheet.rows.size(), 3);
    EXPECT_TRUE(sheet.truncated);
    EXPECT_EQ(sheet.truncatedRow, 3);
}

TEST(CsvReader, DetectsTabAndSemicolonSeparators)
{
    EXPECT_EQ(CsvReader::parse(u"姓名\t性别\n王\t男\n").rows[1].cells, (QStringList{"王", "男"}));
    EXPECT_EQ(CsvReader::parse(u"姓名;性别\n王;男\n").rows[1].cells, (QStringList{"王", "男"}));
}

TEST(CsvReader, ReadsAGb18030FileFromExcel)
{
    auto sheet = CsvReader::readFile(dataFile("fitness_gb18030.csv"));
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    EXPECT_EQ(sheet->encoding, "GB18030");
    EXPECT_EQ(sheet->rows.size(), 8); // title, header, 6 students; the blank and all-comma lines dropped
    EXPECT_EQ(sheet->rows[0].cells.first(), QStringLiteral("桓台县实验学校2025年学生体质健康测试成绩"));
    EXPECT_EQ(sheet->rows[2].cells[1], QStringLiteral("王子涵"));
    EXPECT_EQ(sheet->rows[2].cells[15], QStringLiteral("1'52\""));
}

TEST(XlsxReader, ReadsTheFirstSheetWithSharedInlineAndNumericCells)
{
    auto sheet = XlsxReader::readFile(dataFile("fitness.xlsx"));
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    ASSERT_EQ(sheet->rows.size(), 8);
    EXPECT_EQ(sheet->rows[0].number, 1);
    EXPECT_EQ(sheet->rows[1].number, 3); // the header is in row 3, row 2 is absent from the XML
    EXPECT_EQ(sheet->rows[1].cells.first(), QStringLiteral("年级编号"));
    const QStringList &first = sheet->rows[2].cells;
    EXPECT_EQ(first[3], QStringLiteral("G370321201400000101")); // shared string
    EXPECT_EQ(first[7], "41883");                               // a date stays its serial here
    EXPECT_EQ(first[9], "145.2");                               // 145.19999999999999 as Excel shows it
    EXPECT_EQ(first[10], "36.6");
    EXPECT_EQ(first[16], QStringLiteral("1′52″")); // inline string
    EXPECT_EQ(sheet->rows[6].number, 9);
    EXPECT_TRUE(sheet->rows[6].cells[16].isEmpty()); // an absent cell in the middle is empty
}

TEST(XlsxReader, ReadsRichTextWithoutPhoneticHints)
{
    auto sheet = XlsxReader::readFile(dataFile("teachers_custom.xlsx"));
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    // Shared string 0 (the title) is stored as rich-text runs with a phonetic hint.
    EXPECT_EQ(sheet->rows[0].cells.first(), QStringLiteral("桓台县第一小学教师花名册（2025年9月）"));
}

TEST(XlsxReader, RefusesATruncatedWorkbookWithAMessage)
{
    auto sheet = XlsxReader::readFile(dataFile("fitness_truncated.xlsx"));
    ASSERT_FALSE(sheet.ok());
    EXPECT_EQ(sheet.error().code, "import.xlsx");
    EXPECT_TRUE(sheet.error().message.contains(QStringLiteral("不是完整的 Excel 工作簿")));
}
