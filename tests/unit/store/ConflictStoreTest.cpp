// The store's side of conflicts: the base payload, automatic merges, conflicts kept for a person, their
// resolution, history, and the outbox in detail for the sync page.
#include "LocalStore.h"
#include "Migrations.h"
#include "StoreSql.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

class ConflictStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = LocalStore::open(m_dir.filePath("junheng.db")).value();
    }

    // An S4 record finalised and confirmed by the server at revision 1.
    LocalRecord sentRecord(const QJsonObject &payload)
    {
        LocalRecord record;
        record.formId = "S4";
        record.formVersion = 1;
        record.schoolCode = "3703990101";
        record.cycle = "2025";
        auto draft = m_store->saveDraft(record, payload);
        EXPECT_TRUE(draft.ok());
        queue(draft->uuid, draft->revision);
        EXPECT_TRUE(m_store->confirmSent(draft->uuid, draft->revision).ok());
        return *m_store->record(draft->uuid);
    }

    // Finalise without validation (the content here is only for the merge): as finalise() does.
    void queue(const QString &uuid, int revision) { storetest::queueFinalised(uuid, revision); }

    LocalRecord serverCopy(const LocalRecord &local, int revision, const QJsonObject &payload)
    {
        LocalRecord server = local;
        server.revision = revision;
        server.baseRevision = revision - 1;
        server.serverRevision = revision;
        server.status = RecordStatus::Sent;
        server.payload = payload;
        server.updatedAt = QDateTime::currentDateTimeUtc();
        return server;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
};

const QJsonObject basePayload{{"classes", 36}, {"music_rooms", 2}};

} // namespace

TEST_F(ConflictStoreTest, AConfirmedRevisionBecomesTheBaseOfTheNextChange)
{
    const LocalRecord sent = sentRecord(basePayload);
    const auto base = m_store->basePayload(sent.uuid);
    ASSERT_TRUE(base.has_value());
    EXPECT_EQ(base->revision, 1);
    EXPECT_EQ(base->payload, basePayload);

    // An edit after sending does not move the base; the next confirmation does.
    auto edited = m_store->saveDraft(sent, QJsonObject{{"classes", 37}, {"music_rooms", 2}});
    ASSERT_TRUE(edited.ok());
    EXPECT_EQ(m_store->basePayload(sent.uuid)->revision, 1);
    queue(edited->uuid, edited->revision);
    ASSERT_TRUE(m_store->confirmSent(edited->uuid, edited->revision).ok());
    EXPECT_EQ(m_store->basePayload(sent.uuid)->revision, 2);
    EXPECT_EQ(m_store->basePayload(sent.uuid)->payload.value("classes").toInt(), 37);
}

TEST_F(ConflictStoreTest, ConfirmingCopiesNothingAndAnEditKeepsTheConfirmedPayloadAsItsBase)
{
    // Confirming a batch writes no base copy: the confirmed record is its own base until it is edited.
    LocalRecord record;
    record.formId = "S4";
    record.formVersion = 1;
    record.schoolCode = "3703990101";
    record.cycle = "2025";
    auto draft = m_store->saveDraft(record, basePayload);
    ASSERT_TRUE(draft.ok());
    queue(draft->uuid, draft->revision);
    ASSERT_TRUE(m_store->confirmSentMany({{draft->uuid, draft->revision}}).ok());
    QSqlQuery query = storetest::storeSql();
    auto baseRows = [&] {
        EXPECT_TRUE(query.exec("SELECT COUNT(*) FROM record_base") && query.next());
        return query.value(0).toInt();
    };
    EXPECT_EQ(baseRows(), 0);
    EXPECT_EQ(m_store->record(draft->uuid)->status, RecordStatus::Sent);
    ASSERT_TRUE(m_store->basePayload(draft->uuid).has_value());
    EXPECT_EQ(m_store->basePayload(draft->uuid)->payload, basePayload);

    // The edit copies the confirmed payload before replacing it, and that copy is the base from then on.
    const QJsonObject mine{{"classes", 40}, {"music_rooms", 2}};
    ASSERT_TRUE(m_store->saveDraft(*m_store->record(draft->uuid), mine).ok());
    EXPECT_EQ(baseRows(), 1);
    EXPECT_EQ(m_store->basePayload(draft->uuid)->revision, 1);
    EXPECT_EQ(m_store->basePayload(draft->uuid)->payload, basePayload);
    // A second edit before sending keeps the same base (the record no longer holds a confirmed revision).
    ASSERT_TRUE(m_store->saveDraft(*m_store->record(draft->uuid), QJsonObject{{"classes", 41}}).ok());
    EXPECT_EQ(m_store->basePayload(draft->uuid)->payload, basePayload);
}

