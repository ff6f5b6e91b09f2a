#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace junheng::server {

// The server's database: SQLite (DIR/server.db, the default) or PostgreSQL (a postgres:// URL).
// SQLite runs in WAL with a busy timeout so a second process (issue-code, a second server) can write while
// this one runs. Both have numbered migrations; every table is keyed by county_code (the leading column of
// its primary key and indexes) so a large store can be partitioned or distributed by county.
// One object owns one Qt SQL connection; use it from the thread that opened it.
class ServerDatabase
{
public:
    enum class Dialect { Sqlite, Postgres };

    static constexpr int SchemaVersion = 4;
    static constexpr int BusyTimeoutMs = 10000;

    // `location` is a file path (SQLite) or postgres://user[:password]@host[:port]/database, where
    // `?host=/run/postgresql` names a Unix socket directory instead of a TCP host.
    static Result<std::unique_ptr<ServerDatabase>> open(const QString &location);
    static bool isPostgresUrl(const QString &location);
    ~ServerDatabase();

    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    Dialect dialect() const { return m_dialect; }
    // The file path, or the URL without its password: for messages and logs.
    const QString &location() const { return m_location; }
    int schemaVersion() const;
    // Whether the connection answers; if not, closes and opens it again (PostgreSQL restarted, network
    // cut). The caller's request has failed already; this is for the next one.
    bool checkOrReconnect();

    static Dialect dialectOf(const QSqlDatabase &db);

private:
    ServerDatabase(QString connectionName, QString location, Dialect dialect);
    Status configure();
    Status migrate();
    Status setSchemaVersion(int version);

    QString m_connectionName;
    QString m_location;
    Dialect m_dialect;
};

// "server.storage" with the SQL error; what the database said, for the log and the 500 reply.
Error storageError(const QString &what, const QString &sqlError);

} // namespace junheng::server
