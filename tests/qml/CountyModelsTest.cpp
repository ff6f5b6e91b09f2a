// The county home's models on a real store: completeness by town from the pulled directory and review
// notes, and the indicators by town and by cycle from the engine's report (DashboardModel), with the
// figures the seeded records make.
#include "CountyHomeController.h"
#include "CountyIndicators.h"
#include "CountySeed.h"
#include "DashboardModel.h"
#include "TownCompletenessModel.h"
#include "XlsxReader.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;
using namespace junheng::test::county;

namespace {

class CountyModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = LocalStore::open(path());
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
        m_store = std::move(store).value();
    }

    QString path() const { return m_dir.filePath("junheng.db"); }

    static QVariantMap rowNamed(const QVariantList &rows, const QString &name)
    {
        for (const QVariant &row : rows)
            if (row.toMap().value("name").toString() == name)
                return row.toMap();
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
};

QVariant roleOf(const TownCompletenessModel &model, int row, int role)
{
    return model.data(model.index(row), role);
}

} // namespace

TEST_F(CountyModelsTest, CompletenessByTownCountsEachStateAndTheLateOnes)
{
    ASSERT_TRUE(m_store->saveEnrolment(countyEnrolment()).ok());
    seedCompleteness(*m_store);
    TownCompletenessModel model;
    model.setStorePath(path());
    ASSERT_TRUE(model.error().isEmpty()) << qPrintable(model.error());
    ASSERT_EQ(model.rowCount(), 3);
    using R = TownCompletenessModel::Role;
    // 城关街道: 2 schools × S1–S4 = 8; approved 2 (S1 ×2), submitted 1, returned 1 (late), not started 4.
    EXPECT_EQ(roleOf(model, 0, R::NameRole).toString(), "城关街道");
    EXPECT_EQ(roleOf(model, 0, R::SchoolsRole).toInt(), 2);
    EXPECT_EQ(roleOf(model, 0, R::FormsRole).toInt(), 8);
    EXPECT_EQ(roleOf(model, 0, R::ApprovedRole).toInt(), 2);
    EXPECT_EQ(roleOf(model, 0, R::SubmittedRole).toInt(), 1);
    EXPECT_EQ(roleOf(model, 0, R::ReturnedRole).toInt(), 1);
    EXPECT_EQ(roleOf(model, 0, R::NotStartedRole).toInt(), 4);
    EXPECT_EQ(roleOf(model, 0, R::LateRole).toInt(), 1);
    EXPECT_DOUBLE_EQ(roleOf(model, 0, R::ProgressRole).toDouble(), 0.25);
    // 东城街道: 1 school × 4: approved 1, submitted 1 (late).
    EXPECT_EQ(roleOf(model, 1, R::NameRole).toString(), "东城街道");
    EXPECT_EQ(roleOf(model, 1, R::FormsRole).toInt(), 4);
    EXPECT_EQ(roleOf(model, 1, R::ApprovedRole).toInt(), 1);
    EXPECT_EQ(roleOf(model, 1, R::SubmittedRole).toInt(), 1);
    EXPECT_EQ(roleOf(model, 1, R::LateRole).toInt(), 1);
    // 西湖镇: nothing yet.
    EXPECT_EQ(roleOf(model, 2, R::NotStartedRole).toInt(), 4);
    EXPECT_DOUBLE_EQ(roleOf(model, 2, R::ProgressRole).toDouble(), 0.0);
    EXPECT_EQ(model.summary(),
              "3 个乡镇（街道）、4 所学校、16 份表：已通过 3，待审核 2，已退回 1，未提交 10；"
              "逾期 2 份");
    // Both cycles to choose from, newest first.
    ASSERT_EQ(model.cycles().size(), 2);
    EXPECT_EQ(model.cycles().at(0).toMap().value("id").toString(), Cycle);
    EXPECT_EQ(model.cycles().at(1).toMap().value("state").toString(), "closed");

    // The closed cycle: no notes, every form not started.
    model.setCycle(PreviousCycle);
    EXPECT_EQ(model.cycleName(), "2024年度优质均衡监测");
    EXPECT_EQ(roleOf(model, 0, R::ApprovedRole).toInt(), 0);
    EXPECT_EQ(roleOf(model, 0, R::NotStartedRole).toInt(), 8);
}

