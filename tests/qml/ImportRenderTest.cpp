// The import screen, step by step, offscreen (import_choose.png, import_progress.png,
// import_preview_clean.png, import_done.png, import_problems.png, import_mapping.png): the 3,000-row
// national fitness file and the problems file of tests/data through ImportController's worker thread;
// every problem listed by row, column, value and rule; the error report saved; cancel writes nothing.
#include "AppRenderFixture.h"
#include "ImportController.h"
#include "RosterController.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace junheng;
using namespace junheng::test;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(JUNHENG_TEST_DATA "/") + name;
}

class ImportRenderTest : public AppRenderTest
{
protected:
    ImportController *importer() const { return m_context->importController(); }

    // The roster of this form, then its import page, as the 导入文件… button does.
    void openImport(const QString &formId)
    {
        openForm(formId);
        QObject *rosterPage = m_window->findChild<QObject *>(QStringLiteral("rosterPage"));
        ASSERT_NE(rosterPage, nullptr);
        ASSERT_TRUE(importer()->canImport(formId));
        ASSERT_TRUE(importer()->begin());
        ASSERT_TRUE(QMetaObject::invokeMethod(rosterPage, "importRequested"));
        QObject *pages = stack();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return pages->property("depth").toInt() == 3 && !pages->property("busy").toBool(); },
            5000));
        ASSERT_TRUE(waitForFrame(m_window));
    }

    // Picks the file and waits for the worker's verdict.
    void checkFile(const QString &path)
    {
        QSignalSpy finished(importer(), &ImportController::checkFinished);
        importer()->chooseFile(QUrl::fromLocalFile(path));
        ASSERT_TRUE(finished.wait(20000)) << "the check did not finish";
        ASSERT_TRUE(waitForFrame(m_window));
    }

    int storedRows(const QString &formId)
    {
        const FormDefinition *form = m_context->rosterController()->model()->form(); // the open roster
        if (!form || form->id != formId)
            return -1;
        auto counts = m_context->store()->rosterIssueCounts(*form, SchoolCode, CycleId);
        return counts ? counts->rows : -1;
    }
};

} // namespace

TEST_F(ImportRenderTest, TheCleanFileIsCheckedPreviewedAndImported)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    openImport(QStringLiteral("S6"));
    QImage image = grab(QStringLiteral("import_choose.png"));
    QList<ShownText> shown = texts();
    for (const QString &needle : {QStringLiteral("导入文件到 S6"), QStringLiteral("国家学生体质健康标准"),
                                  QStringLiteral("选择文件…"), QStringLiteral("确认之前不会写入任何数据")})
        expectReadable(image, shown, needle);

    QSignalSpy finished(importer(), &ImportController::checkFinished);
    importer()->chooseFile(QUrl::fromLocalFile(dataFile(QStringLiteral("fitness_3000.csv"))));
    EXPECT_EQ(importer()->stage(), QStringLiteral("checking"));
    // The page while the worker checks: the bar and the cancel button (the check may be quicker than a
    // frame on a fast machine; then there is nothing to see).
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return importer()->progressDone() > 0 || importer()->stage() != QLatin1String("checking"); },
        20000));
    if (importer()->stage() == QLatin1String("checking")) {
        ASSERT_TRUE(waitForFrame(m_window));
        image = grab(QStringLiteral("import_progress.png"));
        shown = texts();
        expectReadable(image, shown, QStringLiteral("正在检查第"));
        expectReadable(image, shown, QStringLiteral("取消"));
    }
    ASSERT_TRUE(finished.count() > 0 || finished.wait(20000));
    ASSERT_TRUE(waitForFrame(m_window));
    ASSERT_EQ(importer()->stage(), QStringLiteral("preview")) << qPrintable(importer()->fileError());
    EXPECT_EQ(importer()->rowCount(), 3000);
    EXPECT_EQ(importer()->validCount(), 3000);
    EXPECT_EQ(importer()->hardCount(), 0);
    EXPECT_EQ(importer()->softCount(), 28);
    EXPECT_EQ(importer()->problemCount(), 28);
    EXPECT_EQ(storedRows(QStringLiteral("S6")), 0) << "a preview writes nothing";
    image = grab(QStringLiteral("import_preview_clean.png"));
    shown = texts();
    for (const QString &needle :
         {QStringLiteral("数据 3000 行"), QStringLiteral("导入全部 3000 行"), QStringLiteral("超出常见范围"),
          QStringLiteral("第 1 / 1 页，共 28 处问题"), QStringLiteral("文件里的值")})
        expectReadable(image, shown, needle);

    QSignalSpy imported(importer(), &ImportController::importFinished);
    importer()->importRows(false);
    EXPECT_EQ(importer()->stage(), QStringLiteral("writing"));
    ASSERT_TRUE(imported.wait(20000));
    EXPECT_TRUE(imported.first().first().toBool()) << qPrintable(importer()->notice());
    ASSERT_TRUE(waitForFrame(m_window));
    EXPECT_EQ(storedRows(QStringLiteral("S6")), 3000);
    // The grid behind the page followed the write made on the worker's own connection.
    EXPECT_EQ(m_context->rosterController()->model()->totalRows(), 3000);
    image = grab(QStringLiteral("import_done.png"));
    shown = texts();
    expectReadable(image, shown, QStringLiteral("已导入 3000 行：新增 3000 行"));
    expectReadable(image, shown, QStringLiteral("返回名单"));

    // The same file again updates by 学籍号: nothing added.
    checkFile(dataFile(QStringLiteral("fitness_3000.csv")));
    QSignalSpy again(importer(), &ImportController::importFinished);
    importer()->importRows(false);
    ASSERT_TRUE(again.wait(20000));
    EXPECT_TRUE(importer()->notice().contains(QStringLiteral("新增 0 行")))
        << qPrintable(importer()->notice());
    EXPECT_EQ(storedRows(QStringLiteral("S6")), 3000);
}

