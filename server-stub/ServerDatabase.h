#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace junheng::server {

// The server's SQLite database (DIR/server.db): WAL, a busy timeout so a second process (issue-code, a
// second server instance) can write while this one runs, and numbered migrations (PRAGMA user_version).
// One object owns one Qt SQL connection; use it from the thread that opened it.
class ServerDatabase
{
public:
    static constexpr int SchemaVersion = 1;
    static constexpr int BusyTimeoutMs = 10000;

    static Result<std::unique_ptr<ServerDatabase>> open(const QString &filePath);
    ~ServerDatabase();

    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString &filePath() const { return m_filePath; }
    int schemaVersion() const;

private:
    ServerDatabase(QString connectionName, QString filePath);
    Status configure();
    Status migrate();

    QString m_connectionName;
    QString m_filePath;
};

// "server.storage" with the SQL error; what the database said, for the log and the 500 reply.
Error storageError(const QString &what, const QString &sqlError);

} // namespace junheng::server
