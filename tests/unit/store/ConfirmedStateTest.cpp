// Confirming a push only takes its records out of the outbox; the record rows are not rewritten
// (RecordRows.h, confirmedHere). These tests read such records through every path that looks at a record's
// status or server revision, and change them through every path that moves them out of 'finalised'.
#include "LocalStore.h"
#include "StoreSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

class ConfirmedStateTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = LocalStore::open(m_dir.filePath("junheng.db")).value();
    }

    // An S4 draft, finalised as finalise() does (without validation) and queued at its revision.
    QString queued(const QJsonObject &payload, const QString &uuid = {})
    {
        LocalRecord record;
        if (!uuid.isEmpty())
            record = *m_store->record(uuid);
        else {
            record.formId = "S4";
            record.formVersion = 1;
            record.schoolCode = "3703990101";
            record.cycle = "2025";
        }
        auto draft = m_store->saveDraft(record, payload);
        EXPECT_TRUE(draft.ok());
        storetest::queueFinalised(draft->uuid, draft->revision);
        return draft->uuid;
    }

    QString rowStatus(const QString &uuid)
    {
        QSqlQuery query = storetest::storeSql();
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT status FROM records WHERE uuid = '%1'").arg(uuid)));
        return query.next() ? query.value(0).toString() : QString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
};

const QJsonObject first{{"classes", 36}, {"music_rooms", 2}};

} // namespace

TEST_F(ConfirmedStateTest, AConfirmedRecordIsSentThoughItsRowIsNotRewritten)
{
    const QString uuid = queued(first);
    EXPECT_EQ(m_store->unsentForms("2025"), QSet<QString>{"3703990101|S4"});
    ASSERT_TRUE(m_store->confirmSentMany({{uuid, 1}}).ok());
    EXPECT_EQ(rowStatus(uuid), "finalised") << "the row is left as it was";
    const LocalRecord record = *m_store->record(uuid);
    EXPECT_EQ(record.status, RecordStatus::Sent);
    EXPECT_EQ(record.serverRevision, 1);
    EXPECT_EQ(m_store->syncState().pending, 0);
    EXPECT_TRUE(m_store->unsentForms("2025").isEmpty());
    EXPECT_EQ(m_store->records("S4").at(0).status, RecordStatus::Sent);
}

TEST_F(ConfirmedStateTest, EditingAConfirmedRecordWritesItsServerRevisionAndBuildsOnIt)
{
    const QString uuid = queued(first);
    ASSERT_TRUE(m_store->confirmSent(uuid, 1).ok());
    const QString again = queued(QJsonObject{{"classes", 37}, {"music_rooms", 2}}, uuid);
    LocalRecord record = *m_store->record(again);
    EXPECT_EQ(record.revision, 2);
    EXPECT_EQ(record.serverRevision, 1) << "written into the row by the edit";
    EXPECT_EQ(record.baseRevision, 1) << "finalised on top of the confirmed revision";
    EXPECT_EQ(record.status, RecordStatus::Finalised);
    EXPECT_EQ(m_store->syncState().pending, 1);
}

TEST_F(ConfirmedStateTest, AConfirmationOfAnOlderRevisionNotesItWithoutSendingTheNewer)
{
    const QString uuid = queued(first);
    // Edited (and finalised again) while revision 1 was on its way: its confirmation comes afterwards.
    queued(QJsonObject{{"classes", 37}, {"music_rooms", 2}}, uuid);
    ASSERT_TRUE(m_store->confirmSentMany({{uuid, 1}}).ok());
    const LocalRecord record = *m_store->record(uuid);
    EXPECT_EQ(record.status, RecordStatus::Finalised) << "revision 2 still waits";
    EXPECT_EQ(record.revision, 2);
    EXPECT_EQ(record.serverRevision, 1);
    EXPECT_EQ(m_store->syncState().pending, 1);
}

TEST_F(ConfirmedStateTest, AReviewDecisionReachesAConfirmedRecord)
{
    const QString uuid = queued(first);
    ASSERT_TRUE(m_store->confirmSentMany({{uuid, 1}}).ok());
    ReviewNote note;
    note.seq = 1;
    note.cycleId = "2025";
    note.schoolCode = "3703990101";
    note.formId = "S4";
    note.state = "approved";
    note.at = QDateTime::currentDateTimeUtc();
    note.byName = QStringLiteral("王老师");
    note.byRole = "town";
    note.byDevice = "town-device";
    const auto fed = m_store->applyReviewFeed({}, {note}, 1);
    ASSERT_TRUE(fed.ok()) << fed.error().message.toStdString();
    const LocalRecord record = *m_store->record(uuid);
    EXPECT_EQ(record.status, RecordStatus::Accepted);
    EXPECT_EQ(record.serverRevision, 1);
}

TEST_F(ConfirmedStateTest, RequeueingSendsAConfirmedRecordAgainAsSent)
{
    const QString uuid = queued(first);
    ASSERT_TRUE(m_store->confirmSentMany({{uuid, 1}}).ok());
    ASSERT_EQ(m_store->requeueAll().value(), 1);
    EXPECT_EQ(m_store->syncState().pending, 1);
    const LocalRecord record = *m_store->record(uuid);
    EXPECT_EQ(record.status, RecordStatus::Sent) << "not a change of this device's";
    EXPECT_EQ(record.serverRevision, 1);
}

TEST_F(ConfirmedStateTest, ARecordInConflictIsNotSent)
{
    const QString uuid = queued(first);
    LocalRecord server = *m_store->record(uuid);
    server.revision = 1;
    server.serverRevision = 1;
    server.status = RecordStatus::Sent;
    server.payload = QJsonObject{{"classes", 40}, {"music_rooms", 2}};
    ASSERT_TRUE(
        m_store->saveConflict(*m_store->record(uuid), server, std::nullopt, {"classes"}, QStringLiteral("冲突")).ok());
    EXPECT_EQ(m_store->syncState().pending, 0);
    EXPECT_EQ(m_store->record(uuid)->status, RecordStatus::Finalised);
    EXPECT_EQ(m_store->unsentForms("2025"), QSet<QString>{"3703990101|S4"});
}
