// The county home: on a county device the app opens on completeness by town, the indicators by town with
// their charts, the cycles and enrolment; drawn readably wide and narrow (county-home-wide.png,
// county-home-narrow.png). Its buttons lead to the schools' view (and back) and ask for the ledger.
#include "AppRenderFixture.h"
#include "CountySeed.h"
#include "DashboardModel.h"

#include <QDir>
#include <QFile>
#include <QQuickItem>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace junheng;
using namespace junheng::test;

namespace {

class CountyHomeRenderTest : public AppRenderTest
{
protected:
    void seed()
    {
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
        county::seedCounty(*store.value());
    }

    QObject *named(const QString &name) const
    {
        for (QObject *object : m_window->findChildren<QObject *>())
            if (object->objectName() == name)
                return object;
        return nullptr;
    }

    void click(const QString &name)
    {
        QObject *button = named(name);
        ASSERT_NE(button, nullptr) << qPrintable(name);
        QMetaObject::invokeMethod(button, "clicked");
    }
};

} // namespace

TEST_F(CountyHomeRenderTest, WideShowsTownsIndicatorsCyclesAndEnrolment)
{
    seed();
    startApp({1280, 2900});
    const QImage image = grab(QStringLiteral("county-home-wide.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle : {QStringLiteral("云溪县 · 县教育局 · 2025年度优质均衡监测"),
                                  QStringLiteral("各乡镇（街道）填报进度"),
                                  QStringLiteral("城关街道（2 所学校）"),
                                  QStringLiteral("逾期 1 份"),
                                  QStringLiteral("西湖镇（1 所学校）"),
                                  QStringLiteral("评估指标（按乡镇）"),
                                  QStringLiteral("达标学段（6/7）"),
                                  QStringLiteral("1 / 2"),
                                  QStringLiteral("城关街道 · 小学"),
                                  QStringLiteral("30.0%"),
                                  QStringLiteral("50.0%"),
                                  QStringLiteral("评估周期"),
                                  QStringLiteral("2025年度优质均衡监测（2025-yzjh）"),
                                  QStringLiteral("开放中"),
                                  QStringLiteral("已结束"),
                                  QStringLiteral("设备登记"),
                                  QStringLiteral("发登记码"),
                                  QStringLiteral("问题台账"),
                                  QStringLiteral("各校情况与审核"),
                                  QStringLiteral("导出体测上报文件…")})
        expectReadable(image, shown, needle);
    EXPECT_NE(findText(shown, QStringLiteral("已通过 2 / 8 份表")), nullptr);
    for (const QString &chart : {QStringLiteral("passingChart"), QStringLiteral("healthChart")}) {
        auto *item = qobject_cast<QQuickItem *>(named(chart));
        ASSERT_NE(item, nullptr) << qPrintable(chart);
        EXPECT_TRUE(item->isVisible());
        EXPECT_GT(item->height(), 200);
    }
}

TEST_F(CountyHomeRenderTest, NarrowStacksEverythingInOneColumn)
{
    seed();
    startApp({420, 5200});
    const QImage image = grab(QStringLiteral("county-home-narrow.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("各乡镇（街道）填报进度"), QStringLiteral("城关街道（2 所学校）"),
          QStringLiteral("差异系数未达标"), QStringLiteral("评估周期"), QStringLiteral("设备登记")})
        expectReadable(image, shown, needle);
    // One column: the cycles above enrolment, both as wide as the page.
    const ShownText *cycles = findText(shown, QStringLiteral("评估周期"));
    const ShownText *enrol = findText(shown, QStringLiteral("设备登记"));
    ASSERT_TRUE(cycles && enrol);
    EXPECT_LT(cycles->sceneRect.bottom(), enrol->sceneRect.top());
    EXPECT_NEAR(cycles->sceneRect.left(), enrol->sceneRect.left(), 1.0);
    // Nothing is wider than the window, but the coefficient table, which scrolls sideways.
    QObject *table = named(QStringLiteral("cvTable"));
    ASSERT_NE(table, nullptr);
    for (const ShownText &text : shown) {
        bool inTable = false;
        for (QQuickItem *up = text.item; up && !inTable; up = up->parentItem())
            inTable = up == table;
        if (!inTable) {
            EXPECT_LE(text.sceneRect.right(), 420 + 1.0) << qPrintable(text.text);
        }
    }
}

TEST_F(CountyHomeRenderTest, ButtonsLeadToTheSchoolsAndBackAndAskForTheLedger)
{
    seed();
    startApp();
    QObject *pages = stack();
    ASSERT_NE(pages, nullptr);
    QObject *home = pages->property("currentItem").value<QObject *>();
    ASSERT_NE(home, nullptr);
    QSignalSpy ledger(home, SIGNAL(ledgerRequested()));
    click(QStringLiteral("ledgerButton"));
    EXPECT_EQ(ledger.size(), 1);
    // Main.qml opens the ledger page; its back button returns to the county home.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return pages->property("depth").toInt() == 2 && !pages->property("busy").toBool(); }, 5000));
    auto *ledgerPage = pages->property("currentItem").value<QObject *>();
    ASSERT_NE(ledgerPage, nullptr);
    EXPECT_TRUE(
        QString::fromUtf8(ledgerPage->metaObject()->className()).startsWith(QLatin1String("LedgerPage")))
        << ledgerPage->metaObject()->className();
    ASSERT_TRUE(QMetaObject::invokeMethod(ledgerPage, "backRequested"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return pages->property("depth").toInt() == 1 && !pages->property("busy").toBool(); }, 5000));

    click(QStringLiteral("schoolsButton"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return pages->property("depth").toInt() == 2 && !pages->property("busy").toBool(); }, 5000));
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("county-home-schools.png"));
    expectReadable(image, texts(), QStringLiteral("各校完成情况"));
    expectReadable(image, texts(), QStringLiteral("返回县首页"));
    click(QStringLiteral("countySchoolsBack"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return pages->property("depth").toInt() == 1; }, 5000));
}

// 导出体测上报文件…: the folder chosen gets the county's upload file
// and the page says where it went and how many rows (county-home-upload.png).
TEST_F(CountyHomeRenderTest, UploadButtonWritesTheFileAndSaysWhere)
{
    seed();
    startApp({1280, 1200});
    // The folder dialog cannot load offscreen (its page needs Qt.labs.folderlistmodel): the test does
    // what its onAccepted does, with the page's own DashboardModel.
    QObject *button = named(QStringLiteral("uploadExportButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->property("visible").toBool());
    auto *model = m_window->findChild<DashboardModel *>();
    ASSERT_NE(model, nullptr);
    QTemporaryDir out;
    QObject *result = named(QStringLiteral("exportResult"));
    ASSERT_NE(result, nullptr);
    result->setProperty("text", model->exportUploadFile(QUrl::fromLocalFile(out.path())));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !result->property("text").toString().isEmpty(); }, 5000));
    const QString file = out.filePath(QStringLiteral("云溪县国家学生体质健康标准上报.xlsx"));
    EXPECT_TRUE(QFile::exists(file)) << qPrintable(result->property("text").toString());
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("county-home-upload.png"));
    const QList<ShownText> shown = texts();
    expectReadable(image, shown, QStringLiteral("导出体测上报文件…"));
    const ShownText *said = findText(shown, QStringLiteral("1 所学校，12 名学生"));
    EXPECT_NE(said, nullptr) << qPrintable(result->property("text").toString());
}
