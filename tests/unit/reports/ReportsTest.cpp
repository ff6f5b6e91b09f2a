// The county and town reports written as real XLSX and PDF files, then read back: the cells hold the
// engine's figures, the ledger names every failing indicator, the PDF's pages carry the text and charts.
#include "LedgerRecords.h"
#include "ReportBuilder.h"
#include "ReportPdf.h"
#include "ReportXlsx.h"
#include "SyntheticCounty.h"
#include "XlsxReader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

struct Fixture
{
    AssessmentReport report;
    ReportMeta meta;
};

const Fixture &county()
{
    static const Fixture f = [] {
        Fixture fixture;
        SyntheticCountySize size;
        size.schools = 6;
        size.towns = 2;
        size.students = 1200;
        size.teachers = 120;
        ReportInputs inputs = syntheticCounty(size);
        const ThresholdProfile profile = ThresholdProfile::load("shandong").value();
        fixture.report = AssessmentReport::compute(inputs, profile, FitnessStandard::load().value());
        fixture.meta.countyName = QStringLiteral("云溪县");
        fixture.meta.cycle = QStringLiteral("2025年度优质均衡监测");
        fixture.meta.generatedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30));
        return fixture;
    }();
    return f;
}

// The rows of a sheet below its header row (the row whose first cell is `firstHeader`).
QList<QStringList> body(const QString &path, const QString &sheet, const QString &firstHeader,
                        QStringList *headers = nullptr)
{
    const auto data = XlsxReader::readFile(path, sheet);
    EXPECT_TRUE(data.ok()) << sheet.toStdString();
    QList<QStringList> rows;
    bool below = false;
    for (const SheetRow &row : data.ok() ? data.value().rows : QList<SheetRow>{}) {
        if (below)
            rows << row.cells;
        else if (!row.cells.isEmpty() && row.cells.first() == firstHeader) {
            below = true;
            if (headers)
                *headers = row.cells;
        }
    }
    return rows;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST(CountyReportXlsx, ResourceSheetHoldsEachUnitsIndicatorsAsNumbers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("county.xlsx");
    const ReportBook book = ReportBuilder::build(county().report, county().meta);
    ASSERT_TRUE(ReportXlsx::write(book, path));

    QStringList headers;
    const QList<QStringList> rows = body(path, "资源配置", "学校代码", &headers);
    ASSERT_EQ(rows.size(), county().report.units.size());
    ASSERT_EQ(headers.mid(5, 7), (QStringList{"R1", "R2", "R3", "R4", "R5", "R6", "R7"}));
    for (qsizetype u = 0; u < rows.size(); ++u) {
        const UnitAssessment &unit = county().report.units.at(u);
        EXPECT_EQ(rows.at(u).at(0), unit.unit.schoolCode);
        EXPECT_EQ(rows.at(u).at(1), unit.unit.schoolName);
        EXPECT_EQ(rows.at(u).at(2), unit.unit.town);
        for (int i = 0; i < 7; ++i) {
            const auto value = unit.indicators.at(i).value;
            ASSERT_TRUE(value.has_value());
            EXPECT_NEAR(rows.at(u).at(5 + i).toDouble(), *value, 1e-9) << unit.unit.schoolCode.toStdString();
        }
        EXPECT_EQ(rows.at(u).at(13), itemStateLabel(unit.rule.state));
    }
}

TEST(CountyReportXlsx, LedgerListsEveryFailingIndicatorWithItsGap)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("county.xlsx");
    ReportMeta meta = county().meta;
    const UnitAssessment *failing = nullptr;
    for (const UnitAssessment &u : county().report.units)
        for (const ItemResult &i : u.indicators)
            if (i.state == ItemState::Fail && !failing)
                failing = &u;
    ASSERT_NE(failing, nullptr) << "the synthetic county should have a failing indicator";
    QString failingCode;
    for (const ItemResult &i : failing->indicators)
        if (i.state == ItemState::Fail && failingCode.isEmpty())
            failingCode = i.code;
    // A resource indicator's item code carries its unit's stage (a nine-year school has two R1s).
    meta.owners.insert(ReportBuilder::ledgerKey(failing->unit.schoolCode,
                                                failingCode + "." + stageName(failing->unit.stage)),
                       LedgerOwner{QStringLiteral("王校长"), QDate(2027, 3, 31), "in_progress", {}, {}, {}});
    ASSERT_TRUE(ReportXlsx::write(ReportBuilder::build(county().report, meta), path));

    const QList<QStringList> rows = body(path, "问题台账", "序号");
    int expected = 0;
    for (const UnitAssessment &u : county().report.units) {
        for (const ItemResult &i : u.indicators) {
            if (i.state != ItemState::Fail)
                continue;
            ++expected;
            const auto found = std::find_if(rows.cbegin(), rows.cend(), [&](const QStringList &row) {
                return row.value(1).startsWith(u.unit.schoolName) && row.value(2) == i.title;
            });
            ASSERT_NE(found, rows.cend()) << u.unit.schoolName.toStdString() << " " << i.code.toStdString();
            QString gap;
            for (const Addition &a : u.gaps)
                if (a.code == i.code)
                    gap = a.text;
            EXPECT_EQ(found->value(5), gap);
            if (&u == failing && i.code == failingCode) {
                EXPECT_EQ(found->value(6), "王校长");
                EXPECT_EQ(found->value(7), "2027-03-31");
            }
        }
    }
    EXPECT_GE(rows.size(), expected); // plus the failing items and rates
    EXPECT_EQ(rows.first().value(0), "1");
}

