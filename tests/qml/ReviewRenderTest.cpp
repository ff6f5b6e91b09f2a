// The review page on a town's device (review-single.png, review-roster.png), reached by a tap on the town
// home's review queue, and the school's tablet after a return: the form page with the comments beside
// their fields (form-returned.png), the roster with its commented rows marked and filtered
// (roster-returned.png) and the home page's card (home-returned.png).
#include "AppRenderFixture.h"
#include "ReviewController.h"
#include "ReviewFixture.h"
#include "RosterController.h"
#include "TestPin.h"

#include <QQuickItem>
#include <QTest>

using namespace junheng;
using namespace junheng::test;
using namespace junheng::testing;

namespace {

class ReviewRenderTest : public AppRenderTest
{
protected:
    // A town device with the school's S1, S3 (60 teachers) and S4 pulled, S3 and S4 submitted.
    void seedTown()
    {
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok());
        LocalStore &s = *store.value();
        ASSERT_TRUE(unlockForTests(s).ok());
        ASSERT_TRUE(s.saveEnrolment(reviewEnrolment("town", CycleId)).ok());
        ASSERT_TRUE(s.saveDirectory(reviewDirectory()).ok());
        m_s4 = pulledRecord("S4", CycleId, reviewS4());
        QList<LocalRecord> records{m_s4, pulledRecord("S1", CycleId, reviewS1())};
        for (int n = 1; n <= 60; ++n)
            records << pulledRecord("S3", CycleId, reviewTeacher(n));
        m_teacher7 = records.at(8).uuid;
        ASSERT_TRUE(s.applyPulled(records, 10).ok());
        ASSERT_TRUE(
            s.applyReviewFeed({reviewCycle(CycleId)},
                              {reviewNote(2, CycleId, "S4", "submitted", {}, "实验小学平板", "school"),
                               reviewNote(3, CycleId, "S3", "submitted", {}, "实验小学平板", "school")},
                              3)
                .ok());
    }

    // The school's tablet: S4 and S3 returned with comments on fields, a row and the whole form.
    void seedReturnedSchool()
    {
        auto store = LocalStore::open(storePath());
        ASSERT_TRUE(store.ok());
        LocalStore &s = *store.value();
        ASSERT_TRUE(unlockForTests(s).ok());
        ASSERT_TRUE(s.saveEnrolment(reviewEnrolment("school", CycleId)).ok());
        m_s4 = pulledRecord("S4", CycleId, reviewS4());
        QList<LocalRecord> records{m_s4};
        for (int n = 1; n <= 30; ++n)
            records << pulledRecord("S3", CycleId, reviewTeacher(n));
        m_teacher7 = records.at(7).uuid;
        m_teacher12 = records.at(12).uuid;
        ASSERT_TRUE(s.applyPulled(records, 10).ok());
        ASSERT_TRUE(
            s.applyReviewFeed(
                 {reviewCycle(CycleId)},
                 {reviewNote(2, CycleId, "S4", "submitted", {}, "实验小学平板", "school"),
                  reviewNote(3, CycleId, "S3", "submitted", {}, "实验小学平板", "school"),
                  reviewNote(4, CycleId, "S4", "returned",
                             {{m_s4.uuid, "sports_area_outdoor", "室外运动场面积比上年多了一倍，请核实。"},
                              {{}, {}, "请补交运动场的佐证材料。"}}),
                  reviewNote(5, CycleId, "S3", "returned",
                             {{m_teacher7, "birth_year", "出生年份有误，请核对身份证。"},
                              {m_teacher12, {}, "这位老师已调走，请删除。"}})},
                 5)
                .ok());
    }

    void tap(const QString &objectName)
    {
        QQuickItem *item = findItem(m_window->contentItem(), objectName);
        ASSERT_NE(item, nullptr) << qPrintable(objectName);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    }

    void waitForDepth(int depth)
    {
        QObject *pages = stack();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return pages->property("depth").toInt() == depth && !pages->property("busy").toBool(); },
            5000));
        ASSERT_TRUE(waitForFrame(m_window));
    }

    LocalRecord m_s4;
    QString m_teacher7, m_teacher12;
};

} // namespace