TEST_F(ConflictStoreTest, APulledRevisionIsTheBaseEvenOverAnOlderCopy)
{
    const LocalRecord sent = sentRecord(basePayload);
    auto edited = m_store->saveDraft(sent, QJsonObject{{"classes", 37}, {"music_rooms", 2}});
    ASSERT_TRUE(edited.ok());
    queue(edited->uuid, edited->revision);
    ASSERT_TRUE(m_store->confirmSent(edited->uuid, edited->revision).ok()); // the copy of revision 1 stays
    const QJsonObject theirs{{"classes", 38}, {"music_rooms", 4}};
    LocalRecord pulled = serverCopy(sent, 3, theirs);
    ASSERT_TRUE(m_store->applyPulled({pulled}, 7).ok());
    const auto base = m_store->basePayload(sent.uuid);
    ASSERT_TRUE(base.has_value());
    EXPECT_EQ(base->revision, 3);
    EXPECT_EQ(base->payload, theirs);
}

TEST_F(ConflictStoreTest, AMergeBecomesANewRevisionOnTheServersAndGoesOutAgain)
{
    const LocalRecord sent = sentRecord(basePayload);
    auto edited = m_store->saveDraft(sent, QJsonObject{{"classes", 37}, {"music_rooms", 2}});
    queue(edited->uuid, edited->revision);
    const LocalRecord inFlight = *m_store->record(sent.uuid);
    ASSERT_EQ(inFlight.revision, 2);

    // Another device stored revisions 2 and 3.
    const QJsonObject theirs{{"classes", 36}, {"music_rooms", 3}};
    const QJsonObject merged{{"classes", 37}, {"music_rooms", 3}};
    ASSERT_TRUE(m_store->saveMerged(inFlight, serverCopy(sent, 3, theirs), merged, "自动合并").ok());

    const LocalRecord after = *m_store->record(sent.uuid);
    EXPECT_EQ(after.status, RecordStatus::Finalised);
    EXPECT_EQ(after.revision, 4);
    EXPECT_EQ(after.baseRevision, 3);
    EXPECT_EQ(after.serverRevision, 3);
    EXPECT_EQ(after.payload, merged);
    const QList<LocalRecord> outbox = m_store->outboxBatch(10);
    ASSERT_EQ(outbox.size(), 1);
    EXPECT_EQ(outbox.at(0).revision, 4);
    EXPECT_EQ(m_store->basePayload(sent.uuid)->revision, 3);
    EXPECT_EQ(m_store->basePayload(sent.uuid)->payload, theirs);
    const QList<RecordHistoryEntry> history = m_store->history(sent.uuid);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.at(0).kind, "merged");
    EXPECT_EQ(history.at(0).detail, QStringLiteral("自动合并"));
}

TEST_F(ConflictStoreTest, AMergeThatIsTheServersCopyTakesTheServersRevisionAndSendsNothing)
{
    const LocalRecord sent = sentRecord(basePayload);
    const QJsonObject same{{"classes", 38}, {"music_rooms", 2}};
    auto edited = m_store->saveDraft(sent, same);
    queue(edited->uuid, edited->revision);
    ASSERT_TRUE(
        m_store->saveMerged(*m_store->record(sent.uuid), serverCopy(sent, 2, same), same, "同样的修改").ok());
    const LocalRecord after = *m_store->record(sent.uuid);
    EXPECT_EQ(after.status, RecordStatus::Sent);
    EXPECT_EQ(after.revision, 2);
    EXPECT_EQ(after.serverRevision, 2);
    EXPECT_EQ(m_store->syncState().pending, 0);
}

TEST_F(ConflictStoreTest, AConflictLeavesTheOutboxKeepsTheServersCopyAndIsResolvedPerField)
{
    const LocalRecord sent = sentRecord(basePayload);
    const QJsonObject mine{{"classes", 37}, {"music_rooms", 2}};
    auto edited = m_store->saveDraft(sent, mine);
    queue(edited->uuid, edited->revision);
    const QJsonObject theirs{{"classes", 38}, {"music_rooms", 2}};
    ASSERT_TRUE(m_store
                    ->saveConflict(*m_store->record(sent.uuid), serverCopy(sent, 2, theirs), basePayload,
                                   {"classes"}, QStringLiteral("服务器上的这条记录已更新到第 2 版"))
                    .ok());

    SyncState state = m_store->syncState();
    EXPECT_EQ(state.pending, 0) << "a conflict is not sent again until a person chooses";
    EXPECT_EQ(state.quarantined, 0);
    EXPECT_EQ(state.conflicts, 1);
    const auto conflict = m_store->conflict(sent.uuid);
    ASSERT_TRUE(conflict.has_value());
    EXPECT_EQ(conflict->local, mine);
    EXPECT_EQ(conflict->server, theirs);
    ASSERT_TRUE(conflict->base.has_value());
    EXPECT_EQ(*conflict->base, basePayload);
    EXPECT_EQ(conflict->fields, QStringList{"classes"});
    EXPECT_EQ(conflict->serverRevision, 2);
    EXPECT_EQ(m_store->conflicts().size(), 1);

    auto resolved = m_store->resolveConflict(sent.uuid, theirs, true, "选择了服务器的");
    ASSERT_TRUE(resolved.ok()) << resolved.error().message.toStdString();
    EXPECT_EQ(resolved->status, RecordStatus::Sent) << "choosing the server's copy leaves nothing to send";
    EXPECT_EQ(m_store->syncState().conflicts, 0);

    // Again, choosing a mix: a new revision based on the server's, queued.
    ASSERT_TRUE(m_store
                    ->saveConflict(*m_store->record(sent.uuid), serverCopy(sent, 3, basePayload), theirs,
                                   {"classes"}, QStringLiteral("冲突"))
                    .ok());
    const QJsonObject mix{{"classes", 39}, {"music_rooms", 2}};
    resolved = m_store->resolveConflict(sent.uuid, mix, true, "逐项选择");
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved->status, RecordStatus::Finalised);
    EXPECT_EQ(resolved->revision, 4);
    EXPECT_EQ(resolved->baseRevision, 3);
    EXPECT_EQ(m_store->syncState().pending, 1);
    EXPECT_FALSE(m_store->resolveConflict(sent.uuid, mix, true, "").ok()) << "resolved twice";
    QStringList kinds;
    for (const RecordHistoryEntry &entry : m_store->history(sent.uuid))
        kinds << entry.kind;
    EXPECT_EQ(kinds, (QStringList{"conflict", "resolved", "conflict", "resolved"}));
}