TEST(CountyReportXlsx, CoefficientsOfTheCountyAndEachTownPerStage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("county.xlsx");
    ASSERT_TRUE(ReportXlsx::write(ReportBuilder::build(county().report, county().meta), path));
    const QList<QStringList> rows = body(path, "差异系数", "区域");
    const auto &r = county().report;
    ASSERT_EQ(rows.size(), 7 * (r.countyAreas.size() + r.townAreas.size()));
    const AreaIndicator &first = r.countyAreas.first().indicators.first();
    ASSERT_TRUE(first.coefficient.has_value());
    EXPECT_EQ(rows.first().value(0), "云溪县");
    EXPECT_NEAR(rows.first().value(6).toDouble(), first.coefficient->cv, 1e-9);
    EXPECT_NEAR(rows.first().value(7).toDouble(), first.result.threshold->value, 1e-9);
}

TEST(CountyReportXlsx, SummaryAndRatesSheets)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("county.xlsx");
    ASSERT_TRUE(ReportXlsx::write(ReportBuilder::build(county().report, county().meta), path));
    const auto summary = XlsxReader::readFile(path, "概况");
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary.value().rows.first().cells.first(), "云溪县义务教育优质均衡发展监测报告");
    QHash<QString, QString> pairs;
    for (const SheetRow &row : summary.value().rows)
        if (row.cells.size() >= 2)
            pairs.insert(row.cells.at(0), row.cells.at(1));
    EXPECT_EQ(pairs.value("区域"), "云溪县");
    EXPECT_EQ(pairs.value("学校数"), "6");

    const QList<QStringList> fitness = body(path, "体质健康", "层级");
    ASSERT_FALSE(fitness.isEmpty());
    EXPECT_EQ(fitness.first().value(0), "全县");
    for (const FitnessGroup &g : county().report.fitnessGroups) {
        if (g.level == QLatin1String("county")) {
            EXPECT_EQ(fitness.first().value(2).toInt(), g.tested);
            EXPECT_NEAR(fitness.first().value(7).toDouble(), *g.excellentGoodRate.value, 1e-9);
        }
    }
    const QList<QStringList> myopia = body(path, "近视", "层级");
    ASSERT_EQ(myopia.size(), 1 + 2 + 6); // county, two towns, six schools
}

TEST(TownReport, HoldsOnlyThatTownsSchoolsAndCoefficients)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("town.xlsx");
    ReportMeta meta = county().meta;
    meta.town = QStringLiteral("镇1");
    const ReportBook book = ReportBuilder::build(county().report, meta);
    EXPECT_EQ(book.title, "云溪县镇1义务教育优质均衡发展监测报告");
    EXPECT_EQ(book.table("未参评"), nullptr);
    ASSERT_TRUE(ReportXlsx::write(book, path));
    const QList<QStringList> units = body(path, "资源配置", "学校代码");
    ASSERT_FALSE(units.isEmpty());
    for (const QStringList &row : units)
        EXPECT_EQ(row.value(2), "镇1");
    for (const QStringList &row : body(path, "差异系数", "区域"))
        EXPECT_EQ(row.value(0), "镇1");
    for (const QStringList &row : body(path, "体质健康", "层级"))
        EXPECT_NE(row.value(0), "全县");
}

