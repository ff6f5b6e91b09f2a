// junheng-cli import and export as a clerk runs them: the real executable on a real store.
#include "ExchangeTestData.h"
#include "LocalStore.h"
#include "TestPin.h"
#include "XlsxReader.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;
using junheng::test::dataFile;
using junheng::test::exchangeForms;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

class ExchangeCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(m_dir.filePath("junheng.db"));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        Enrolment enrolment;
        enrolment.serverUrl = "http://127.0.0.1:9";
        enrolment.token = "test-token";
        enrolment.deviceId = "device-1";
        enrolment.role = "school";
        enrolment.scopeCode = "3703210001";
        enrolment.scopeName = QStringLiteral("桓台县实验学校");
        enrolment.cycleId = "2025";
        ASSERT_TRUE(store.value()->saveEnrolment(enrolment).ok());
        ASSERT_TRUE(junheng::testing::unlockForTests(*store.value()).ok());
    }

    CliRun run(QStringList args)
    {
        QProcess process;
        args.prepend(m_dir.path());
        args.prepend("--data-dir");
        process.start(QStringLiteral(JUNHENG_CLI_BIN), args);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    int storedRows()
    {
        auto store = LocalStore::open(m_dir.filePath("junheng.db"));
        RosterQuery query;
        query.schoolCode = "3703210001";
        query.cycle = "2025";
        return store.value()->rosterCount(*exchangeForms().find("S6"), query).value();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ExchangeCli, ImportsNothingFromAFileWithErrorsAndSaysWhere)
{
    const CliRun result = run({"import", dataFile("fitness_problems.csv"), "--form", "S6"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.out.contains(QStringLiteral("第 9 行：「1000米跑」写成了“3:45”")))
        << result.out.toStdString();
    EXPECT_TRUE(result.out.contains(QStringLiteral("没有导入任何数据"))) << result.out.toStdString();
    EXPECT_EQ(storedRows(), 0);
}

TEST_F(ExchangeCli, ImportsOnlyTheValidRowsWhenAskedAndSavesTheReport)
{
    const QString report = m_dir.filePath("问题.xlsx");
    const CliRun result = run({"import", dataFile("fitness_problems.csv"), "--form", "S6", "--valid-only",
                               "--report", report, "--json"});
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    EXPECT_EQ(result.json().value("added").toInt(), 1);
    EXPECT_EQ(result.json().value("invalid_rows").toInt(), 10);
    EXPECT_EQ(storedRows(), 1);
    auto sheet = XlsxReader::readFile(report);
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(sheet->rows.size(), 11); // header + 10 problems
}

TEST_F(ExchangeCli, ReimportUpdatesByStudentIdAndExportRoundTrips)
{
    EXPECT_EQ(run({"import", dataFile("fitness_3000.csv"), "--form", "S6", "--dry-run"}).exitCode, 0);
    EXPECT_EQ(storedRows(), 0); // a dry run writes nothing

    const CliRun first = run({"import", dataFile("fitness_3000.csv"), "--form", "S6", "--json"});
    ASSERT_EQ(first.exitCode, 0) << first.out.toStdString() << first.err.toStdString();
    EXPECT_EQ(first.json().value("added").toInt(), 3000);

    const CliRun again = run({"import", dataFile("fitness_3000.csv"), "--form", "S6", "--json"});
    EXPECT_EQ(again.json().value("added").toInt(), 0);
    EXPECT_EQ(again.json().value("unchanged").toInt(), 3000);
    EXPECT_EQ(storedRows(), 3000);

    const QString out = m_dir.filePath("export.xlsx");
    const CliRun exported = run({"export", "--form", "S6", "--out", out});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains("3000"));
    const CliRun back = run({"import", out, "--form", "S6", "--json"});
    EXPECT_EQ(back.exitCode, 0) << back.out.toStdString();
    EXPECT_EQ(back.json().value("unchanged").toInt(), 3000);
    EXPECT_EQ(back.json().value("added").toInt(), 0);
}

TEST_F(ExchangeCli, RefusesAFileWithoutARequiredColumnAndReportsIt)
{
    const QString report = m_dir.filePath("r.xlsx");
    const CliRun result =
        run({"import", dataFile("fitness_missing_column.csv"), "--form", "S6", "--report", report});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("「学籍号」"))) << result.err.toStdString();
    EXPECT_TRUE(QFile::exists(report));
    EXPECT_EQ(storedRows(), 0);
}