TEST_F(ImportRenderTest, TheProblemsFileListsEveryProblemAndSavesTheReport)
{
    seedEnrolledSchool();
    startApp({1280, 900});
    openImport(QStringLiteral("S6"));
    checkFile(dataFile(QStringLiteral("fitness_problems.csv")));
    ASSERT_EQ(importer()->stage(), QStringLiteral("preview")) << qPrintable(importer()->fileError());
    EXPECT_GT(importer()->invalidCount(), 5);
    EXPECT_GT(importer()->validCount(), 0);
    const QVariantList page = importer()->problemPage();
    ASSERT_FALSE(page.isEmpty());
    bool heightRow4 = false;
    for (const QVariant &p : page) {
        const QVariantMap problem = p.toMap();
        if (problem.value("row").toInt() == 4 && problem.value("value").toString() == QLatin1String("300"))
            heightRow4 = problem.value("rule").toString() == QStringLiteral("超出范围") &&
                         problem.value("column").toString().contains(QStringLiteral("身高"));
    }
    EXPECT_TRUE(heightRow4) << "row 4's height 300 is listed with its column, value and rule";
    const QImage image = grab(QStringLiteral("import_problems.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("有错误 "), QStringLiteral("只导入没有错误的"), QStringLiteral("保存问题清单"),
          QStringLiteral("超出范围"), QStringLiteral("abc")})
        expectReadable(image, shown, needle);

    // Everything at once is refused while rows have errors.
    importer()->importRows(false);
    EXPECT_TRUE(importer()->noticeIsError());
    EXPECT_EQ(storedRows(QStringLiteral("S6")), 0);

    const QString report = m_dir.filePath(QStringLiteral("问题.xlsx"));
    ASSERT_TRUE(importer()->saveReport(QUrl::fromLocalFile(report)));
    QFile saved(report);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.read(2) == "PK") << "an XLSX is a zip";

    const int valid = importer()->validCount();
    QSignalSpy imported(importer(), &ImportController::importFinished);
    importer()->importRows(true);
    ASSERT_TRUE(imported.wait(20000));
    EXPECT_EQ(storedRows(QStringLiteral("S6")), valid);
}

TEST_F(ImportRenderTest, CancelLeavesNothingWritten)
{
    seedEnrolledSchool();
    startApp({1280, 800});
    openImport(QStringLiteral("S6"));
    // Cancelled while the worker reads and checks.
    importer()->chooseFile(QUrl::fromLocalFile(dataFile(QStringLiteral("fitness_3000.csv"))));
    importer()->cancel();
    EXPECT_EQ(importer()->stage(), QStringLiteral("choose"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !importer()->busy(); }, 20000));
    QCoreApplication::processEvents(); // a result already posted is dropped, not shown
    EXPECT_EQ(importer()->stage(), QStringLiteral("choose"));
    EXPECT_EQ(importer()->rowCount(), 0);
    EXPECT_TRUE(importer()->notice().contains(QStringLiteral("没有写入任何数据")));
    EXPECT_EQ(storedRows(QStringLiteral("S6")), 0);

    // Cancelled at the preview (不导入): nothing written, and import is no longer possible.
    checkFile(dataFile(QStringLiteral("fitness_3000.csv")));
    ASSERT_EQ(importer()->stage(), QStringLiteral("preview"));
    importer()->cancel();
    importer()->importRows(false);
    EXPECT_FALSE(importer()->busy());
    EXPECT_EQ(storedRows(QStringLiteral("S6")), 0);
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("import_cancelled.png"));
    expectReadable(image, texts(), QStringLiteral("已取消导入，没有写入任何数据。"));
}

TEST_F(ImportRenderTest, ATeacherListWithItsOwnHeadersIsMappedThenImported)
{
    seedEnrolledSchool();
    startApp({1280, 900});
    openImport(QStringLiteral("S3"));
    checkFile(dataFile(QStringLiteral("teachers_custom.xlsx")));
    EXPECT_EQ(importer()->stage(), QStringLiteral("choose"));
    EXPECT_TRUE(importer()->fileError().contains(QStringLiteral("「工号」")))
        << qPrintable(importer()->fileError());
    QStringList unknown;
    for (const QVariant &row : importer()->mappingRows())
        unknown << row.toMap().value("header").toString();
    EXPECT_TRUE(unknown.contains(QStringLiteral("人员代码"))) << qPrintable(unknown.join(","));
    EXPECT_TRUE(unknown.contains(QStringLiteral("文化程度"))) << qPrintable(unknown.join(","));
    importer()->setMapping(QStringLiteral("人员代码"), QStringLiteral("staff_no"));
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("import_mapping.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle : {QStringLiteral("列对应"), QStringLiteral("“人员代码” →"),
                                  QStringLiteral("按这样对应，重新检查"), QStringLiteral("缺少必需的列")})
        expectReadable(image, shown, needle);

    importer()->setMapping(QStringLiteral("文化程度"), QStringLiteral("degree"));
    QSignalSpy finished(importer(), &ImportController::checkFinished);
    importer()->check();
    ASSERT_TRUE(finished.wait(20000));
    ASSERT_EQ(importer()->stage(), QStringLiteral("preview")) << qPrintable(importer()->fileError());
    EXPECT_EQ(importer()->rowCount(), 4);
    QSignalSpy imported(importer(), &ImportController::importFinished);
    importer()->importRows(importer()->invalidCount() > 0);
    ASSERT_TRUE(imported.wait(20000));
    EXPECT_EQ(storedRows(QStringLiteral("S3")), importer()->validCount());
}
