#include "LocalStore.h"
#include "RosterFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng;
using namespace junheng::testing;

namespace {

const QString school = "3703990101";
const QString cycle = "2025";

class RosterStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = LocalStore::open(m_dir.filePath("junheng.db"));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_store = std::move(opened).value();
    }

    RosterQuery query() const
    {
        RosterQuery q;
        q.schoolCode = school;
        q.cycle = cycle;
        q.limit = 10000;
        return q;
    }

    QList<RosterRow> page(const RosterQuery &q)
    {
        auto rows = m_store->rosterPage(m_form, q);
        EXPECT_TRUE(rows.ok()) << rows.error().message.toStdString();
        return rows.ok() ? rows.value() : QList<RosterRow>{};
    }

    RosterRow rowWithId(const QString &studentId)
    {
        RosterQuery q = query();
        q.search = studentId;
        const auto rows = page(q);
        EXPECT_EQ(rows.size(), 1);
        return rows.value(0);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    FormDefinition m_form = rosterFixtureForm();
};

} // namespace

TEST_F(RosterStoreTest, UpsertAddsNewRowsUpdatesChangedOnesAndLeavesIdenticalOnesAlone)
{
    auto first = m_store->upsertRosterRows(m_form, school, cycle, rosterFixtureRows(10));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->added, 10);
    EXPECT_EQ(first->updated, 0);

    QList<QJsonObject> again = rosterFixtureRows(12); // 10 known + 2 new
    again[3]["height"] = 151.5;
    auto second = m_store->upsertRosterRows(m_form, school, cycle, again);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->added, 2);
    EXPECT_EQ(second->updated, 1);
    EXPECT_EQ(second->unchanged, 9);
    EXPECT_EQ(m_store->rosterCount(m_form, query()).value(), 12);
    const RosterRow changed = rowWithId(again[3]["student_id"].toString());
    EXPECT_EQ(changed.record.payload["height"].toDouble(), 151.5);
    EXPECT_EQ(changed.record.status, RecordStatus::Draft);
    EXPECT_EQ(changed.record.revision, 1); // a draft never sent keeps its revision
}

TEST_F(RosterStoreTest, AnIdenticalBatchWritesNothingAndSignalsNothing)
{
    ASSERT_TRUE(m_store->upsertRosterRows(m_form, school, cycle, rosterFixtureRows(5)).ok());
    QSignalSpy changed(m_store.get(), &LocalStore::recordsChanged);
    auto result = m_store->upsertRosterRows(m_form, school, cycle, rosterFixtureRows(5));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->unchanged, 5);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(RosterStoreTest, ARowWithoutItsKeyRefusesTheWholeBatchAndSavesNothing)
{
    ASSERT_TRUE(m_store->upsertRosterRows(m_form, school, cycle, rosterFixtureRows(3)).ok());
    QList<QJsonObject> rows = rosterFixtureRows(6);
    rows[0]["height"] = 160;
    rows[4].remove("student_id");
    auto result = m_store->upsertRosterRows(m_form, school, cycle, rows);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, "roster.key");
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("第 5 行")));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("「学籍号」")));
    EXPECT_EQ(m_store->rosterCount(m_form, query()).value(), 3);
    EXPECT_NE(rowWithId(rows[0]["student_id"].toString()).record.payload["height"].toDouble(), 160);
}

TEST_F(RosterStoreTest, AChangedFinalisedRowBecomesTheNextDraftRevisionAndLeavesTheOutbox)
{
    ASSERT_TRUE(m_store->upsertRosterRows(m_form, school, cycle, rosterFixtureRows(2)).ok());
    const RosterRow row = rowWithId(rosterFixtureRow(1)["student_id"].toString());
    ASSERT_TRUE(m_store->finalise(row.record.uuid, m_form).ok());
    ASSERT_TRUE(m_store->confirmSent(row.record.uuid, 1).ok());
    QList<QJsonObject> rows = rosterFixtureRows(2);
    rows[1]["weight"] = 40.5;
    auto result = m_store->upsertRosterRows(m_form, school, cycle, rows);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->updated, 1);
    const auto stored = m_store->record(row.record.uuid);
    EXPECT_EQ(stored->status, RecordStatus::Draft);
    EXPECT_EQ(stored->revision, 2);
    EXPECT_EQ(stored->serverRevision, 1);
    EXPECT_EQ(stored->payload["weight"].toDouble(), 40.5);
    EXPECT_EQ(m_store->syncState().pending, 0);
}