TEST_F(ExchangeCli, MapsTeacherHeadersGivenOnTheCommandLine)
{
    const CliRun result = run({"import", dataFile("teachers_custom.xlsx"), "--form", "S3", "--map",
                               QStringLiteral("人员代码=staff_no,文化程度=degree"), "--json"});
    EXPECT_EQ(result.exitCode, 0) << result.out.toStdString() << result.err.toStdString();
    EXPECT_EQ(result.json().value("added").toInt(), 4);
}

TEST_F(ExchangeCli, FinalisingARosterByItsCodeTakesEveryRowOrNone)
{
    ASSERT_EQ(run({"import", dataFile("fitness_3000.csv"), "--form", "S6"}).exitCode, 0);
    // The file has rows with warnings and no reasons: the whole roster is refused, not one row taken.
    const CliRun refused = run({"finalise", "S6"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("提醒"))) << refused.err.toStdString();
    EXPECT_EQ(run({"status", "--json"}).json().value("pending").toInt(), 0);
    // show by the roster's code says how to reach a row instead of showing an arbitrary one.
    const CliRun shown = run({"show", "S6"});
    EXPECT_EQ(shown.exitCode, 1);
    EXPECT_TRUE(shown.err.contains(QStringLiteral("名单表"))) << shown.err.toStdString();
}

// On a county device `export --form S6` writes the county's national upload file (exchange/UploadFile):
// every school's rows of the device's cycle, an earlier cycle's left out.
TEST_F(ExchangeCli, CountyDeviceExportsEverySchoolsRowsOfTheCycle)
{
    {
        auto store = LocalStore::open(m_dir.filePath("junheng.db"));
        ASSERT_TRUE(store.ok());
        Enrolment county = store.value()->enrolment().value();
        county.role = "county";
        county.scopeCode = "370321";
        county.scopeName = QStringLiteral("桓台县");
        ASSERT_TRUE(store.value()->saveEnrolment(county).ok());
        ASSERT_TRUE(junheng::testing::unlockForTests(*store.value()).ok());
        const QList<std::tuple<QString, QString, QString>> rows{
            {"3703210002", "2025", "B1"}, {"3703210001", "2025", "A1"}, {"3703210001", "2024", "OLD"}};
        for (const auto &row : rows) {
            LocalRecord record;
            record.formId = "S6";
            record.formVersion = 1;
            record.schoolCode = std::get<0>(row);
            record.cycle = std::get<1>(row);
            const QString id = std::get<2>(row);
            ASSERT_TRUE(store.value()
                            ->saveDraft(record, QJsonObject{{"grade_code", 11},
                                                            {"student_id", id},
                                                            {"name", QString(QStringLiteral("学生") + id)},
                                                            {"sex", "1"}})
                            .ok());
        }
    }
    const QString out = m_dir.filePath("全县体测上报.xlsx");
    const CliRun exported = run({"export", "--form", "S6", "--out", out, "--json"});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.json().value("rows").toInt(), 2) << exported.out.toStdString();
    auto sheet = XlsxReader::readFile(out);
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    ASSERT_EQ(sheet->rows.size(), 3);
    const int id = int(sheet->rows.at(0).cells.indexOf(QStringLiteral("学籍号")));
    EXPECT_EQ(sheet->rows.at(1).cells.value(id), "A1"); // by school code
    EXPECT_EQ(sheet->rows.at(2).cells.value(id), "B1");
}
