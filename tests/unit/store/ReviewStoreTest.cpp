// The store's "review" step: pulled cycles, review notes and the school directory, and what they do to the
// device's records and the completeness view.
#include "Completeness.h"
#include "FormCatalog.h"
#include "LocalStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

constexpr char School[] = "3703990101";

class ReviewStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = LocalStore::open(m_dir.filePath("junheng.db"));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
        m_catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
        ASSERT_TRUE(m_store
                        ->saveEnrolment(Enrolment{"http://127.0.0.1:1",
                                                  "token",
                                                  "device",
                                                  "school",
                                                  School,
                                                  "实验小学",
                                                  "城关街道",
                                                  "云溪县",
                                                  "2025",
                                                  "2025年度",
                                                  {}})
                        .ok());
    }

    // A record of S4 the server has confirmed (status sent).
    QString sentS4()
    {
        LocalRecord record;
        record.formId = "S4";
        record.formVersion = 1;
        record.schoolCode = School;
        record.cycle = "2026";
        LocalRecord remote = record;
        remote.uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        remote.status = RecordStatus::Sent;
        remote.revision = 1;
        remote.payload = QJsonObject{{"classes", 36}};
        remote.updatedAt = QDateTime::currentDateTimeUtc();
        EXPECT_TRUE(m_store->applyPulled({remote}, 1).ok());
        return remote.uuid;
    }

    static ReviewNote note(qint64 seq, const QString &state, QList<ReviewNoteComment> comments = {})
    {
        return ReviewNote{seq,     "2026",   School, "S4",    state, false, QDateTime::currentDateTimeUtc(),
                          "dev-1", "王老师", "town", comments};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    FormCatalog m_catalog;
};

} // namespace

TEST_F(ReviewStoreTest, APublishedCycleBecomesTheDevicesCurrentCycleAndACloseKeepsItsForms)
{
    CycleInfo cycle{"2026",
                    "2026年度优质均衡监测",
                    "2026-03-01",
                    "2026-05-31",
                    "open",
                    "shandong",
                    {{"S4", 1}},
                    QJsonObject{{"S4", QJsonObject{{"id", "S4"}}}},
                    5};
    ASSERT_TRUE(m_store->applyReviewFeed({cycle}, {}, 5).ok());
    EXPECT_EQ(m_store->enrolment()->cycleId, "2026");
    EXPECT_EQ(m_store->enrolment()->cycleName, "2026年度优质均衡监测");
    EXPECT_EQ(m_store->reviewCursor(), 5);
    cycle.state = "closed";
    cycle.forms = {};
    cycle.seq = 7;
    ASSERT_TRUE(m_store->applyReviewFeed({cycle}, {}, 7).ok());
    const auto stored = m_store->cycle("2026");
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, "closed");
    EXPECT_EQ(stored->forms.value("S4").toObject().value("id").toString(), "S4");
    EXPECT_EQ(m_store->enrolment()->cycleId, "2026") << "late work still belongs to it";
}

TEST_F(ReviewStoreTest, NotesMoveTheSubmissionAndTheRecordsAndKeepTheOpenReturnsComments)
{
    const QString uuid = sentS4();
    ASSERT_TRUE(m_store->applyReviewFeed({}, {note(10, "submitted")}, 10).ok());
    ASSERT_TRUE(
        m_store->applyReviewFeed({}, {note(11, "returned", {{uuid, "classes", "班级数与名册不符"}})}, 11)
            .ok());
    EXPECT_EQ(m_store->submission("2026", School, "S4").state, "returned");
    EXPECT_EQ(m_store->submission("2026", School, "S4").submittedSeq, 10);
    EXPECT_EQ(m_store->record(uuid)->status, RecordStatus::Returned);
    const QList<ReviewNoteComment> comments = m_store->openComments("2026", School, "S4");
    ASSERT_EQ(comments.size(), 1);
    EXPECT_EQ(comments.at(0).field, "classes");
    EXPECT_EQ(comments.at(0).recordUuid, uuid);

    // The same note again (applied at once, then pulled) and an older one change nothing.
    ASSERT_TRUE(m_store->applyReviewFeed({}, {note(11, "returned"), note(9, "submitted")}, 11).ok());
    EXPECT_EQ(m_store->submission("2026", School, "S4").state, "returned");
    EXPECT_EQ(m_store->reviewHistory("2026", School, "S4").size(), 3);

    ASSERT_TRUE(m_store->applyReviewFeed({}, {note(12, "submitted"), note(13, "approved")}, 13).ok());
    EXPECT_EQ(m_store->record(uuid)->status, RecordStatus::Accepted);
    EXPECT_TRUE(m_store->openComments("2026", School, "S4").isEmpty());
    const QList<ReviewNote> history = m_store->reviewHistory("2026", School, "S4");
    ASSERT_EQ(history.size(), 5);
    EXPECT_EQ(history.last().byName, "王老师");
    EXPECT_EQ(history.last().state, "approved");
}

