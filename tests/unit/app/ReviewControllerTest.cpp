// The review page's controller and the school's comments, on a real store seeded as a sync would: what
// the page shows (values, warnings with the school's reasons, indicators, state, history, roster pages),
// the comments a reviewer may add, the decisions refused before anything is sent, a decision that cannot
// reach the server (the comments stay), and the school's view of a returned form.
#include "ReviewController.h"
#include "FormCatalog.h"
#include "LocalStore.h"
#include "ReviewFixture.h"
#include "SchoolComments.h"
#include "TestPin.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;
using namespace junheng::testing;

namespace {

const QString Cycle = QStringLiteral("2025");

QVariantMap findBy(const QVariantList &list, const QString &key, const QString &value)
{
    for (const QVariant &item : list)
        if (item.toMap().value(key).toString() == value)
            return item.toMap();
    return {};
}

class ReviewControllerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = LocalStore::open(m_dir.filePath("junheng.db")).value();
        ASSERT_TRUE(unlockForTests(*m_store).ok());
        m_catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
    }

    void seedTown(const QString &server = QStringLiteral("http://127.0.0.1:9"))
    {
        ASSERT_TRUE(m_store->saveEnrolment(reviewEnrolment("town", Cycle, server)).ok());
        ASSERT_TRUE(m_store->saveDirectory(reviewDirectory()).ok());
        m_s4 = pulledRecord("S4", Cycle, reviewS4());
        QList<LocalRecord> records{m_s4, pulledRecord("S1", Cycle, reviewS1())};
        for (int n = 1; n <= 120; ++n)
            records << pulledRecord("S3", Cycle, reviewTeacher(n));
        m_teacher7 = records.at(2 + 6).uuid;
        ASSERT_TRUE(m_store->applyPulled(records, 10).ok());
        ASSERT_TRUE(
            m_store
                ->applyReviewFeed({reviewCycle(Cycle)},
                                  {reviewNote(2, Cycle, "S4", "submitted", {}, "实验小学平板", "school"),
                                   reviewNote(3, Cycle, "S3", "submitted", {}, "实验小学平板", "school")},
                                  3)
                .ok());
    }

    std::unique_ptr<ReviewController> controller()
    {
        return std::make_unique<ReviewController>(m_store.get(), &m_catalog, nullptr);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    FormCatalog m_catalog;
    LocalRecord m_s4;
    QString m_teacher7;
};

} // namespace

TEST_F(ReviewControllerTest, ASingleFormShowsItsValuesWarningsWithReasonsIndicatorsStateAndHistory)
{
    seedTown();
    auto review = controller();
    QSignalSpy opened(review.get(), &ReviewController::opened);
    ASSERT_TRUE(review->open(ReviewSchool, "S4"));
    EXPECT_EQ(opened.size(), 1);
    EXPECT_EQ(review->schoolName(), ReviewSchoolName);
    EXPECT_EQ(review->townName(), "城关街道");
    EXPECT_FALSE(review->isRoster());
    EXPECT_EQ(review->recordUuid(), m_s4.uuid);
    EXPECT_EQ(review->state(), "submitted");
    EXPECT_EQ(review->stateLabel(), "待审核");
    EXPECT_TRUE(review->canApprove());
    EXPECT_TRUE(review->canReturn());
    EXPECT_TRUE(review->submittedText().contains("实验小学平板")) << review->submittedText().toStdString();
    EXPECT_TRUE(review->submittedText().contains("提交"));
    ASSERT_EQ(review->history().size(), 1);
    EXPECT_EQ(review->history().at(0).toMap().value("role").toString(), "学校");
    EXPECT_TRUE(review->emptyText().isEmpty());

    const QVariantMap outdoor = findBy(review->fields(), "fieldId", "sports_area_outdoor");
    EXPECT_EQ(outdoor.value("value").toString(), "90000");
    EXPECT_EQ(outdoor.value("unit").toString(), "㎡");
    EXPECT_EQ(outdoor.value("severity").toString(), "soft");
    EXPECT_EQ(outdoor.value("reason").toString(), "含新建的县体育场共用部分");
    const QVariantMap music = findBy(review->fields(), "fieldId", "music_room_areas");
    EXPECT_EQ(music.value("severity").toString(), "soft");
    EXPECT_TRUE(music.value("reason").toString().isEmpty());
    EXPECT_EQ(findBy(review->fields(), "fieldId", "classes").value("value").toString(), "24");
    EXPECT_TRUE(findBy(review->fields(), "fieldId", "classes").value("severity").toString().isEmpty());

    EXPECT_TRUE(review->issueSummary().contains("2 处提醒")) << review->issueSummary().toStdString();
    EXPECT_TRUE(review->issueSummary().contains("其中 1 处学校写了说明"))
        << review->issueSummary().toStdString();
    const QVariantMap explained = findBy(review->issues(), "fieldId", "sports_area_outdoor");
    EXPECT_EQ(explained.value("reason").toString(), "含新建的县体育场共用部分");

    // R1–R7 of the school's primary unit, from S1 (1003 students), S3 and S4 on this device.
    const QVariantMap r4 = findBy(review->indicators(), "code", "R4");
    ASSERT_FALSE(r4.isEmpty());
    EXPECT_EQ(r4.value("state").toString(), "pass"); // 8200.5 ㎡ / 1003 = 8.18 ≥ 4.5
    EXPECT_EQ(r4.value("section").toString(), "资源配置 · 小学部");
    const QVariantMap r7 = findBy(review->indicators(), "code", "R7");
    EXPECT_EQ(r7.value("state").toString(), "pass"); // 36 rooms per 1003 students × 100 = 3.59 ≥ 2.3
    EXPECT_FALSE(findBy(review->indicators(), "code", "R_rule").isEmpty());
    EXPECT_TRUE(review->indicatorSummary().contains("小学部")) << review->indicatorSummary().toStdString();
}

