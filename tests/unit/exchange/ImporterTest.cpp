// Importing real-shaped files (tests/data/, see its README): every problem at its row and column, and
// nothing kept from a file refused as a whole.
#include "Importer.h"
#include "ExchangeTestData.h"

#include "CsvReader.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;
using junheng::test::dataFile;
using junheng::test::exchangeForms;

namespace {

Result<ImportPreview> importFile(const QString &name, const QString &formId,
                                 const ImportOptions &options = {})
{
    const FormDefinition *form = exchangeForms().find(formId);
    const Layout *layout = Layout::forForm(formId);
    if (!form || !layout)
        return makeError("test", "form or layout missing");
    return Importer(*form, *layout).previewFile(dataFile(name), options);
}

const ImportRow *rowAt(const ImportPreview &preview, int sourceRow)
{
    for (const ImportRow &row : preview.rows) {
        if (row.sourceRow == sourceRow)
            return &row;
    }
    return nullptr;
}

QString problemsText(const ImportPreview &preview)
{
    QString text;
    for (const ImportProblem &p : preview.problems)
        text += QStringLiteral("%1 %2 %3 %4\n").arg(p.row).arg(p.column, p.rule, p.message);
    return text;
}

} // namespace

TEST(Importer, ReadsACleanNationalFitnessFileOf3000Rows)
{
    auto preview = importFile("fitness_3000.csv", "S6");
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    EXPECT_EQ(preview->encoding, "UTF-8");
    EXPECT_EQ(preview->headerRow, 1);
    ASSERT_EQ(preview->rows.size(), 3000);
    EXPECT_EQ(preview->hardCount(), 0) << problemsText(preview.value()).left(2000).toStdString();
    EXPECT_EQ(preview->validCount(), 3000);

    const QJsonObject first = preview->rows.first().payload;
    EXPECT_EQ(preview->rows.first().sourceRow, 2);
    EXPECT_EQ(first.value("grade_code").toDouble(), 11);
    EXPECT_EQ(first.value("student_id").toString(), "G370321202018000001");
    EXPECT_EQ(first.value("sex").toString(), "1");
    EXPECT_EQ(first.value("ethnicity").toString(), "01");
    EXPECT_EQ(first.value("birth_date").toString(), "2018-03-28");
    EXPECT_DOUBLE_EQ(first.value("height").toDouble(), 113.7);
    EXPECT_EQ(first.value("rope").toDouble(), 50);
    EXPECT_TRUE(first.value("pullups").isNull());

    const QJsonObject last = preview->rows.last().payload; // grade 23: runs as seconds
    EXPECT_EQ(last.value("grade_code").toDouble(), 23);
    const bool boy = last.value("sex").toString() == "1";
    const QJsonValue run = last.value(boy ? "run1000" : "run800");
    ASSERT_TRUE(run.isDouble());
    EXPECT_GE(run.toDouble(), 200);
    EXPECT_LE(run.toDouble(), 300);
}

TEST(Importer, ReadsWhatAChineseExcelSavesAndSaysWhatItNormalised)
{
    auto preview = importFile("fitness_gb18030.csv", "S6");
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    EXPECT_EQ(preview->encoding, "GB18030");
    EXPECT_EQ(preview->headerRow, 2); // below the title row
    ASSERT_EQ(preview->rows.size(), 6);
    EXPECT_EQ(preview->hardCount(), 0) << problemsText(preview.value()).toStdString();

    const QJsonObject wang = rowAt(preview.value(), 3)->payload;
    EXPECT_EQ(wang.value("sex").toString(), "1");                 // 男
    EXPECT_EQ(wang.value("ethnicity").toString(), "01");          // 1
    EXPECT_EQ(wang.value("birth_date").toString(), "2014-09-01"); // 2014/9/1
    EXPECT_DOUBLE_EQ(wang.value("height").toDouble(), 145.2);     // full-width digits and point
    EXPECT_EQ(wang.value("shuttle50x8").toDouble(), 112);         // 1'52"
    EXPECT_EQ(rowAt(preview.value(), 4)->payload.value("shuttle50x8").toDouble(), 118);         // 1’58”
    EXPECT_EQ(rowAt(preview.value(), 4)->payload.value("birth_date").toString(), "2013-11-03"); // 20131103
    EXPECT_EQ(rowAt(preview.value(), 5)->payload.value("birth_date").toString(),
              "2014-09-01");                                                        // serial 41883
    EXPECT_EQ(rowAt(preview.value(), 5)->payload.value("run1000").toDouble(), 225); // 3′45
    EXPECT_EQ(rowAt(preview.value(), 7)->payload.value("birth_date").toString(),
              "2010-06-05");                                                                // 2010年6月5日
    EXPECT_DOUBLE_EQ(rowAt(preview.value(), 7)->payload.value("height").toDouble(), 170.2); // spaces around

    const QString notes = preview->notes.join('\n');
    EXPECT_TRUE(notes.contains(QStringLiteral("备注"))) << notes.toStdString(); // the extra column, ignored
    EXPECT_TRUE(notes.contains(QStringLiteral("第 2 行")));                     // the header below a title
    EXPECT_TRUE(notes.contains(QStringLiteral("1'52\"")));                      // how a run was read
}

