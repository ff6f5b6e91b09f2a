#include "SqlTransaction.h"

#include "ServerDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace junheng::server {

SqlTransaction::SqlTransaction(QSqlDatabase db) : m_db(std::move(db)) {}

SqlTransaction::~SqlTransaction()
{
    if (m_open) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Status SqlTransaction::begin()
{
    QSqlQuery query(m_db);
    const bool pg = ServerDatabase::dialectOf(m_db) == ServerDatabase::Dialect::Postgres;
    if (!query.exec(pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return storageError(QStringLiteral("开始事务"), query.lastError().text());
    m_open = true;
    if (pg && !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(PostgresWriteLock)))
        return storageError(QStringLiteral("等待写锁"), query.lastError().text());
    return Ok{};
}

Status SqlTransaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT")))
        return storageError(QStringLiteral("提交事务"), query.lastError().text());
    m_open = false;
    return Ok{};
}

} // namespace junheng::server