TEST_F(RosterStoreTest, AReImportKeepsTheReasonsGivenForWarnings)
{
    QList<QJsonObject> rows = rosterFixtureRows(1);
    rows[0]["height"] = 210; // above the usual range: a warning
    ASSERT_TRUE(m_store->upsertRosterRows(m_form, school, cycle, rows).ok());
    RosterRow row = rowWithId(rows[0]["student_id"].toString());
    EXPECT_EQ(row.softCount, 1);
    QJsonObject withReason = row.record.payload;
    withReason["_reasons"] = QJsonObject{{"height", QStringLiteral("校篮球队队员")}};
    ASSERT_TRUE(m_store->saveRosterRow(m_form, row.record, withReason).ok());

    rows[0]["weight"] = 70;
    auto result = m_store->upsertRosterRows(m_form, school, cycle, rows);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->updated, 1);
    row = rowWithId(rows[0]["student_id"].toString());
    EXPECT_EQ(row.record.payload["_reasons"].toObject()["height"].toString(), QStringLiteral("校篮球队队员"));
    EXPECT_EQ(row.record.payload["weight"].toDouble(), 70);
}

TEST_F(RosterStoreTest, ACompositeKeyMatchesOnAllItsFields)
{
    auto form = FormDefinition::fromJson(R"({"id": "T2", "version": 1, "kind": "roster",
        "key": ["grade", "class_name"], "title": {"zh": "班级"}, "sections": [{"title": {"zh": "班级"}, "fields": [
        {"id": "grade", "type": "integer", "label": {"zh": "年级"}, "required": true, "min": 1, "max": 9},
        {"id": "class_name", "type": "text", "label": {"zh": "班级名称"}, "required": true},
        {"id": "headcount", "type": "integer", "label": {"zh": "人数"}, "min": 0, "max": 80}]}]})",
                                         "T2");
    ASSERT_TRUE(form.ok()) << form.error().message.toStdString();
    const QList<QJsonObject> rows{{{"grade", 1}, {"class_name", "1班"}, {"headcount", 40}},
                                  {{"grade", 1}, {"class_name", "2班"}, {"headcount", 41}},
                                  {{"grade", 2}, {"class_name", "1班"}, {"headcount", 42}}};
    ASSERT_EQ(m_store->upsertRosterRows(form.value(), school, cycle, rows)->added, 3);
    QList<QJsonObject> changed = rows;
    changed[2]["headcount"] = 39;
    auto result = m_store->upsertRosterRows(form.value(), school, cycle, changed);
    EXPECT_EQ(result->updated, 1);
    EXPECT_EQ(result->unchanged, 2);
    RosterQuery q = query();
    q.grade = "2";
    const auto grade2 = m_store->rosterPage(form.value(), q).value();
    ASSERT_EQ(grade2.size(), 1);
    EXPECT_EQ(grade2[0].record.payload["headcount"].toInt(), 39);
}