TEST(Importer, ReportsEveryProblemAtItsRowAndColumn)
{
    auto preview = importFile("fitness_problems.csv", "S6");
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    EXPECT_EQ(preview->rows.size(), 11); // 12 lines below the header, one of them blank

    // (row, column) of each hard problem the file was written with; nothing else may be reported.
    const QSet<std::pair<int, QString>> expected{
        {3, QStringLiteral("身高")},      {4, QStringLiteral("身高")},   {5, QStringLiteral("引体向上")},
        {6, QStringLiteral("800米跑")},   {8, QStringLiteral("学籍号")}, {9, QStringLiteral("1000米跑")},
        {10, QStringLiteral("出生日期")}, {11, QStringLiteral("性别")},  {12, QStringLiteral("姓名")},
        {13, QStringLiteral("肺活量")}};
    QSet<std::pair<int, QString>> found;
    for (const ImportProblem &p : preview->problems) {
        if (p.severity == Severity::Hard)
            found.insert({p.row, p.column});
        EXPECT_TRUE(p.message.startsWith(QStringLiteral("第 %1 行").arg(p.row))) << p.message.toStdString();
    }
    EXPECT_EQ(found, expected) << problemsText(preview.value()).toStdString();

    auto problem = [&](int row) {
        for (const ImportProblem &p : preview->problems) {
            if (p.row == row && p.severity == Severity::Hard)
                return p;
        }
        return ImportProblem{};
    };
    EXPECT_EQ(problem(3).value, "abc");
    EXPECT_EQ(problem(3).rule, "type");
    EXPECT_EQ(problem(4).rule, "range");
    EXPECT_TRUE(problem(4).message.contains("300"));
    EXPECT_EQ(problem(5).value, "5");
    EXPECT_EQ(problem(8).rule, "duplicate");
    EXPECT_TRUE(problem(8).message.contains(QStringLiteral("第 2 行"))) << problem(8).message.toStdString();
    EXPECT_EQ(problem(9).rule, "duration");
    EXPECT_EQ(problem(9).value, "3:45");
    EXPECT_TRUE(problem(9).message.contains(QStringLiteral("3′45″")));
    EXPECT_EQ(problem(10).rule, "date");
    EXPECT_EQ(problem(11).rule, "sex");
    EXPECT_EQ(problem(12).rule, "required");
    EXPECT_EQ(problem(13).value, "12000");

    // Only the clean row can be imported; the rows with errors keep what was written for the report.
    ASSERT_EQ(preview->validPayloads().size(), 1);
    EXPECT_EQ(preview->rows.first().sourceRow, 2);
    EXPECT_TRUE(preview->rows.first().valid());
    EXPECT_EQ(rowAt(preview.value(), 9)->payload.value("run1000").toString(), "3:45");
    const QString notes = preview->notes.join('\n');
    EXPECT_TRUE(notes.contains(QStringLiteral("测试员")));   // extra column
    EXPECT_TRUE(notes.contains(QStringLiteral("家庭住址"))); // optional column absent
}

TEST(Importer, RefusesAFileWithoutARequiredColumnBeforeReadingAnyRow)
{
    bool progressCalled = false;
    ImportOptions options;
    options.progress = [&](int, int) {
        progressCalled = true;
    };
    auto preview = importFile("fitness_missing_column.csv", "S6", options);
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.error().code, "import.columns");
    EXPECT_TRUE(preview.error().message.contains(QStringLiteral("「学籍号」")))
        << preview.error().message.toStdString();
    EXPECT_TRUE(preview.error().message.contains(QStringLiteral("没有导入任何数据")));
    EXPECT_FALSE(progressCalled);
}

TEST(Importer, FlagsTheCutOffLastRowOfATruncatedFile)
{
    auto preview = importFile("fitness_truncated.csv", "S6");
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    ASSERT_EQ(preview->rows.size(), 5);
    EXPECT_EQ(preview->validCount(), 4) << problemsText(preview.value()).toStdString();
    EXPECT_FALSE(preview->rows.last().valid());
    bool shortRow = false;
    for (const ImportProblem &p : preview->problems)
        shortRow = shortRow || (p.row == 6 && p.rule == "short_row");
    EXPECT_TRUE(shortRow) << problemsText(preview.value()).toStdString();
}

