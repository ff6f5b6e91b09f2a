// The server database: WAL, migrations by PRAGMA user_version, refusing a newer schema.
#include "ServerDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace junheng::server;

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
        ASSERT_TRUE(query.exec("INSERT INTO towns (code, name, kind) VALUES ('1', 'x', 'town')"));
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