TEST_F(RosterStoreTest, PagesAreFilteredByGradeClassSexAndSearch)
{
    ASSERT_TRUE(m_store->upsertRosterRows(m_form, school, cycle, rosterFixtureRows(360)).ok());
    RosterQuery q = query();
    q.grade = "12";
    EXPECT_EQ(m_store->rosterCount(m_form, q).value(), 60);
    q.className = QStringLiteral("3班");
    EXPECT_EQ(m_store->rosterCount(m_form, q).value(), 12);
    q.sex = "2";
    const auto rows = page(q);
    ASSERT_EQ(rows.size(), 6);
    for (const RosterRow &row : rows) {
        EXPECT_EQ(row.record.payload["grade_code"].toInt(), 12);
        EXPECT_EQ(row.record.payload["class_name"].toString(), QStringLiteral("3班"));
        EXPECT_EQ(row.record.payload["sex"].toString(), "2");
    }
    RosterQuery byName = query();
    byName.search = rosterFixtureRow(7)["name"].toString();
    for (const RosterRow &row : page(byName))
        EXPECT_TRUE(row.record.payload["name"].toString().contains(byName.search));
    EXPECT_GE(page(byName).size(), 1);
    RosterQuery percent = query();
    percent.search = "%";
    EXPECT_EQ(m_store->rosterCount(m_form, percent).value(), 0); // a wildcard typed is a character
    const QStringList grades = m_store->rosterValues(m_form, school, cycle, "grade_code").value();
    EXPECT_EQ(grades, (QStringList{"11", "12", "13", "14", "15", "16"}));
}

TEST_F(RosterStoreTest, PagesAreSortedByAnyColumnAndPagedWithoutGapsOrRepeats)
{
    ASSERT_TRUE(m_store->upsertRosterRows(m_form, school, cycle, rosterFixtureRows(250)).ok());
    RosterQuery q = query();
    q.sortField = "height";
    q.order = Qt::DescendingOrder;
    q.limit = 100;
    QStringList seen;
    double previous = 1e9;
    for (int offset = 0; offset < 300; offset += 100) {
        q.offset = offset;
        for (const RosterRow &row : page(q)) {
            const double height = row.record.payload["height"].toDouble();
            EXPECT_LE(height, previous);
            previous = height;
            seen << row.record.uuid;
        }
    }
    EXPECT_EQ(seen.size(), 250);
    seen.removeDuplicates();
    EXPECT_EQ(seen.size(), 250);

    RosterQuery byClass = query();
    byClass.sortField = "class_name";
    const auto rows = page(byClass);
    EXPECT_EQ(rows.first().record.payload["class_name"].toString(), QStringLiteral("1班"));
    EXPECT_EQ(rows.last().record.payload["class_name"].toString(), QStringLiteral("6班"));
}

TEST_F(RosterStoreTest, ErrorsWarningsAndDuplicateKeysAreCountedAndFiltered)
{
    QList<QJsonObject> rows = rosterFixtureRows(20);
    rows[2]["height"] = 300; // hard: above 250
    rows[5]["run50"] = 15.5; // soft: above 14
    rows[9].remove("name");  // hard: required
    ASSERT_TRUE(m_store->upsertRosterRows(m_form, school, cycle, rows).ok());
    auto counts = m_store->rosterIssueCounts(m_form, school, cycle);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->rows, 20);
    EXPECT_EQ(counts->rowsWithErrors, 2);
    EXPECT_EQ(counts->rowsWithWarnings, 1);

    // A row typed in the grid with a student id already used: both rows are flagged.
    LocalRecord fresh;
    fresh.schoolCode = school;
    fresh.cycle = cycle;
    QJsonObject copy = rosterFixtureRow(0);
    copy["name"] = QStringLiteral("重复生");
    ASSERT_TRUE(m_store->saveRosterRow(m_form, fresh, copy).ok());
    counts = m_store->rosterIssueCounts(m_form, school, cycle);
    EXPECT_EQ(counts->rows, 21);
    EXPECT_EQ(counts->rowsWithErrors, 4);
    RosterQuery errors = query();
    errors.issues = RosterIssueFilter::Errors;
    const auto flagged = page(errors);
    ASSERT_EQ(flagged.size(), 4);
    int duplicates = 0;
    for (const RosterRow &row : flagged) {
        EXPECT_GT(row.hardCount, 0);
        duplicates += row.duplicate ? 1 : 0;
    }
    EXPECT_EQ(duplicates, 2);
}