TEST_F(CountyModelsTest, NotEnrolledSaysSo)
{
    TownCompletenessModel model;
    model.setStorePath(path());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.error().contains("还没有登记")) << qPrintable(model.error());
}

TEST_F(CountyModelsTest, IndicatorsByTownAndByCycleAreTheEnginesFigures)
{
    seedCounty(*m_store);
    DashboardModel dashboard;
    dashboard.setStorePath(path());
    CountyIndicators indicators;
    indicators.setSource(&dashboard);
    QSignalSpy changed(&indicators, &CountyIndicators::changed);
    dashboard.refresh();
    ASSERT_EQ(changed.size(), 1);
    ASSERT_TRUE(dashboard.error().isEmpty()) << qPrintable(dashboard.error());

    const QVariantList rows = indicators.rows();
    ASSERT_EQ(rows.size(), 3) << "城关街道, 东城街道, the county";
    const QVariantMap a = rowNamed(rows, "城关街道");
    const QVariantMap b = rowNamed(rows, "东城街道");
    const QVariantMap county = rows.last().toMap();
    ASSERT_FALSE(a.isEmpty());
    ASSERT_FALSE(b.isEmpty());
    EXPECT_TRUE(county.value("county").toBool());
    EXPECT_EQ(county.value("name").toString(), "云溪县");

    // The rich schools pass 6 of R1–R7, the poor one does not.
    EXPECT_EQ(a.value("units").toInt(), 2);
    EXPECT_EQ(a.value("unitsPassing").toInt(), 1);
    EXPECT_EQ(b.value("units").toInt(), 1);
    EXPECT_EQ(b.value("unitsPassing").toInt(), 1);
    EXPECT_EQ(county.value("units").toInt(), 3);
    EXPECT_EQ(county.value("unitsPassing").toInt(), 2);
    // Coefficients: 城关街道's two unequal schools have them (7, one per indicator); the county too.
    EXPECT_EQ(a.value("cvComputed").toInt(), 7);
    EXPECT_EQ(county.value("cvComputed").toInt(), 7);
    EXPECT_GT(a.value("cvFailing").toInt(), 0) << "a school three times as rich as its neighbour";
    for (const QVariant &cell : a.value("cvs").toList()) {
        const QVariantMap map = cell.toMap();
        EXPECT_EQ(map.value("stage").toString(), "小学");
        EXPECT_GT(map.value("limit").toDouble(), 0.0);
        EXPECT_EQ(map.value("state").toString(), map.value("cv").toDouble() <= map.value("limit").toDouble()
                                                     ? QStringLiteral("pass")
                                                     : QStringLiteral("fail"));
    }
    // Myopia: 9 of 30 in 城关街道 (RichA), 15 of 30 in 东城街道 (RichB), 24 of 60 county-wide.
    EXPECT_DOUBLE_EQ(a.value("myopiaRate").toDouble(), 0.3);
    EXPECT_DOUBLE_EQ(b.value("myopiaRate").toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(county.value("myopiaRate").toDouble(), 0.4);
    // Fitness: twelve tested in 城关街道, none in 东城街道 (rates not computed: null).
    EXPECT_EQ(a.value("fitnessTested").toInt(), 12);
    EXPECT_TRUE(a.value("fitnessPass").isValid());
    EXPECT_GT(a.value("fitnessPass").toDouble(), a.value("fitnessExcellentGood").toDouble());
    EXPECT_EQ(b.value("fitnessTested").toInt(), 0);
    EXPECT_FALSE(b.value("fitnessPass").isValid());
    EXPECT_TRUE(indicators.summary().contains("3 个学校学段中 2 个")) << qPrintable(indicators.summary());

    // The previous cycle: only RichA's screening (15 of 30); no resources, so no units.
    dashboard.setCycle(PreviousCycle);
    dashboard.refresh();
    const QVariantList previous = indicators.rows();
    ASSERT_EQ(previous.size(), 2) << "城关街道 and the county";
    EXPECT_DOUBLE_EQ(rowNamed(previous, "城关街道").value("myopiaRate").toDouble(), 0.5);
    EXPECT_EQ(previous.last().toMap().value("units").toInt(), 0);
}

TEST_F(CountyModelsTest, TheControllerOffersTheCountyItsTownsAndSchoolsAndRefusesOfflineWithoutChanges)
{
    seedCounty(*m_store); // its server, 127.0.0.1:9, does not answer
    CountyHomeController controller;
    controller.setStorePath(path());
    const QVariantList places = controller.places();
    ASSERT_EQ(places.size(), 1 + 3 + 4);
    EXPECT_EQ(places.at(0).toMap().value("role").toString(), "county");
    EXPECT_EQ(places.at(1).toMap().value("name").toString(), "城关街道");
    EXPECT_EQ(places.at(4).toMap().value("code").toString(), RichA);
    EXPECT_EQ(controller.cycles().size(), 2) << "the pulled cycles before asking the server";
    EXPECT_FALSE(controller.cyclesFromServer());

    // A mistake in the form is caught before anything is sent.
    QSignalSpy done(&controller, &CountyHomeController::done);
    controller.createCycle("2026", "2026年度", "2026-05-31", "2026-03-01", "national");
    ASSERT_EQ(done.size(), 1);
    EXPECT_FALSE(done.at(0).at(0).toBool());
    EXPECT_TRUE(controller.message().contains("早于开始日期")) << qPrintable(controller.message());
    EXPECT_FALSE(controller.busy());

    controller.publishCycle(Cycle);
    EXPECT_TRUE(controller.busy());
    ASSERT_TRUE(done.wait(20000));
    EXPECT_FALSE(done.last().at(0).toBool());
    EXPECT_TRUE(controller.messageIsError());
    EXPECT_TRUE(controller.message().contains("什么也没有改变")) << qPrintable(controller.message());
    // Nothing changed here either: the cycle is still the open one the device pulled.
    EXPECT_EQ(m_store->cycle(Cycle)->state, "open");

    controller.issueCode(4);
    ASSERT_TRUE(done.wait(20000));
    EXPECT_FALSE(done.last().at(0).toBool());
    EXPECT_TRUE(controller.message().contains("没有发出登记码")) << qPrintable(controller.message());
    EXPECT_TRUE(controller.issuedCode().isEmpty());
}

// 导出体测上报文件 on a county device: one file with the fitness rows of every school it has pulled, of the
// dashboard's cycle only, read back from the XLSX.
TEST_F(CountyModelsTest, UploadFileHoldsEverySchoolsFitnessRowsOfTheCycle)
{
    seedCounty(*m_store); // twelve pupils of RichA
    seedFitness(*m_store, RichB);
    save(*m_store, "S6", PoorA, PreviousCycle,
         QJsonObject{{"grade_code", 11}, {"student_id", "OLD1"}, {"name", "往年"}, {"sex", "1"}});
    DashboardModel dashboard;
    dashboard.setStorePath(path());
    EXPECT_TRUE(dashboard.exportUploadFile(QUrl::fromLocalFile(m_dir.path())).contains("重新计算"));
    dashboard.refresh();
    ASSERT_TRUE(dashboard.error().isEmpty()) << qPrintable(dashboard.error());

    QTemporaryDir out;
    const QString message = dashboard.exportUploadFile(QUrl::fromLocalFile(out.path()));
    const QString file = out.filePath("云溪县国家学生体质健康标准上报.xlsx");
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(file))) << qPrintable(message);
    EXPECT_TRUE(message.contains("2 所学校，24 名学生")) << qPrintable(message);
    auto sheet = XlsxReader::readFile(file);
    ASSERT_TRUE(sheet.ok()) << qPrintable(sheet.error().message);
    ASSERT_EQ(sheet->rows.size(), 25); // header and 2 × 12
    const QStringList header = sheet->rows.at(0).cells;
    const int id = int(header.indexOf("学籍号"));
    const int name = int(header.indexOf("姓名"));
    ASSERT_GE(id, 0);
    QStringList ids;
    for (const SheetRow &row : sheet->rows.mid(1))
        ids << row.cells.value(id);
    EXPECT_EQ(ids.count("F0"), 2) << "F0 of both schools";
    EXPECT_FALSE(ids.contains("OLD1")) << "last cycle's pupil";
    EXPECT_EQ(sheet->rows.at(1).cells.value(name), "学生F0");

    // A folder that is not there: said so, no file.
    const QString missing = dashboard.exportUploadFile(QUrl::fromLocalFile(out.filePath("无此文件夹")));
    EXPECT_TRUE(missing.contains("不存在")) << qPrintable(missing);
}
