// The server database: WAL, migrations by PRAGMA user_version, refusing a newer schema.
#include "ServerDatabase.h"
#include "TestServer.h"
#include "WalCheckpointer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng::server;
using namespace junheng::server::test;

namespace {

QString pragma(ServerDatabase &database, const QString &name)
{
    QSqlQuery query(database.connection());
    return query.exec("PRAGMA " + name) && query.next() ? query.value(0).toString() : QString();
}

} // namespace

TEST(ServerDatabaseTest, NewDatabaseIsMigratedToTheCurrentSchemaInWalMode)
{
    QTemporaryDir dir;
    auto database = ServerDatabase::open(dir.filePath("server.db"));
    ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
    EXPECT_EQ(database.value()->schemaVersion(), ServerDatabase::SchemaVersion);
    EXPECT_EQ(pragma(*database.value(), "journal_mode"), "wal");
    EXPECT_EQ(pragma(*database.value(), "busy_timeout"), QString::number(ServerDatabase::BusyTimeoutMs));
}

TEST(ServerDatabaseTest, ReopeningKeepsTheData)
{
    QTemporaryDir dir;
    {
        auto database = ServerDatabase::open(dir.filePath("server.db"));
        ASSERT_TRUE(database.ok());
        QSqlQuery query(database.value()->connection());
        ASSERT_TRUE(query.exec(
            "INSERT INTO towns (county_code, code, name, kind) VALUES ('370399', '1', 'x', 'town')"));
    }
    auto again = ServerDatabase::open(dir.filePath("server.db"));
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    QSqlQuery query(again.value()->connection());
    ASSERT_TRUE(query.exec("SELECT COUNT(*) FROM towns") && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

TEST(ServerDatabaseTest, DatabaseOfANewerSchemaIsRefused)
{
    QTemporaryDir dir;
    {
        auto database = ServerDatabase::open(dir.filePath("server.db"));
        ASSERT_TRUE(database.ok());
        QSqlQuery query(database.value()->connection());
        ASSERT_TRUE(query.exec("PRAGMA user_version = 99"));
    }
    auto newer = ServerDatabase::open(dir.filePath("server.db"));
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().code, "server.storage");
    EXPECT_TRUE(newer.error().message.contains("99"));
}

TEST(ServerDatabaseTest, UnwritableLocationIsAClearError)
{
    auto database = ServerDatabase::open("/nonexistent-dir/junheng/server.db");
    ASSERT_FALSE(database.ok());
    EXPECT_TRUE(database.error().message.contains("/nonexistent-dir/junheng/server.db"));
}

TEST(ServerDatabaseTest, AVersion1DatabaseIsRebuiltKeyedByCountyKeepingItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("server.db");
    {
        // The schema of version 1 (one county, no county_code), as released.
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v1");
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const char *statement : {
                 "CREATE TABLE county (code TEXT PRIMARY KEY, name TEXT NOT NULL, cycle_id TEXT NOT NULL,"
                 " cycle_name TEXT NOT NULL)",
                 "CREATE TABLE towns (code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL)",
                 "CREATE TABLE schools (code TEXT PRIMARY KEY, name TEXT NOT NULL, town_code TEXT NOT NULL"
                 " REFERENCES towns(code), type TEXT NOT NULL, location TEXT NOT NULL, ownership TEXT NOT "
                 "NULL,"
                 " boarding INTEGER NOT NULL, students INTEGER NOT NULL)",
                 "CREATE INDEX schools_town ON schools(town_code)",
                 "CREATE TABLE enrolment_codes (code_hash TEXT PRIMARY KEY, role TEXT NOT NULL, scope_code "
                 "TEXT"
                 " NOT NULL, created_at TEXT NOT NULL, used_at TEXT, device_id TEXT)",
                 "CREATE TABLE devices (id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, name TEXT NOT "
                 "NULL,"
                 " role TEXT NOT NULL, scope_code TEXT NOT NULL, enrolled_at TEXT NOT NULL)",
                 "CREATE TABLE records (seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL, revision"
                 " INTEGER NOT NULL, base_revision INTEGER NOT NULL, form_id TEXT NOT NULL, form_version "
                 "INTEGER"
                 " NOT NULL, school_code TEXT NOT NULL, cycle TEXT NOT NULL, status TEXT NOT NULL, payload "
                 "TEXT"
                 " NOT NULL, payload_hash TEXT NOT NULL, updated_at TEXT NOT NULL, received_at TEXT NOT NULL,"
                 " device_id TEXT NOT NULL, UNIQUE (uuid, revision))",
                 "CREATE INDEX records_school_seq ON records(school_code, seq)",
                 "CREATE INDEX records_single ON records(school_code, form_id, cycle)",
                 "INSERT INTO county VALUES ('370399', '云溪县', '2025', '2025年度')",
                 "INSERT INTO towns VALUES ('370399001', '城关街道', 'subdistrict')",
                 "INSERT INTO schools VALUES ('3703990101', '实验小学', '370399001', 'primary', 'urban',"
                 " 'public', 0, 1800)",
                 "INSERT INTO devices VALUES ('d1', 'hash1', 'tablet', 'school', '3703990101', 'now')",
                 "INSERT INTO records VALUES (7, 'u1', 1, 0, 'S1', 1, '3703990101', '2025', 'sent', '{}', "
                 "'h',"
                 " 't', 't', 'd1')",
                 "PRAGMA user_version = 1",
             })
            ASSERT_TRUE(query.exec(statement)) << statement;
        db.close();
    }
    QSqlDatabase::removeDatabase("v1");

    auto database = ServerDatabase::open(path);
    ASSERT_TRUE(database.ok()) << database.error().message.toStdString();
    EXPECT_EQ(database.value()->schemaVersion(), ServerDatabase::SchemaVersion);
    QSqlQuery query(database.value()->connection());
    ASSERT_TRUE(query.exec("SELECT county_code, seq FROM records WHERE uuid = 'u1'") && query.next());
    EXPECT_EQ(query.value(0).toString(), "370399");
    EXPECT_EQ(query.value(1).toInt(), 7);
    ASSERT_TRUE(query.exec("SELECT county_code, name FROM schools") && query.next());
    EXPECT_EQ(query.value(0).toString(), "370399");
    ASSERT_TRUE(query.exec("SELECT county_code, revoked_at FROM devices WHERE id = 'd1'") && query.next());
    EXPECT_EQ(query.value(0).toString(), "370399");
    EXPECT_TRUE(query.value(1).isNull());
    // seq keeps counting from where version 1 left it.
    ASSERT_TRUE(query.exec("INSERT INTO records (county_code, uuid, revision, base_revision, form_id,"
                           " form_version, school_code, cycle, status, payload, payload_hash, updated_at,"
                           " received_at, device_id) VALUES ('370399', 'u2', 1, 0, 'S1', 1, '3703990101',"
                           " '2025', 'sent', '{}', 'h', 't', 't', 'd1') RETURNING seq") &&
                query.next());
    EXPECT_EQ(query.value(0).toInt(), 8);
    ASSERT_TRUE(query.exec("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE '%_v1'") && query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}

TEST(ServerDatabaseTest, TheLogIsCopiedBackByTheCheckpointerNotByAPushesCommit)
{
    TestServer server;
    ASSERT_TRUE(server.ready()) << server.setupError().toStdString();
    const WalCheckpointer *checkpointer = server.api().checkpointer();
    ASSERT_NE(checkpointer, nullptr);
    QSqlQuery query(server.database().connection());
    ASSERT_TRUE(query.exec("PRAGMA wal_autocheckpoint") && query.next());
    EXPECT_EQ(query.value(0).toInt(), WalCheckpointer::BackstopPages);
    query.finish();
    const QString token = server.enrol(QStringLiteral("3703990101"));
    ASSERT_FALSE(token.isEmpty());
    QList<QJsonObject> batch;
    for (int r = 0; r < 50; ++r)
        batch.append(wireRecord(newUuid(), QStringLiteral("3703990101"), "S4", validS4Payload(), 1, 0,
                                QString::number(3000 + r)));
    ASSERT_EQ(server.postJson("/api/v1/records/push", pushBody(batch), token).status, 200);
    QDeadlineTimer deadline(10000);
    while (checkpointer->passesThatCopied() == 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    EXPECT_GT(checkpointer->passesThatCopied(), 0);
    EXPECT_TRUE(checkpointer->openError().isEmpty()) << checkpointer->openError().toStdString();
}