TEST(Importer, FlagsARowCutInsideAQuotedCell)
{
    const FormDefinition &form = *exchangeForms().find("S6");
    auto clean = CsvReader::readFile(dataFile("fitness_3000.csv"));
    ASSERT_TRUE(clean.ok());
    QStringList lines;
    for (int i = 0; i < 3; ++i)
        lines << clean->rows.at(i).cells.join(',');
    lines << QStringLiteral("11,1101,\"一年级(1)班"); // the copy stopped inside a quoted class name
    auto preview = Importer(form, *Layout::forForm("S6")).preview(CsvReader::parse(lines.join("\r\n")));
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    ASSERT_EQ(preview->rows.size(), 3);
    EXPECT_EQ(preview->validCount(), 2);
    EXPECT_FALSE(preview->rows.last().valid());
    ASSERT_FALSE(preview->problems.isEmpty());
    EXPECT_EQ(preview->problems.first().row, 4);
    EXPECT_EQ(preview->problems.first().rule, "truncated");
}

TEST(Importer, ReadsAnXlsxWithATitleRowAndDateSerials)
{
    auto preview = importFile("fitness.xlsx", "S6");
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    EXPECT_EQ(preview->encoding, "XLSX");
    EXPECT_EQ(preview->headerRow, 3);
    ASSERT_EQ(preview->rows.size(), 6);
    EXPECT_EQ(preview->hardCount(), 0) << problemsText(preview.value()).toStdString();
    const QJsonObject first = rowAt(preview.value(), 4)->payload;
    EXPECT_EQ(first.value("birth_date").toString(), "2014-09-01");
    EXPECT_DOUBLE_EQ(first.value("height").toDouble(), 145.2);
    EXPECT_EQ(first.value("shuttle50x8").toDouble(), 112);
    EXPECT_EQ(first.value("sex").toString(), "1");
    EXPECT_EQ(rowAt(preview.value(), 6)->payload.value("ethnicity").toString(), "03");
    EXPECT_DOUBLE_EQ(rowAt(preview.value(), 6)->payload.value("sit_reach").toDouble(), -2.5);
}

TEST(Importer, ReadsAMyopiaScreeningFile)
{
    auto preview = importFile("myopia_gb18030.csv", "S5");
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    ASSERT_EQ(preview->rows.size(), 4);
    EXPECT_EQ(preview->hardCount(), 0) << problemsText(preview.value()).toStdString();
    EXPECT_EQ(rowAt(preview.value(), 2)->payload.value("grade").toDouble(), 3);
    EXPECT_EQ(rowAt(preview.value(), 2)->payload.value("glasses").toString(), "none");
    EXPECT_DOUBLE_EQ(rowAt(preview.value(), 2)->payload.value("sph_right").toDouble(), 0.25);
    EXPECT_EQ(rowAt(preview.value(), 4)->payload.value("grade").toDouble(), 7);
    EXPECT_EQ(rowAt(preview.value(), 4)->payload.value("glasses").toString(), "ortho_k");
    EXPECT_EQ(rowAt(preview.value(), 4)->payload.value("cyl_left").toDouble(), 0);
    EXPECT_EQ(rowAt(preview.value(), 5)->payload.value("axis_right").toDouble(), 5);
    EXPECT_EQ(rowAt(preview.value(), 5)->payload.value("screening_date").toString(), "2025-10-09");
}

TEST(Importer, NeedsAColumnMappingForATeacherListWithOtherHeaders)
{
    auto unmapped = importFile("teachers_custom.xlsx", "S3");
    ASSERT_FALSE(unmapped.ok());
    EXPECT_EQ(unmapped.error().code, "import.columns");
    EXPECT_TRUE(unmapped.error().message.contains(QStringLiteral("「工号」")));
    EXPECT_TRUE(unmapped.error().message.contains(QStringLiteral("staff_no")));

    ImportOptions options;
    options.mapping =
        ColumnMapping::parseExplicit(QStringLiteral("人员代码=staff_no，文化程度=degree")).value();
    auto preview = importFile("teachers_custom.xlsx", "S3", options);
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    ASSERT_EQ(preview->rows.size(), 4);
    EXPECT_EQ(preview->hardCount(), 0) << problemsText(preview.value()).toStdString();
    const QJsonObject wang = rowAt(preview.value(), 3)->payload;
    EXPECT_EQ(wang.value("staff_no").toString(), "T2008001");
    EXPECT_EQ(wang.value("degree").toString(), "bachelor");
    EXPECT_EQ(wang.value("birth_year").toDouble(), 1985);
    EXPECT_EQ(wang.value("backbone").toString(), "county");
    EXPECT_EQ(wang.value("establishment").toString(), "staffed");
    EXPECT_EQ(wang.value("full_time").toBool(), true);
    EXPECT_EQ(rowAt(preview.value(), 4)->payload.value("degree").toString(), "junior_college"); // 大专
    EXPECT_EQ(rowAt(preview.value(), 5)->payload.value("degree").toString(), "master"); // 硕士研究生
    EXPECT_EQ(rowAt(preview.value(), 5)->payload.value("certificate").toBool(true), false);
    EXPECT_EQ(rowAt(preview.value(), 6)->payload.value("degree").toString(), "secondary_vocational"); // 中师
    EXPECT_TRUE(preview->notes.join('\n').contains(QStringLiteral("序号")));
}