TEST_F(RosterStoreTest, ARowNeverSentIsDeletedAndASentOneIsDeletedByARevisionInTheOutbox)
{
    ASSERT_TRUE(m_store->upsertRosterRows(m_form, school, cycle, rosterFixtureRows(3)).ok());
    const RosterRow draft = rowWithId(rosterFixtureRow(0)["student_id"].toString());
    const RosterRow sent = rowWithId(rosterFixtureRow(1)["student_id"].toString());
    ASSERT_TRUE(m_store->finalise(sent.record.uuid, m_form).ok());
    ASSERT_TRUE(m_store->confirmSent(sent.record.uuid, 1).ok());

    ASSERT_TRUE(m_store->deleteRosterRow(m_form, draft.record.uuid).ok());
    EXPECT_FALSE(m_store->record(draft.record.uuid).has_value());
    ASSERT_TRUE(m_store->deleteRosterRow(m_form, sent.record.uuid).ok());
    const auto deletion = m_store->record(sent.record.uuid);
    ASSERT_TRUE(deletion.has_value());
    EXPECT_EQ(deletion->payload, (QJsonObject{{"_deleted", true}}));
    EXPECT_EQ(deletion->revision, 2);
    EXPECT_EQ(deletion->status, RecordStatus::Finalised);
    const auto batch = m_store->outboxBatch(10);
    ASSERT_EQ(batch.size(), 1);
    EXPECT_EQ(batch[0].uuid, sent.record.uuid);
    EXPECT_EQ(batch[0].baseRevision, 1);

    EXPECT_EQ(m_store->rosterCount(m_form, query()).value(), 1);
    EXPECT_EQ(m_store->rosterIssueCounts(m_form, school, cycle)->rows, 1);
    // The same student imported again is a new row, not the deleted one brought back.
    auto again = m_store->upsertRosterRows(m_form, school, cycle, rosterFixtureRows(2));
    EXPECT_EQ(again->added, 2);
}

TEST_F(RosterStoreTest, RowsChangedOutsideTheRosterApiAreListedUpToDate)
{
    ASSERT_TRUE(m_store->upsertRosterRows(m_form, school, cycle, rosterFixtureRows(2)).ok());
    const RosterRow row = rowWithId(rosterFixtureRow(1)["student_id"].toString());
    QJsonObject payload = row.record.payload;
    payload["height"] = 999;
    payload["name"] = QStringLiteral("改名");
    ASSERT_TRUE(m_store->saveDraft(row.record, payload).ok()); // as the CLI or a pull would
    RosterQuery q = query();
    q.search = QStringLiteral("改名");
    const auto rows = page(q);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].hardCount, 1);
}

TEST_F(RosterStoreTest, ThreeThousandRowsAreSavedInOneQuickTransaction)
{
    QElapsedTimer timer;
    timer.start();
    auto result = m_store->upsertRosterRows(m_form, school, cycle, rosterFixtureRows(3000));
    const qint64 elapsed = timer.elapsed();
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->added, 3000);
    // The brief asks for well under a second; the bench reports the figure, this only catches a regression
    // such as a transaction per row (tens of seconds with synchronous=FULL).
    EXPECT_LT(elapsed, 3000);
    EXPECT_EQ(m_store->rosterCount(m_form, query()).value(), 3000);
}

