#include "LocalStore.h"
#include "FormCatalog.h"
#include "RecordRows.h"
#include "StoreSql.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;

namespace {

class LocalStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = LocalStore::open(m_dir.filePath("junheng.db"));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
        m_catalog = FormCatalog::load(FormCatalog::builtInDirectory).value();
    }

    LocalRecord newS4() const
    {
        LocalRecord record;
        record.formId = "S4";
        record.formVersion = 1;
        record.schoolCode = "3703990101";
        record.cycle = "2025";
        return record;
    }

    static QJsonObject completeS4()
    {
        return QJsonObject{{"teaching_area", 8200.5},
                           {"sports_area_outdoor", 12000},
                           {"sports_area_indoor", 0},
                           {"equipment_value", 3600000},
                           {"multimedia_rooms", 36},
                           {"music_rooms", 1},
                           {"music_room_areas", QJsonArray{96}},
                           {"art_rooms", 0},
                           {"classes", 36}};
    }

    const FormDefinition &s4() const { return *m_catalog.find("S4"); }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    FormCatalog m_catalog;
};

} // namespace

TEST_F(LocalStoreTest, ANewDatabaseIsAtTheCurrentSchemaInWalMode)
{
    EXPECT_EQ(m_store->schemaVersion(), LocalStore::SchemaVersion);
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "probe");
    db.setDatabaseName(m_dir.filePath("junheng.db"));
    ASSERT_TRUE(db.open());
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec("PRAGMA journal_mode") && query.next());
    EXPECT_EQ(query.value(0).toString(), "wal");
    query.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase("probe");
}

TEST_F(LocalStoreTest, ABatchReadsTheOutboxInSendingOrderFromItsIndexWithoutSorting)
{
    // Sorting the whole outbox for every batch showed in a sync's profile (thousands of rows waiting).
    QSqlQuery query = storetest::storeSql();
    ASSERT_TRUE(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + QLatin1String(outboxQueueSql)));
    query.addBindValue(1000);
    ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    QStringList plan;
    while (query.next())
        plan << query.value(3).toString();
    const QString text = plan.join(QStringLiteral(" | "));
    EXPECT_TRUE(text.contains(QStringLiteral("outbox_queue"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("TEMP B-TREE"))) << text.toStdString();
}

TEST_F(LocalStoreTest, ADatabaseFromANewerAppIsRefusedAndLeftAlone)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "newer");
        db.setDatabaseName(m_dir.filePath("newer.db"));
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec("PRAGMA user_version = 99");
        db.close();
    }
    QSqlDatabase::removeDatabase("newer");
    auto opened = LocalStore::open(m_dir.filePath("newer.db"));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, "store.too_new");
}

TEST_F(LocalStoreTest, ReopeningKeepsEverything)
{
    auto saved = m_store->saveDraft(newS4(), completeS4());
    ASSERT_TRUE(saved.ok());
    m_store.reset();
    auto reopened = LocalStore::open(m_dir.filePath("junheng.db"));
    ASSERT_TRUE(reopened.ok());
    auto record = reopened.value()->record(saved->uuid);
    ASSERT_TRUE(record.has_value());
    EXPECT_EQ(record->payload, completeS4());
    EXPECT_EQ(record->status, RecordStatus::Draft);
}

TEST_F(LocalStoreTest, ADraftIsNotInTheOutbox)
{
    ASSERT_TRUE(m_store->saveDraft(newS4(), completeS4()).ok());
    EXPECT_EQ(m_store->syncState().pending, 0);
    EXPECT_TRUE(m_store->outboxBatch(10).isEmpty());
}

TEST_F(LocalStoreTest, FinalisingRefusesHardErrorsAndChangesNothing)
{
    QJsonObject payload = completeS4();
    payload["teaching_area"] = -1;
    auto saved = m_store->saveDraft(newS4(), payload);
    ASSERT_TRUE(saved.ok());
    auto finalised = m_store->finalise(saved->uuid, s4());
    ASSERT_FALSE(finalised.ok());
    EXPECT_EQ(finalised.error().code, "record.invalid");
    EXPECT_TRUE(finalised.error().message.contains(QStringLiteral("教学及辅助用房面积")));
    EXPECT_EQ(m_store->record(saved->uuid)->status, RecordStatus::Draft);
    EXPECT_EQ(m_store->syncState().pending, 0);
}

