// exchange/UploadFile: the county's national fitness upload file from stored records (what the CLI, the
// server and the app write): S6 rows of the cycle only, deleted rows left out, schools in code order.
#include "UploadFile.h"
#include "ExchangeTestData.h"
#include "XlsxReader.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;
using namespace junheng::test;

namespace {

UploadFile::Record pupil(const QString &school, const QString &cycle, const QString &id,
                         const QString &sex = "1")
{
    return UploadFile::Record{"S6", school, cycle,
                              QJsonObject{{"grade_code", 11},
                                          {"class_code", "01"},
                                          {"class_name", "1班"},
                                          {"student_id", id},
                                          {"name", QString(QStringLiteral("学生") + id)},
                                          {"sex", sex},
                                          {"height", 121.5},
                                          {"shuttle50x8", 105}}};
}

} // namespace

TEST(UploadFileTest, RowsAreTheCyclesS6RowsBySchoolWithoutDeletedOnes)
{
    UploadFile::Record deleted = pupil("3703990101", "2025", "A9");
    deleted.payload = QJsonObject{{"_deleted", true}};
    UploadFile::Record screening = pupil("3703990101", "2025", "S1");
    screening.formId = "S5";
    const QList<UploadFile::Record> records{pupil("3703990201", "2025", "B1"),
                                            pupil("3703990101", "2025", "A1"),
                                            deleted,
                                            pupil("3703990101", "2024", "OLD"),
                                            screening,
                                            pupil("3703990201", "2025", "B2"),
                                            pupil("3703990101", "2025", "A2")};
    QStringList ids;
    for (const QJsonObject &row : UploadFile::rows(records, "2025"))
        ids << row.value("student_id").toString();
    EXPECT_EQ(ids, (QStringList{"A1", "A2", "B1", "B2"}));
}

TEST(UploadFileTest, WritesTheNationalLayoutAndCountsTheRows)
{
    QTemporaryDir dir;
    const FormDefinition *form = exchangeForms().find("S6");
    const Layout *layout = Layout::byId("fitness");
    ASSERT_TRUE(form && layout);
    const QString path = dir.filePath(UploadFile::fileName("云溪县"));
    EXPECT_TRUE(path.endsWith("云溪县国家学生体质健康标准上报.xlsx"));
    const QList<UploadFile::Record> records{pupil("3703990201", "2025", "B1", "2"),
                                            pupil("3703990101", "2025", "A1")};
    auto written = UploadFile::write(path, *form, *layout, records, "2025");
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(written.value(), 2);
    auto sheet = XlsxReader::readFile(path);
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    ASSERT_EQ(sheet->rows.size(), 3);
    const QStringList header = sheet->rows.at(0).cells;
    EXPECT_EQ(header.value(3), "学籍号");
    const QStringList b1 = sheet->rows.at(2).cells;
    EXPECT_EQ(b1.value(3), "B1");
    EXPECT_EQ(b1.value(header.indexOf("性别")), "2");
    EXPECT_EQ(b1.value(header.indexOf("50米×8往返跑")), "1′45″");

    // The myopia layout cannot write S6: refused, no file.
    const QString wrong = dir.filePath("wrong.xlsx");
    auto refused = UploadFile::write(wrong, *form, *Layout::byId("myopia"), records, "2025");
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains("S6")) << refused.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(wrong));
}