TEST_F(ReviewStoreTest, ANoteWithoutItsAuthorOrTimeIsKeptAndDoesNotBlockTheFeed)
{
    const QString uuid = sentS4();
    ReviewNote bare = note(30, "approved");
    bare.byDevice = QString();
    bare.byName = QString();
    bare.byRole = QString();
    bare.at = QDateTime();
    auto applied = m_store->applyReviewFeed({}, {note(29, "submitted"), bare}, 30);
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    EXPECT_EQ(m_store->reviewCursor(), 30);
    EXPECT_EQ(m_store->submission("2026", School, "S4").state, "approved");
    EXPECT_EQ(m_store->record(uuid)->status, RecordStatus::Accepted);
    const QList<ReviewNote> history = m_store->reviewHistory("2026", School, "S4");
    ASSERT_EQ(history.size(), 2);
    EXPECT_TRUE(history.last().byName.isEmpty());
}

TEST_F(ReviewStoreTest, ARecordBeingCorrectedKeepsItsOwnStatus)
{
    const QString uuid = sentS4();
    auto draft = m_store->saveDraft(*m_store->record(uuid), QJsonObject{{"classes", 30}});
    ASSERT_TRUE(draft.ok()) << draft.error().message.toStdString();
    ASSERT_TRUE(m_store->applyReviewFeed({}, {note(20, "approved")}, 20).ok());
    EXPECT_EQ(m_store->record(uuid)->status, RecordStatus::Draft);
}

TEST_F(ReviewStoreTest, CompletenessShowsEverySchoolByTownWithDraftsAndStates)
{
    ASSERT_TRUE(m_store
                    ->saveDirectory({{School, "实验小学", "370399001", "城关街道", "primary", 1800},
                                     {"3703990102", "二小", "370399001", "城关街道", "primary", 900},
                                     {"3703990201", "东城小学", "370399002", "东城街道", "primary", 600}})
                    .ok());
    CycleInfo cycle{
        "2026", "2026年度", "2026-03-01", "2026-05-31", "open", "national", {{"S1", 1}, {"S4", 1}, {"C1", 1}},
        {},     1};
    ASSERT_TRUE(m_store->applyReviewFeed({cycle}, {note(2, "submitted")}, 2).ok());
    LocalRecord draft;
    draft.formId = "S1";
    draft.formVersion = 1;
    draft.schoolCode = "3703990102";
    draft.cycle = "2026";
    ASSERT_TRUE(m_store->saveDraft(draft, QJsonObject{{"founded_year", 1990}}).ok());

    const CompletenessTable table = CompletenessTable::build(*m_store, "2026");
    EXPECT_EQ(table.forms, (QStringList{"S1", "S4"})) << "C1 is the county's";
    EXPECT_EQ(table.deadline, QDateTime(QDate(2026, 5, 31), QTime(16, 0), Qt::UTC));
    ASSERT_EQ(table.rows.size(), 3);
    EXPECT_EQ(table.rows.at(0).cells.at(1).state, "submitted");
    EXPECT_EQ(table.rows.at(0).cells.at(1).byName, "王老师");
    EXPECT_EQ(table.rows.at(1).cells.at(0).state, "draft");
    EXPECT_EQ(table.rows.at(2).cells.at(0).state, "not_started");
    ASSERT_EQ(table.towns.size(), 2);
    EXPECT_EQ(table.towns.at(0).schools, 2);
    EXPECT_EQ(table.towns.at(1).townName, "东城街道");
    EXPECT_EQ(table.states.value("not_started"), 4);
}