TEST_F(LocalStoreTest, FinalisingPutsTheRecordInTheOutbox)
{
    auto saved = m_store->saveDraft(newS4(), completeS4());
    auto finalised = m_store->finalise(saved->uuid, s4());
    ASSERT_TRUE(finalised.ok()) << finalised.error().message.toStdString();
    EXPECT_EQ(finalised->status, RecordStatus::Finalised);
    const auto batch = m_store->outboxBatch(10);
    ASSERT_EQ(batch.size(), 1);
    EXPECT_EQ(batch.first().uuid, saved->uuid);
    EXPECT_EQ(batch.first().revision, 1);
    EXPECT_EQ(batch.first().baseRevision, 0);
    EXPECT_EQ(m_store->syncState().pending, 1);
}

TEST_F(LocalStoreTest, ConfirmationMarksSentAndEmptiesTheOutbox)
{
    auto saved = m_store->saveDraft(newS4(), completeS4());
    ASSERT_TRUE(m_store->finalise(saved->uuid, s4()).ok());
    ASSERT_TRUE(m_store->confirmSent(saved->uuid, 1).ok());
    const auto record = m_store->record(saved->uuid);
    EXPECT_EQ(record->status, RecordStatus::Sent);
    EXPECT_EQ(record->serverRevision, 1);
    EXPECT_EQ(m_store->syncState().pending, 0);
}

TEST_F(LocalStoreTest, ABatchConfirmationMarksSentAndLeavesTheConnectionFullySynchronous)
{
    auto saved = m_store->saveDraft(newS4(), completeS4());
    ASSERT_TRUE(m_store->finalise(saved->uuid, s4()).ok());
    ASSERT_TRUE(m_store->confirmSentMany({{saved->uuid, 1}}).ok());
    EXPECT_EQ(m_store->record(saved->uuid)->status, RecordStatus::Sent);
    EXPECT_EQ(m_store->syncState().pending, 0);
    // The confirmation commits without its own fsync; every other write of the store stays FULL (2).
    int checked = 0;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.databaseName() != m_dir.filePath("junheng.db"))
            continue;
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec("PRAGMA synchronous") && query.next());
        EXPECT_EQ(query.value(0).toInt(), 2);
        ++checked;
    }
    EXPECT_GT(checked, 0);
}

TEST_F(LocalStoreTest, EditingAFinalisedRecordMakesTheNextRevisionAndLeavesTheSentOneAlone)
{
    auto saved = m_store->saveDraft(newS4(), completeS4());
    ASSERT_TRUE(m_store->finalise(saved->uuid, s4()).ok());
    QJsonObject changed = completeS4();
    changed["classes"] = 37;
    auto edited = m_store->saveDraft(*m_store->record(saved->uuid), changed);
    ASSERT_TRUE(edited.ok());
    EXPECT_EQ(edited->status, RecordStatus::Draft);
    EXPECT_EQ(edited->revision, 2);
    EXPECT_TRUE(m_store->outboxBatch(10).isEmpty());
    // The push of revision 1 that was already on its way is confirmed late: the draft stays a draft.
    ASSERT_TRUE(m_store->confirmSent(saved->uuid, 1).ok());
    EXPECT_EQ(m_store->record(saved->uuid)->status, RecordStatus::Draft);
    auto again = m_store->finalise(saved->uuid, s4());
    ASSERT_TRUE(again.ok());
    const auto batch = m_store->outboxBatch(10);
    ASSERT_EQ(batch.size(), 1);
    EXPECT_EQ(batch.first().revision, 2);
    EXPECT_EQ(batch.first().baseRevision, 1);
}

TEST_F(LocalStoreTest, AQuarantinedRecordDoesNotBlockTheOthers)
{
    auto first = m_store->saveDraft(newS4(), completeS4());
    LocalRecord other = newS4();
    other.schoolCode = "3703990102";
    auto second = m_store->saveDraft(other, completeS4());
    ASSERT_TRUE(m_store->finalise(first->uuid, s4()).ok());
    ASSERT_TRUE(m_store->finalise(second->uuid, s4()).ok());
    ASSERT_TRUE(m_store->quarantine(first->uuid, 1, QStringLiteral("服务器拒收：不是本校的记录。")).ok());
    const auto batch = m_store->outboxBatch(10);
    ASSERT_EQ(batch.size(), 1);
    EXPECT_EQ(batch.first().uuid, second->uuid);
    const SyncState state = m_store->syncState();
    EXPECT_EQ(state.pending, 1);
    EXPECT_EQ(state.quarantined, 1);
    EXPECT_EQ(m_store->record(first->uuid)->syncError, QStringLiteral("服务器拒收：不是本校的记录。"));
}