TEST_F(ReviewControllerTest, ARosterShowsItsRowsAPageAtATimeWithTheirMessagesAndFilters)
{
    seedTown();
    auto review = controller();
    ASSERT_TRUE(review->open(ReviewSchool, "S3"));
    EXPECT_TRUE(review->isRoster());
    EXPECT_EQ(review->rows().size(), ReviewController::PageSize);
    EXPECT_EQ(review->pageCount(), 3);
    EXPECT_TRUE(review->issueSummary().contains("共 120 行，1 行有错误，12 行有提醒"))
        << review->issueSummary().toStdString();
    const QVariantMap seventh = review->rows().at(6).toMap();
    EXPECT_EQ(seventh.value("uuid").toString(), m_teacher7);
    EXPECT_EQ(seventh.value("severity").toString(), "hard");
    EXPECT_TRUE(seventh.value("title").toString().contains("教师007"))
        << seventh.value("title").toString().toStdString();
    EXPECT_TRUE(seventh.value("title").toString().contains("T0007"));
    EXPECT_TRUE(seventh.value("messages").toString().contains("1930"))
        << seventh.value("messages").toString().toStdString();
    EXPECT_TRUE(seventh.value("summary").toString().contains("本科"))
        << seventh.value("summary").toString().toStdString();

    review->showPage(2);
    EXPECT_EQ(review->rows().size(), 20);
    EXPECT_EQ(review->rows().at(0).toMap().value("number").toInt(), 101);
    EXPECT_TRUE(review->rowsText().contains("共 120 行")) << review->rowsText().toStdString();

    review->setRowFilter(1);
    EXPECT_EQ(review->page(), 0);
    ASSERT_EQ(review->rows().size(), 1);
    EXPECT_EQ(review->rows().at(0).toMap().value("uuid").toString(), m_teacher7);
    review->setRowFilter(2);
    EXPECT_EQ(review->rows().size(), 12);

    const QVariantMap birth = findBy(review->rowFields(m_teacher7), "fieldId", "birth_year");
    EXPECT_EQ(birth.value("value").toString(), "1930");
    EXPECT_EQ(birth.value("severity").toString(), "hard");
    // A comment on a row and field names both.
    EXPECT_TRUE(review->addComment(m_teacher7, "birth_year", "出生年份有误，请核对。").isEmpty());
    const QVariantMap comment = review->comments().at(0).toMap();
    EXPECT_TRUE(comment.value("where").toString().contains("教师007"))
        << comment.value("where").toString().toStdString();
    EXPECT_TRUE(comment.value("where").toString().contains("出生年份"))
        << comment.value("where").toString().toStdString();
}

TEST_F(ReviewControllerTest, CommentsAreCheckedAndADecisionIsRefusedBeforeSendingWhenItCannotStand)
{
    seedTown();
    auto review = controller();
    ASSERT_TRUE(review->open(ReviewSchool, "S4"));
    QSignalSpy decided(review.get(), &ReviewController::decided);

    EXPECT_FALSE(review->returnForm());
    EXPECT_TRUE(review->notice().contains("审核人")) << review->notice().toStdString();
    EXPECT_TRUE(review->noticeIsError());

    review->setReviewer("王老师");
    EXPECT_FALSE(review->returnForm());
    EXPECT_TRUE(review->notice().contains("退回必须至少写一条意见")) << review->notice().toStdString();
    EXPECT_FALSE(review->isBusy());

    EXPECT_FALSE(review->addComment(m_s4.uuid, "sports_area_outdoor", "   ").isEmpty());
    EXPECT_TRUE(review->addComment(m_s4.uuid, "sports_area_outdoor", QString(501, QChar(u'字')))
                    .contains("最多 500 个字"));
    EXPECT_TRUE(review->addComment(m_s4.uuid, "no_such_field", "x").contains("no_such_field"));
    EXPECT_TRUE(review->comments().isEmpty());
    EXPECT_TRUE(review->addComment({}, {}, "请附上运动场的佐证材料。").isEmpty());
    EXPECT_EQ(review->comments().at(0).toMap().value("where").toString(), "整张表");
    review->removeComment(0);
    EXPECT_TRUE(review->comments().isEmpty());
    EXPECT_EQ(decided.size(), 0) << "nothing was sent";

    // Returned already: neither decision until the school submits again.
    ASSERT_TRUE(m_store
                    ->applyReviewFeed(
                        {}, {reviewNote(4, Cycle, "S4", "returned", {{m_s4.uuid, "classes", "班级数？"}})}, 4)
                    .ok());
    review->reload();
    EXPECT_FALSE(review->canApprove());
    EXPECT_FALSE(review->canReturn());
    EXPECT_FALSE(review->approve());
    EXPECT_TRUE(review->notice().contains("已退回")) << review->notice().toStdString();
    ASSERT_EQ(review->history().size(), 2);
    const QStringList texts = review->history().at(1).toMap().value("comments").toStringList();
    ASSERT_EQ(texts.size(), 1);
    EXPECT_TRUE(texts.at(0).contains("班级数")) << texts.at(0).toStdString();
}