TEST_F(ConflictStoreTest, ASecondCopyOfASingleFormContinuesTheServersRecord)
{
    LocalRecord record;
    record.formId = "S4";
    record.formVersion = 1;
    record.schoolCode = "3703990101";
    record.cycle = "2025";
    auto draft = m_store->saveDraft(record, QJsonObject{{"classes", 36}});
    queue(draft->uuid, 1);
    LocalRecord server = serverCopy(*m_store->record(draft->uuid), 1, QJsonObject{{"music_rooms", 2}});
    server.uuid = "0b7c3a52-1111-4222-8333-944455556666";
    ASSERT_TRUE(m_store
                    ->saveMerged(*m_store->record(draft->uuid), server,
                                 QJsonObject{{"classes", 36}, {"music_rooms", 2}}, "合并")
                    .ok());
    EXPECT_FALSE(m_store->record(draft->uuid).has_value()) << "the local second copy is dropped";
    const auto kept = m_store->record(server.uuid);
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->revision, 2);
    EXPECT_EQ(kept->baseRevision, 1);
    EXPECT_EQ(kept->payload, (QJsonObject{{"classes", 36}, {"music_rooms", 2}}));
    EXPECT_EQ(m_store->records("S4").size(), 1);
    EXPECT_EQ(m_store->outboxBatch(10).size(), 1);
}

TEST_F(ConflictStoreTest, FailedTriesAreCountedPerRecordWithTheirError)
{
    const LocalRecord sent = sentRecord(basePayload);
    auto edited = m_store->saveDraft(sent, QJsonObject{{"classes", 40}});
    queue(edited->uuid, edited->revision);
    ASSERT_TRUE(m_store->noteSendFailure({sent.uuid}, QStringLiteral("连不上服务器")).ok());
    ASSERT_TRUE(m_store->noteSendFailure({sent.uuid}, QStringLiteral("服务器繁忙")).ok());
    const QList<OutboxEntry> entries = m_store->outboxEntries(50);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.at(0).attempts, 2);
    EXPECT_EQ(entries.at(0).error, QStringLiteral("服务器繁忙"));
    EXPECT_FALSE(entries.at(0).quarantined);
    EXPECT_TRUE(m_store->record(sent.uuid)->syncError.isEmpty())
        << "a failed try is not a reason the record was set aside";
    ASSERT_TRUE(
        m_store->quarantine(sent.uuid, edited->revision, QStringLiteral("服务器拒收：格式不对")).ok());
    EXPECT_EQ(m_store->outboxEntries(50).at(0).error, QStringLiteral("服务器拒收：格式不对"));
}

TEST_F(ConflictStoreTest, AVersion2DatabaseGetsTheBaseOfItsSentRecords)
{
    const QString path = m_dir.filePath("old.db");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "old");
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(migrateLocalDatabase(db, 2).ok());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(
            "INSERT INTO records (uuid, form_id, form_version, school_code, cycle, status, revision,"
            " base_revision, server_revision, payload, payload_hash, created_at, updated_at) VALUES"
            " ('u1', 'S4', 1, '3703990101', '2025', 'sent', 2, 1, 2, '{\"classes\":36}', 'h', 't', 't'),"
            " ('u2', 'S4', 1, '3703990101', '2025', 'draft', 3, 1, 2, '{\"classes\":1}', 'h', 't', 't')"));
        db.close();
    }
    QSqlDatabase::removeDatabase("old");
    auto opened = LocalStore::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value()->schemaVersion(), LocalStore::SchemaVersion);
    const auto base = opened.value()->basePayload("u1");
    ASSERT_TRUE(base.has_value());
    EXPECT_EQ(base->revision, 2);
    EXPECT_EQ(base->payload, (QJsonObject{{"classes", 36}}));
    EXPECT_FALSE(opened.value()->basePayload("u2").has_value()) << "a draft's payload is not a base";
}