TEST(Importer, RefusesAMappingToAnUnknownFieldOrHeader)
{
    ImportOptions badField;
    badField.mapping = {{QStringLiteral("人员代码"), QStringLiteral("staff_number")}};
    auto field = importFile("teachers_custom.xlsx", "S3", badField);
    ASSERT_FALSE(field.ok());
    EXPECT_EQ(field.error().code, "import.mapping");
    EXPECT_TRUE(field.error().message.contains("staff_number"));

    ImportOptions badHeader;
    badHeader.mapping = {{QStringLiteral("职工编码"), QStringLiteral("staff_no")}};
    auto header = importFile("teachers_custom.xlsx", "S3", badHeader);
    ASSERT_FALSE(header.ok());
    EXPECT_TRUE(header.error().message.contains(QStringLiteral("职工编码")));
    EXPECT_FALSE(ColumnMapping::parseExplicit(QStringLiteral("工号")).ok());
}

TEST(Importer, ReportsProgressAndStopsWhenCancelled)
{
    QList<int> done;
    std::atomic_bool cancel = false;
    ImportOptions options;
    options.progress = [&](int d, int total) {
        EXPECT_EQ(total, 3000);
        done << d;
        if (d >= 1000)
            cancel = true;
    };
    options.cancel = &cancel;
    auto preview = importFile("fitness_3000.csv", "S6", options);
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.error().code, "import.cancelled");
    ASSERT_FALSE(done.isEmpty());
    EXPECT_EQ(done.first(), 0);
    EXPECT_EQ(done.last(), 1000);
    EXPECT_TRUE(std::is_sorted(done.begin(), done.end()));

    QList<int> all;
    ImportOptions complete;
    complete.progress = [&](int d, int) {
        all << d;
    };
    ASSERT_TRUE(importFile("fitness_3000.csv", "S6", complete).ok());
    EXPECT_EQ(all.last(), 3000);
}

TEST(Importer, RefusesAnOldXlsWorkbookWithWhatToDo)
{
    const FormDefinition &form = *exchangeForms().find("S6");
    QTemporaryDir dir;
    QFile file(dir.filePath("old.xls"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 not really");
    file.close();
    auto preview = Importer(form, *Layout::forForm("S6")).previewFile(file.fileName());
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.error().code, "import.format");
    EXPECT_TRUE(preview.error().message.contains(".xlsx"));
}

TEST(Importer, OverlayKeepsStoredFieldsTheFileHasNoColumnFor)
{
    const FormDefinition &form = *exchangeForms().find("S6");
    const QJsonObject stored{{"student_id", "G1"},
                             {"height", 150.0},
                             {"weight", 40.0},
                             {"exempt", true},
                             {"exempt_reason", QStringLiteral("骨折")},
                             {"_reasons", QJsonObject{{"run50", QStringLiteral("校队")}}}};
    const QJsonObject imported{
        {"student_id", "G1"}, {"height", 160.0}, {"weight", 40.0}, {"address", QJsonValue()}};
    const QJsonObject fresh{{"student_id", "G2"}, {"height", 120.0}, {"weight", 22.0}};
    const QList<QJsonObject> rows = Importer::overlay(form, {imported, fresh}, {stored});
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].value("height").toDouble(), 160); // the file's value
    EXPECT_TRUE(rows[0].value("exempt").toBool());      // kept
    EXPECT_EQ(rows[0].value("exempt_reason").toString(), QStringLiteral("骨折"));
    EXPECT_TRUE(rows[0].value("_reasons").isObject());       // kept
    EXPECT_DOUBLE_EQ(rows[0].value("bmi").toDouble(), 15.6); // recomputed: 40 / 1.6²
    EXPECT_FALSE(rows[1].contains("exempt"));
}
