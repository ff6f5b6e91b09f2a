// Export in the same layouts, and the round trip: import -> export -> import gives the same rows.
#include "Exporter.h"
#include "ErrorReport.h"
#include "ExchangeTestData.h"
#include "Importer.h"
#include "XlsxReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;
using junheng::test::dataFile;
using junheng::test::exchangeForms;

namespace {

// Rows as JSON text without empty values: a column the first file did not have comes back as an empty
// cell (null), which stands for the same thing.
QStringList comparable(const QList<QJsonObject> &rows)
{
    QStringList out;
    for (QJsonObject row : rows) {
        for (const QString &key : row.keys()) {
            if (row.value(key).isNull())
                row.remove(key);
        }
        out << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
    }
    return out;
}

struct RoundTrip
{
    QList<QJsonObject> before;
    QList<QJsonObject> after;
};

RoundTrip roundTrip(const QString &name, const QString &formId, const QString &suffix,
                    const ImportOptions &options = {})
{
    const FormDefinition &form = *exchangeForms().find(formId);
    const Layout &layout = *Layout::forForm(formId);
    const Importer importer(form, layout);
    auto first = importer.previewFile(dataFile(name), options);
    EXPECT_TRUE(first.ok()) << first.error().message.toStdString();
    if (!first)
        return {};
    QTemporaryDir dir;
    const QString out = dir.filePath("export." + suffix);
    const Status written = Exporter::writeFile(out, layout, form, first->payloads());
    EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
    auto second = importer.previewFile(out);
    EXPECT_TRUE(second.ok()) << second.error().message.toStdString();
    if (!second)
        return {};
    EXPECT_EQ(second->hardCount(), 0);
    return {first->payloads(), second->payloads()};
}

} // namespace

TEST(Exporter, RoundTripsTheNationalFitnessFileThroughXlsx)
{
    const RoundTrip trip = roundTrip("fitness_3000.csv", "S6", "xlsx");
    ASSERT_EQ(trip.before.size(), 3000);
    EXPECT_EQ(comparable(trip.after), comparable(trip.before));
}

TEST(Exporter, RoundTripsTheNationalFitnessFileThroughCsv)
{
    const RoundTrip trip = roundTrip("fitness_gb18030.csv", "S6", "csv");
    ASSERT_EQ(trip.before.size(), 6);
    EXPECT_EQ(comparable(trip.after), comparable(trip.before));
}

TEST(Exporter, RoundTripsMyopiaAndTeachers)
{
    const RoundTrip myopia = roundTrip("myopia_gb18030.csv", "S5", "xlsx");
    ASSERT_EQ(myopia.before.size(), 4);
    EXPECT_EQ(comparable(myopia.after), comparable(myopia.before));

    ImportOptions options;
    options.mapping = {{QStringLiteral("人员代码"), QStringLiteral("staff_no")},
                       {QStringLiteral("文化程度"), QStringLiteral("degree")}};
    // The export uses the layout's own headers, so the second import needs no mapping.
    const FormDefinition &form = *exchangeForms().find("S3");
    const Layout &layout = *Layout::forForm("S3");
    auto first = Importer(form, layout).previewFile(dataFile("teachers_custom.xlsx"), options);
    ASSERT_TRUE(first.ok());
    QTemporaryDir dir;
    ASSERT_TRUE(Exporter::writeFile(dir.filePath("t.csv"), layout, form, first->payloads()).ok());
    auto second = Importer(form, layout).previewFile(dir.filePath("t.csv"));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(comparable(second->payloads()), comparable(first->payloads()));
}

TEST(Exporter, WritesTheNationalLayoutAsItsFilesAre)
{
    const FormDefinition &form = *exchangeForms().find("S6");
    const Layout &layout = *Layout::forForm("S6");
    const QJsonObject row{
        {"grade_code", 21}, {"student_id", "G1"}, {"name", QStringLiteral("王一")},
        {"sex", "1"},       {"ethnicity", "01"},  {"birth_date", "2012-05-01"},
        {"run1000", 225},   {"height", 150.5},    {"address", QStringLiteral("索镇,中心街")}};
    const QByteArray csv = Exporter::toCsv(layout, form, {row});
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split("\r\n");
    EXPECT_TRUE(
        lines[0].startsWith(QStringLiteral("年级编号,班级编号,班级名称,学籍号,民族代码,姓名,性别,出生日期")));
    EXPECT_EQ(lines[1],
              QStringLiteral("21,,,G1,01,王一,1,2012-05-01,\"索镇,中心街\",150.5,,,,,,,,,,3′45″,,,"));
}

TEST(Exporter, RefusesAnUnknownExtensionAndLeavesNoFileBehind)
{
    const FormDefinition &form = *exchangeForms().find("S6");
    QTemporaryDir dir;
    const Status pdf = Exporter::writeFile(dir.filePath("out.pdf"), *Layout::forForm("S6"), form, {});
    ASSERT_FALSE(pdf.ok());
    EXPECT_TRUE(pdf.error().message.contains(".xlsx"));
    const Status missingDir =
        Exporter::writeFile(dir.filePath("no/such/dir/out.xlsx"), *Layout::forForm("S6"), form, {});
    ASSERT_FALSE(missingDir.ok());
    EXPECT_EQ(missingDir.error().code, "export.io");
    EXPECT_FALSE(QFile::exists(dir.filePath("no/such/dir/out.xlsx.part")));
}

TEST(ErrorReport, ListsEveryProblemWithRowColumnValueAndMessage)
{
    const FormDefinition &form = *exchangeForms().find("S6");
    auto preview = Importer(form, *Layout::forForm("S6")).previewFile(dataFile("fitness_problems.csv"));
    ASSERT_TRUE(preview.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath("errors.xlsx");
    ASSERT_TRUE(ErrorReport::writeXlsx(path, preview.value(), "fitness_problems.csv").ok());
    auto sheet = XlsxReader::readFile(path);
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    ASSERT_EQ(sheet->rows.size(), preview->problems.size() + 1);
    EXPECT_EQ(sheet->rows[0].cells,
              (QStringList{QStringLiteral("行号"), QStringLiteral("列"), QStringLiteral("填写的值"),
                           QStringLiteral("类型"), QStringLiteral("规则"), QStringLiteral("说明")}));
    bool colon = false;
    for (const SheetRow &row : sheet->rows) {
        if (row.cells.value(0) == "9" && row.cells.value(2) == "3:45") {
            colon = true;
            EXPECT_EQ(row.cells.value(1), QStringLiteral("1000米跑"));
            EXPECT_TRUE(row.cells.value(5).contains(QStringLiteral("3′45″")));
        }
    }
    EXPECT_TRUE(colon);
}
