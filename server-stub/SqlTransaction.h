#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace junheng::server {

// A write transaction, rolled back unless committed. Writers are serialised, so the checks a push makes
// (stale base, single-record forms) hold until its commit and seq numbers become visible in order:
// SQLite takes its write lock at BEGIN IMMEDIATE (waiting up to the busy timeout; two processes never
// deadlock upgrading a read lock); PostgreSQL takes a transaction-scoped advisory lock that every server
// instance on the database shares, so the rule lives in the database and not in any one process.
class SqlTransaction
{
public:
    // The advisory lock key every junheng writer takes on PostgreSQL.
    static constexpr qint64 PostgresWriteLock = 0x4A48454E47; // "JHENG"

    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();

    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace junheng::server
