// The review page's controller deciding against the real server (a child process on loopback): a
// school's S4 arrives through the CLI; the town's device (store, engine and ReviewController in this
// process) returns it with a comment on a field, and the school's CLI sees the comment; after the school
// corrects it and another reviewer returns it again, a decision on what this device saw is refused as
// stale, the typed comments stay, and after a sync the town approves. The store follows each step.
#include "FormCatalog.h"
#include "LocalStore.h"
#include "ReviewController.h"
#include "ServerProcess.h"
#include "SyncEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

const QString SchoolA = QStringLiteral("3703990101");
const QString TownA = QStringLiteral("370399001");

const QJsonObject s4Payload{{"teaching_area", 8200.5},         {"sports_area_outdoor", 12600},
                            {"sports_area_indoor", 0},         {"equipment_value", 3900000},
                            {"multimedia_rooms", 36},          {"music_rooms", 2},
                            {"music_room_areas", "96、102.5"}, {"art_rooms", 2},
                            {"art_room_areas", "90, 96"},      {"classes", 36}};

class ReviewPageDecideTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_serverDir.isValid() && m_schoolDir.isValid() && m_town2Dir.isValid() &&
                    m_townDir.isValid());
        const ProcessResult demo =
            runProgram(JUNHENG_SERVER_BIN, {"init-demo", "--data-dir", m_serverDir.path()});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        m_server = std::make_unique<ServerProcess>(m_serverDir.path());
        QString why;
        ASSERT_TRUE(m_server->start(0, &why)) << why.toStdString();
        m_catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
    }

    QString issue(const QStringList &scope)
    {
        const ProcessResult issued = runProgram(
            JUNHENG_SERVER_BIN, QStringList{"issue-code", "--data-dir", m_serverDir.path()} + scope);
        EXPECT_EQ(issued.exitCode, 0) << issued.err.toStdString();
        return issued.out.trimmed();
    }

    QJsonObject cli(const QTemporaryDir &dir, const QStringList &arguments)
    {
        const ProcessResult result =
            runProgram(JUNHENG_CLI_BIN, QStringList{"--data-dir", dir.path(), "--json"} + arguments);
        EXPECT_EQ(result.exitCode, 0) << arguments.join(' ').toStdString() << "\n"
                                      << result.out.toStdString() << result.err.toStdString();
        return result.json();
    }

    void schoolSubmits(const QJsonObject &payload)
    {
        QFile file(m_schoolDir.filePath("s4.json"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(payload).toJson());
        file.close();
        cli(m_schoolDir, {"fill", "S4", file.fileName(), "--finalise"});
        cli(m_schoolDir, {"sync"});
    }

    bool townSyncs()
    {
        QSignalSpy done(m_engine.get(), &SyncEngine::syncFinished);
        return m_engine->syncNow() && done.wait(30000) && done.at(0).at(0).toBool();
    }

    // Waits for the decision's answer; true when the server took it.
    bool decided(ReviewController &review, bool approve)
    {
        QSignalSpy done(&review, &ReviewController::decided);
        if (!(approve ? review.approve() : review.returnForm()))
            return false;
        EXPECT_TRUE(done.wait(20000));
        return !done.isEmpty() && done.at(0).at(0).toBool();
    }

    QTemporaryDir m_serverDir, m_schoolDir, m_town2Dir, m_townDir;
    std::unique_ptr<ServerProcess> m_server;
    FormCatalog m_catalog;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace

TEST_F(ReviewPageDecideTest, TheTownReturnsWithAFieldCommentIsToldOfAStaleDecisionAndApprovesAfterASync)
{
    cli(m_schoolDir, {"enrol", "--server", m_server->url().toString(), "--code", issue({"--school", SchoolA}),
                      "--name", "实验小学平板"});
    schoolSubmits(s4Payload);

    // The town's device, as the app runs it.
    m_store = LocalStore::open(m_townDir.filePath("junheng.db")).value();
    m_engine = std::make_unique<SyncEngine>(m_store.get());
    {
        QSignalSpy enrolled(m_engine.get(), &SyncEngine::enrolFinished);
        m_engine->enrol(m_server->url(), issue({"--town", TownA}), QStringLiteral("城关街道审核电脑"));
        ASSERT_TRUE(enrolled.wait(20000));
        ASSERT_TRUE(enrolled.at(0).at(0).toBool()) << enrolled.at(0).at(1).toString().toStdString();
    }
    ASSERT_TRUE(townSyncs());
    const QString cycle = m_store->enrolment()->cycleId;

    ReviewController review(m_store.get(), &m_catalog, m_engine.get());
    QSignalSpy dataChanged(&review, &ReviewController::reviewDataChanged);
    ASSERT_TRUE(review.open(SchoolA, "S4"));
    EXPECT_EQ(review.state(), "submitted");
    ASSERT_FALSE(review.recordUuid().isEmpty()) << review.emptyText().toStdString();
    EXPECT_TRUE(review.submittedText().contains("实验小学平板")) << review.submittedText().toStdString();

    // Return with a comment on a field.
    review.setReviewer("王老师");
    ASSERT_TRUE(
        review.addComment(review.recordUuid(), "sports_area_outdoor", "室外运动场面积请核实。").isEmpty());
    ASSERT_TRUE(decided(review, false)) << review.notice().toStdString();
    EXPECT_EQ(m_store->submission(cycle, SchoolA, "S4").state, "returned") << "applied to the store at once";
    EXPECT_EQ(review.state(), "returned");
    EXPECT_TRUE(review.comments().isEmpty());
    EXPECT_TRUE(review.notice().contains("已退回给学校")) << review.notice().toStdString();
    EXPECT_GE(dataChanged.size(), 1);
    const QList<ReviewNote> history = m_store->reviewHistory(cycle, SchoolA, "S4");
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(1).byName, "王老师");
    ASSERT_EQ(history.at(1).comments.size(), 1);
    EXPECT_EQ(history.at(1).comments.at(0).field, "sports_area_outdoor");
    EXPECT_EQ(history.at(1).comments.at(0).recordUuid, review.recordUuid());

    // The school sees the comment.
    cli(m_schoolDir, {"sync"});
    const QJsonArray shown = cli(m_schoolDir, {"review", "show", "S4"}).value("comments").toArray();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.at(0).toObject().value("text").toString(), "室外运动场面积请核实。");

    // The school corrects; the town syncs (the page follows) and sees the new submission.
    QJsonObject corrected = s4Payload;
    corrected.insert("sports_area_outdoor", 6300);
    schoolSubmits(corrected);
    ASSERT_TRUE(townSyncs());
    EXPECT_EQ(review.state(), "submitted") << "reloaded after the sync";
    EXPECT_EQ(review.fields().isEmpty(), false);

    // Meanwhile another reviewer returns it and the school submits once more: this device's view is stale.
    cli(m_town2Dir, {"enrol", "--server", m_server->url().toString(), "--code", issue({"--town", TownA}),
                     "--name", "镇街第二台"});
    cli(m_town2Dir, {"sync"});
    cli(m_town2Dir,
        {"review", "return", SchoolA, "S4", "--reviewer", "李老师", "--comment", "classes=班级数请核对。"});
    corrected.insert("classes", 35);
    schoolSubmits(corrected);
    ASSERT_TRUE(review.addComment({}, {}, "请附上运动场的佐证材料。").isEmpty());
    EXPECT_FALSE(decided(review, true));
    EXPECT_TRUE(review.noticeIsError());
    EXPECT_TRUE(review.notice().contains("重新提交")) << review.notice().toStdString();
    EXPECT_TRUE(review.notice().contains("请先同步")) << review.notice().toStdString();
    EXPECT_EQ(review.comments().size(), 1) << "the typed comment stays";
    EXPECT_EQ(m_store->submission(cycle, SchoolA, "S4").state, "submitted");

    // After a sync the decision goes through.
    ASSERT_TRUE(townSyncs());
    ASSERT_TRUE(decided(review, true)) << review.notice().toStdString();
    EXPECT_EQ(m_store->submission(cycle, SchoolA, "S4").state, "approved");
    EXPECT_EQ(review.stateLabel(), "已通过");
    EXPECT_EQ(m_store->reviewHistory(cycle, SchoolA, "S4").constLast().byName, "王老师");
}