TEST(CountyReportPdf, PagesCarryTheTitleChartsTablesAndLedger)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("county.pdf");
    const ReportBook book = ReportBuilder::build(county().report, county().meta);
    ASSERT_TRUE(ReportPdf::write(book, path));
    EXPECT_FALSE(QFileInfo::exists(path + ".part"));
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains("云溪县义务教育优质均衡发展监测报告"));
    EXPECT_TRUE(text.contains("各指标差异系数"));
    EXPECT_TRUE(text.contains("体质健康优良率与合格率"));
    EXPECT_TRUE(text.contains("资源配置七项指标"));
    EXPECT_TRUE(text.contains("问题台账"));
    EXPECT_TRUE(text.contains(county().report.units.first().unit.schoolName));
    EXPECT_TRUE(text.contains(QRegularExpression("第\\s*2\\s*页"))) << "a second page with its footer";
    EXPECT_FALSE(text.contains("政府保障与教育质量")) << "the long item table is in the XLSX only";
    if (qEnvironmentVariableIsSet("JUNHENG_REPORT_PNG_DIR")) // to look at the pages
        QProcess::execute("pdftoppm", {"-png", "-r", "60", path,
                                       qEnvironmentVariable("JUNHENG_REPORT_PNG_DIR") + "/county-report"});
}

TEST(ReportFiles, AMissingFolderIsAClearErrorAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath("no/such/county.xlsx");
    const QString pdf = dir.filePath("no/such/county.pdf");
    const ReportBook book = ReportBuilder::build(county().report, county().meta);
    const Status x = ReportXlsx::write(book, xlsx);
    ASSERT_FALSE(x.ok());
    EXPECT_EQ(x.error().code, "export.io");
    EXPECT_TRUE(x.error().message.contains("不存在")) << x.error().message.toStdString();
    const Status p = ReportPdf::write(book, pdf);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, "export.io");
    EXPECT_TRUE(p.error().message.contains("county.pdf"));
    EXPECT_FALSE(QFileInfo::exists(xlsx));
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

namespace {

// The first failing resource indicator of the synthetic county, and an item that passes.
struct LedgerCase
{
    const UnitAssessment *unit = nullptr;
    const ItemResult *failing = nullptr;
    const ItemResult *passing = nullptr;
};

LedgerCase ledgerCase()
{
    LedgerCase c;
    for (const UnitAssessment &u : county().report.units)
        for (const ItemResult &i : u.indicators)
            if (i.state == ItemState::Fail && !c.failing) {
                c.unit = &u;
                c.failing = &i;
            }
    if (c.unit)
        for (const ItemResult &i : c.unit->indicators)
            if (i.state == ItemState::Pass && !c.passing)
                c.passing = &i;
    return c;
}

QJsonObject c2Payload(const QString &school, const QString &item, const QString &owner, const QString &status)
{
    return QJsonObject{{"school_code", school},
                       {"item_code", item},
                       {"item_title", QStringLiteral("旧名称")},
                       {"owner", owner},
                       {"due_date", "2027-06-30"},
                       {"status", status},
                       {"note", QStringLiteral("已列入2027年预算")},
                       {"updated_at", "2026-11-20T08:00:00Z"}};
}

} // namespace