TEST_F(ReviewControllerTest, AReturnThatCannotReachTheServerSaysSoAndKeepsTheComments)
{
    // A port nobody listens on: bind one, then close it.
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    seedTown(QStringLiteral("http://127.0.0.1:%1").arg(port));
    auto review = controller();
    ASSERT_TRUE(review->open(ReviewSchool, "S4"));
    review->setReviewer("王老师");
    ASSERT_TRUE(review->addComment(m_s4.uuid, "sports_area_outdoor", "室外运动场面积请核实。").isEmpty());
    QSignalSpy decided(review.get(), &ReviewController::decided);
    ASSERT_TRUE(review->returnForm());
    EXPECT_TRUE(review->isBusy());
    ASSERT_TRUE(decided.wait(20000));
    EXPECT_FALSE(decided.at(0).at(0).toBool());
    EXPECT_FALSE(review->isBusy());
    EXPECT_TRUE(review->noticeIsError());
    EXPECT_TRUE(review->notice().contains("连不上服务器")) << review->notice().toStdString();
    EXPECT_TRUE(review->notice().contains("1 条意见都还在")) << review->notice().toStdString();
    EXPECT_EQ(review->comments().size(), 1);
    EXPECT_EQ(m_store->submission(Cycle, ReviewSchool, "S4").state, "submitted");
}

TEST_F(ReviewControllerTest, TheSchoolSeesTheOpenCommentsOfAReturnedFormByFieldRowAndWholeForm)
{
    ASSERT_TRUE(m_store->saveEnrolment(reviewEnrolment("school", Cycle)).ok());
    const LocalRecord s4 = pulledRecord("S4", Cycle, reviewS4());
    const LocalRecord teacher = pulledRecord("S3", Cycle, reviewTeacher(7));
    ASSERT_TRUE(m_store->applyPulled({s4, teacher}, 2).ok());
    SchoolComments comments(m_store.get(), &m_catalog, nullptr);
    EXPECT_TRUE(comments.forms().isEmpty());
    QSignalSpy changed(&comments, &SchoolComments::changed);
    ASSERT_TRUE(
        m_store
            ->applyReviewFeed(
                {reviewCycle(Cycle)},
                {reviewNote(3, Cycle, "S4", "submitted"), reviewNote(4, Cycle, "S3", "submitted"),
                 reviewNote(5, Cycle, "S4", "returned",
                            {{s4.uuid, "sports_area_outdoor", "室外运动场面积请核实。"},
                             {{}, {}, "请补交佐证材料。"}}),
                 reviewNote(6, Cycle, "S3", "returned", {{teacher.uuid, "birth_year", "出生年份有误。"}})},
                6)
            .ok());
    EXPECT_GE(changed.size(), 1) << "follows the store";
    const QVariantMap s4Comments = comments.forms().value("S4").toMap();
    EXPECT_EQ(s4Comments.value("count").toInt(), 2);
    EXPECT_EQ(s4Comments.value("fields").toMap().value("sports_area_outdoor").toString(),
              "室外运动场面积请核实。");
    EXPECT_EQ(s4Comments.value("whole").toStringList(), QStringList{"请补交佐证材料。"});
    EXPECT_TRUE(s4Comments.value("returnedText").toString().contains("王老师"))
        << s4Comments.value("returnedText").toString().toStdString();
    const QVariantMap s3Comments = comments.forms().value("S3").toMap();
    EXPECT_EQ(s3Comments.value("rowUuids").toStringList(), QStringList{teacher.uuid});
    EXPECT_EQ(s3Comments.value("rows").toMap().value(teacher.uuid).toString(), "出生年份：出生年份有误。");

    // The school submits S4 again: its comments are no longer open.
    ASSERT_TRUE(m_store->applyReviewFeed({}, {reviewNote(7, Cycle, "S4", "submitted")}, 7).ok());
    EXPECT_FALSE(comments.forms().contains("S4"));
    EXPECT_TRUE(comments.forms().contains("S3"));
}