TEST_F(ReviewRenderTest, AQueueEntryOpensTheReviewPageOfASingleFormWithWarningsIndicatorsAndComments)
{
    seedTown();
    startApp();
    tap(QStringLiteral("queue_%1_S4").arg(ReviewSchool));
    waitForDepth(2);
    ReviewController *review = m_context->reviewController();
    EXPECT_EQ(review->formId(), "S4");
    ASSERT_TRUE(review->addComment(m_s4.uuid, "sports_area_outdoor", "室外运动场面积请核实。").isEmpty());
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("review-single.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("云溪县实验小学 · S4"), QStringLiteral("待审核"), QStringLiteral("90000 ㎡"),
          QStringLiteral("学校说明：含新建的县体育场共用部分"), QStringLiteral("实验小学平板 于"),
          QStringLiteral("数据检查：0 处错误，2 处提醒"), QStringLiteral("室外运动场面积请核实。"),
          QStringLiteral("退回（1 条意见）"), QStringLiteral("通过")})
        expectReadable(image, shown, needle);
    // Further down the side panel, which scrolls.
    EXPECT_NE(findText(shown, QStringLiteral("本校指标")), nullptr) << qPrintable(describe(shown));
    EXPECT_NE(findText(shown, QStringLiteral("R4")), nullptr) << qPrintable(describe(shown));

    // Return without a reviewer: said in the footer, nothing sent.
    tap(QStringLiteral("returnButton"));
    ASSERT_TRUE(waitForFrame(m_window));
    EXPECT_TRUE(review->notice().contains(QStringLiteral("审核人"))) << qPrintable(review->notice());
    EXPECT_FALSE(review->isBusy());
}

TEST_F(ReviewRenderTest, TheReviewPageOfARosterShowsAPageOfRowsWithTheirMessages)
{
    seedTown();
    startApp();
    tap(QStringLiteral("queue_%1_S3").arg(ReviewSchool));
    waitForDepth(2);
    ReviewController *review = m_context->reviewController();
    ASSERT_TRUE(review->isRoster());
    ASSERT_TRUE(review->addComment(m_teacher7, "birth_year", "出生年份有误，请核对。").isEmpty());
    ASSERT_TRUE(waitForFrame(m_window));
    const QImage image = grab(QStringLiteral("review-roster.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("第 1–50 行，共 60 行（第 1/2 页）"), QStringLiteral("教师001"),
          QStringLiteral("教师007"), QStringLiteral("1 条意见"),
          QStringLiteral("共 60 行，1 行有错误，6 行有提醒"), QStringLiteral("下一页")})
        expectReadable(image, shown, needle);
    review->showPage(1);
    ASSERT_TRUE(waitForFrame(m_window));
    EXPECT_NE(findText(texts(), QStringLiteral("教师051")), nullptr) << "the second page starts at row 51";
    EXPECT_NE(findText(texts(), QStringLiteral("第 51–60 行，共 60 行（第 2/2 页）")), nullptr);
}

TEST_F(ReviewRenderTest, TheSchoolSeesTheCommentsOfAReturnedFormBesideTheirFieldsAndOnItsCard)
{
    seedReturnedSchool();
    startApp();
    const QImage home = grab(QStringLiteral("home-returned.png"));
    expectReadable(home, texts(), QStringLiteral("已退回：2 条审核意见"));
    openForm(QStringLiteral("S4"));
    const QImage image = grab(QStringLiteral("form-returned.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle :
         {QStringLiteral("王老师（镇街） 于"), QStringLiteral("请补交运动场的佐证材料。"),
          QStringLiteral("室外运动场面积比上年多了一倍，请核实。")})
        expectReadable(image, shown, needle);
}

TEST_F(ReviewRenderTest, TheSchoolsRosterMarksTheRowsWithCommentsAndFiltersThem)
{
    seedReturnedSchool();
    startApp();
    openForm(QStringLiteral("S3"));
    const QImage image = grab(QStringLiteral("roster-returned.png"));
    const QList<ShownText> shown = texts();
    for (const QString &needle : {QStringLiteral("2 行有意见"), QStringLiteral("有退回意见的行（2）")})
        expectReadable(image, shown, needle);
    const auto visibleMarks = [this] {
        int marks = 0;
        // Shown means inside its table's viewport: the table keeps spare delegates for reuse.
        for (QQuickItem *item : findItems(m_window->contentItem(), QStringLiteral("commentMark"))) {
            QQuickItem *view = item->parentItem();
            while (view && !view->inherits("QQuickFlickable"))
                view = view->parentItem();
            const QRectF box = item->mapRectToItem(view, QRectF(0, 0, item->width(), item->height()));
            marks += item->isVisible() && view && box.intersects(QRectF(0, 0, view->width(), view->height()));
        }
        return marks;
    };
    EXPECT_GE(visibleMarks(), 1) << "teacher 7 is on the first screen";

    tap(QStringLiteral("commentedRowsFilter"));
    ASSERT_TRUE(waitForFrame(m_window));
    EXPECT_EQ(m_context->rosterController()->model()->shownRows(), 2);
    // The table lays its rows out again on a later frame.
    EXPECT_TRUE(QTest::qWaitFor([&] { return visibleMarks() == 2; }, 5000)) << visibleMarks();
    grab(QStringLiteral("roster-returned-filter.png"));
    EXPECT_NE(findText(texts(), QStringLiteral("显示全部行")), nullptr);
}