TEST(LedgerInReports, OwnersFromC2RowsFillTheXlsxAndAClosedIssueStaysListed)
{
    const LedgerCase c = ledgerCase();
    ASSERT_NE(c.failing, nullptr);
    ASSERT_NE(c.passing, nullptr) << "the failing unit should pass some indicator";
    const QString school = c.unit->unit.schoolCode, stage = stageName(c.unit->unit.stage);
    const QList<FormRecord> records{
        {"C2", school, "2025",
         c2Payload(school, c.failing->code + "." + stage, QStringLiteral("王校长"), "in_progress")},
        {"C2", school, "2025",
         c2Payload(school, c.passing->code + "." + stage, QStringLiteral("赵主任"), "done")}};
    ReportMeta meta = county().meta;
    meta.owners = LedgerRecords::owners(records, "2025");
    QTemporaryDir dir;
    const QString path = dir.filePath("county.xlsx");
    ASSERT_TRUE(ReportXlsx::write(ReportBuilder::build(county().report, meta), path));
    ASSERT_TRUE(
        ReportXlsx::write(ReportBuilder::build(county().report, county().meta), dir.filePath("plain.xlsx")));

    QStringList headers;
    const QList<QStringList> rows = body(path, "问题台账", "序号", &headers);
    EXPECT_EQ(headers.mid(6), (QStringList{"责任人", "完成时限", "整改状态", "整改措施"}));
    auto find = [&](const QString &title) {
        return std::find_if(rows.cbegin(), rows.cend(), [&](const QStringList &row) {
            return row.value(1).startsWith(c.unit->unit.schoolName) && row.value(2) == title;
        });
    };
    const auto open = find(c.failing->title);
    ASSERT_NE(open, rows.cend());
    EXPECT_EQ(open->mid(6), (QStringList{"王校长", "2027-06-30", "整改中", "已列入2027年预算"}));
    // The item recorded as done now passes: listed last, marked, with what it is now.
    const auto closed = find(c.passing->title);
    ASSERT_NE(closed, rows.cend()) << "a recorded item that no longer fails is not dropped";
    EXPECT_EQ(closed, rows.cend() - 1);
    EXPECT_EQ(closed->value(5), "本周期已达标，不再是问题");
    EXPECT_EQ(closed->value(6), "赵主任");
    EXPECT_EQ(closed->value(8), "已达标（已整改）");
    // Without a C2 row: no owner yet, status 未整改.
    const QList<QStringList> plain = body(dir.filePath("plain.xlsx"), "问题台账", "序号");
    ASSERT_FALSE(plain.isEmpty());
    for (const QStringList &row : plain) {
        EXPECT_EQ(row.value(6), "—") << qPrintable(row.join("|")); // an empty cell reads as a dash
        EXPECT_EQ(row.value(8), "未整改");
    }

    // The summary still counts the failing items only.
    int failing = 0;
    for (const LedgerRow &row : ReportBuilder::ledgerRows(county().report, meta))
        failing += row.failing ? 1 : 0;
    EXPECT_EQ(failing, rows.size() - 1);
}

TEST(LedgerInReports, ThePdfLedgerNamesTheOwnerAndATownReportLeavesOtherTownsEntriesOut)
{
    const LedgerCase c = ledgerCase();
    ASSERT_NE(c.failing, nullptr);
    const QString school = c.unit->unit.schoolCode;
    ReportMeta meta = county().meta;
    meta.owners =
        LedgerRecords::owners({{"C2", school, "2025",
                                c2Payload(school, c.failing->code + "." + stageName(c.unit->unit.stage),
                                          QStringLiteral("欧阳校长"), "open")}},
                              "2025");
    QTemporaryDir dir;
    const QString path = dir.filePath("county.pdf");
    ASSERT_TRUE(ReportPdf::write(ReportBuilder::build(county().report, meta), path));
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("欧阳校长"))) << "the owner is printed in the PDF's ledger";
    EXPECT_TRUE(text.contains(QStringLiteral("2027-06-30")));

    // Another town's report does not carry this school's entry.
    ReportMeta other = meta;
    // (QStringLiteral: a QLatin1String of UTF-8 bytes would never equal a Chinese town name.)
    other.town = c.unit->unit.town == QStringLiteral("镇1") ? QStringLiteral("镇2") : QStringLiteral("镇1");
    const QList<LedgerRow> otherRows = ReportBuilder::ledgerRows(county().report, other);
    EXPECT_FALSE(otherRows.isEmpty()) << "the other town has failing items of its own";
    for (const LedgerRow &row : otherRows)
        EXPECT_NE(row.schoolCode, school) << qPrintable(row.itemCode + " " + row.town);
    ReportMeta own = meta;
    own.town = c.unit->unit.town;
    const QList<LedgerRow> rows = ReportBuilder::ledgerRows(county().report, own);
    EXPECT_TRUE(std::any_of(rows.cbegin(), rows.cend(), [&](const LedgerRow &r) {
        return r.schoolCode == school && r.entry && r.entry->owner == QStringLiteral("欧阳校长");
    }));
}