TEST_F(RosterStoreTest, ARosterIsFinalisedWholeOnlyWhenNoRowHasAnErrorOrAnUnexplainedWarning)
{
    QList<QJsonObject> rows = rosterFixtureRows(50);
    rows[7]["height"] = 300;
    rows[8]["run50"] = 15.5;
    ASSERT_TRUE(m_store->upsertRosterRows(m_form, school, cycle, rows).ok());
    auto refused = m_store->finaliseRoster(m_form, school, cycle);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("1 行有错误、1 行有提醒没写原因")))
        << qPrintable(refused.error().message);
    EXPECT_EQ(m_store->syncState().pending, 0);

    RosterRow wrong = rowWithId(rows[7]["student_id"].toString());
    QJsonObject fixed = wrong.record.payload;
    fixed["height"] = 130;
    ASSERT_TRUE(m_store->saveRosterRow(m_form, wrong.record, fixed).ok());
    RosterRow slow = rowWithId(rows[8]["student_id"].toString());
    QJsonObject explained = slow.record.payload;
    explained["_reasons"] = QJsonObject{{"run50", QStringLiteral("测试当天脚踝扭伤")}};
    ASSERT_TRUE(m_store->saveRosterRow(m_form, slow.record, explained).ok());

    auto finalised = m_store->finaliseRoster(m_form, school, cycle);
    ASSERT_TRUE(finalised.ok()) << qPrintable(finalised.error().message);
    EXPECT_EQ(finalised.value(), 50);
    EXPECT_EQ(m_store->syncState().pending, 50);
    EXPECT_EQ(rowWithId(rows[0]["student_id"].toString()).record.status, RecordStatus::Finalised);
}

TEST(RosterMigrationTest, AVersionOneDatabaseIsMigratedAndItsRowsListed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("v1.db");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v1");
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        // Version 1 exactly as it shipped.
        for (const char *sql :
             {"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
              "CREATE TABLE records (uuid TEXT PRIMARY KEY, form_id TEXT NOT NULL, form_version INTEGER NOT "
              "NULL,"
              " school_code TEXT NOT NULL, cycle TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN"
              " ('draft','finalised','sent','accepted','returned')), revision INTEGER NOT NULL CHECK "
              "(revision >= 1),"
              " base_revision INTEGER NOT NULL DEFAULT 0, server_revision INTEGER NOT NULL DEFAULT 0,"
              " payload TEXT NOT NULL, payload_hash TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT "
              "NOT NULL)",
              "CREATE INDEX records_by_form ON records (form_id, school_code, cycle)",
              "CREATE TABLE outbox (record_uuid TEXT PRIMARY KEY REFERENCES records (uuid) ON DELETE CASCADE,"
              " revision INTEGER NOT NULL, queued_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
              " quarantined INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '')",
              "INSERT INTO records VALUES ('u-1', 'T6', 1, '3703990101', '2025', 'sent', 1, 0, 1,"
              " '{\"class_name\":\"2班\",\"grade_code\":13,\"height\":131,\"name\":\"王明\",\"run50\":9,"
              "\"sex\":\"1\",\"student_id\":\"G1\",\"weight\":30}', 'h', '2025-09-01T08:00:00.000Z',"
              " '2025-09-01T08:00:00.000Z')",
              "PRAGMA user_version = 1"})
            ASSERT_TRUE(q.exec(QString::fromUtf8(sql))) << sql;
        db.close();
    }
    QSqlDatabase::removeDatabase("v1");
    auto opened = LocalStore::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    LocalStore &store = *opened.value();
    EXPECT_EQ(store.schemaVersion(), LocalStore::SchemaVersion);
    const FormDefinition form = rosterFixtureForm();
    RosterQuery q;
    q.schoolCode = "3703990101";
    q.cycle = "2025";
    q.grade = "13";
    auto rows = store.rosterPage(form, q);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).record.payload["name"].toString(), QStringLiteral("王明"));
    EXPECT_EQ(rows->at(0).record.status, RecordStatus::Sent);
    EXPECT_EQ(rows->at(0).hardCount, 0);
    // Matched by its key from now on.
    auto upserted = store.upsertRosterRows(form, "3703990101", "2025",
                                           {QJsonObject{{"student_id", "G1"},
                                                        {"grade_code", 13},
                                                        {"class_name", "2班"},
                                                        {"name", "王明"},
                                                        {"sex", "1"},
                                                        {"height", 132}}});
    ASSERT_TRUE(upserted.ok());
    EXPECT_EQ(upserted->updated, 1);
    EXPECT_EQ(store.record("u-1")->revision, 2);
}