TEST_F(LocalStoreTest, RequeueAllPutsSentRecordsBackWithTheirOriginalBase)
{
    auto saved = m_store->saveDraft(newS4(), completeS4());
    ASSERT_TRUE(m_store->finalise(saved->uuid, s4()).ok());
    ASSERT_TRUE(m_store->confirmSent(saved->uuid, 1).ok());
    auto requeued = m_store->requeueAll();
    ASSERT_TRUE(requeued.ok());
    EXPECT_EQ(requeued.value(), 1);
    const auto batch = m_store->outboxBatch(10);
    ASSERT_EQ(batch.size(), 1);
    EXPECT_EQ(batch.first().revision, 1);
    EXPECT_EQ(batch.first().baseRevision, 0);
}

TEST_F(LocalStoreTest, PulledRecordsAreAddedAndTheCursorSavedWithThem)
{
    LocalRecord remote = newS4();
    remote.uuid = "0b6f3a52-8a1f-4a43-9a51-3c1c6f1f0d11";
    remote.status = RecordStatus::Sent;
    remote.revision = 1;
    remote.payload = completeS4();
    remote.updatedAt = QDateTime::currentDateTimeUtc();
    auto applied = m_store->applyPulled({remote}, 42);
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(applied.value(), 1);
    EXPECT_EQ(m_store->syncState().cursor, 42);
    EXPECT_EQ(m_store->record(remote.uuid)->serverRevision, 1);
    // The same change again is not applied twice.
    EXPECT_EQ(m_store->applyPulled({remote}, 42).value(), 0);
}

TEST_F(LocalStoreTest, APulledChangeNeverOverwritesAnUnsentLocalEdit)
{
    auto saved = m_store->saveDraft(newS4(), completeS4());
    ASSERT_TRUE(m_store->finalise(saved->uuid, s4()).ok());
    ASSERT_TRUE(m_store->confirmSent(saved->uuid, 1).ok());
    QJsonObject mine = completeS4();
    mine["classes"] = 40;
    ASSERT_TRUE(m_store->saveDraft(*m_store->record(saved->uuid), mine).ok());
    LocalRecord theirs = *m_store->record(saved->uuid);
    theirs.revision = 2;
    theirs.status = RecordStatus::Sent;
    theirs.payload = completeS4();
    theirs.payload["classes"] = 41;
    ASSERT_TRUE(m_store->applyPulled({theirs}, 7).ok());
    EXPECT_EQ(m_store->record(saved->uuid)->payload.value("classes").toInt(), 40);
}

TEST_F(LocalStoreTest, SyncErrorsAndSuccessesAreRemembered)
{
    const QDateTime when = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(m_store->noteSyncError(QStringLiteral("连不上服务器"), when).ok());
    EXPECT_EQ(m_store->syncState().lastError, QStringLiteral("连不上服务器"));
    ASSERT_TRUE(m_store->noteSyncSuccess(when).ok());
    EXPECT_TRUE(m_store->syncState().lastError.isEmpty());
    EXPECT_TRUE(m_store->syncState().lastSuccess.isValid());
}

TEST_F(LocalStoreTest, EnrolmentIsSavedAndRead)
{
    EXPECT_FALSE(m_store->enrolment().has_value());
    Enrolment e;
    e.serverUrl = "http://127.0.0.1:8470";
    e.token = "abc";
    e.role = "school";
    e.scopeCode = "3703990101";
    e.scopeName = QStringLiteral("云溪县实验小学");
    ASSERT_TRUE(m_store->saveEnrolment(e).ok());
    const auto read = m_store->enrolment();
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->scopeName, QStringLiteral("云溪县实验小学"));
    EXPECT_EQ(read->token, "abc");
}

TEST_F(LocalStoreTest, ASaveBasedOnContentThatChangedSinceIsRefused)
{
    auto saved = m_store->saveDraft(newS4(), completeS4());
    ASSERT_TRUE(m_store->finalise(saved->uuid, s4()).ok());
    ASSERT_TRUE(m_store->confirmSent(saved->uuid, 1).ok());
    const LocalRecord openedInTheApp = *m_store->record(saved->uuid);
    // Another tablet's revision 2 arrives by pull while the form is open.
    LocalRecord theirs = openedInTheApp;
    theirs.revision = 2;
    theirs.baseRevision = 1;
    theirs.status = RecordStatus::Sent;
    theirs.payload["classes"] = 41;
    ASSERT_EQ(m_store->applyPulled({theirs}, 9).value(), 1);
    QJsonObject mine = completeS4();
    mine["classes"] = 40;
    auto stale = m_store->saveDraft(openedInTheApp, mine);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, "store.changed");
    EXPECT_EQ(m_store->record(saved->uuid)->payload.value("classes").toInt(), 41);
    // Read again, the same edit saves as the next revision on top of theirs.
    auto fresh = m_store->saveDraft(*m_store->record(saved->uuid), mine);
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ(fresh->revision, 3);
}
