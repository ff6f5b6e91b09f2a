#include "AuditLog.h"

#include "Protocol.h"
#include "ServerDatabase.h"
#include "SqliteStatement.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace junheng::server {

Status AuditLog::write(const QString &countyCode, const QString &actor, const QString &action,
                       const QString &target, const QString &detail)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (county_code, at, actor, action, target, detail)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    // NOT NULL columns: a null QString would bind NULL.
    for (const QString &value :
         {countyCode, protocol::isoTime(QDateTime::currentDateTimeUtc()), actor, action, target, detail})
        query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!query.exec())
        return storageError(QStringLiteral("写审计日志"), query.lastError().text());
    return Ok{};
}

Status AuditLog::writeMany(const QList<Entry> &entries)
{
    if (sqlite3 *handle = SqliteStatement::handleOf(m_db)) {
        // SQLite: one statement run per row through its C API (SqliteStatement), in the caller's transaction.
        SqliteStatement insert(handle,
                               "INSERT INTO audit_log (county_code, at, actor, action, target, detail)"
                               " VALUES (?, ?, ?, ?, ?, ?)");
        if (!insert.isValid())
            return storageError(QStringLiteral("写审计日志"), insert.error());
        insert.bind(2, protocol::isoTime(QDateTime::currentDateTimeUtc()));
        for (const Entry &entry : entries) {
            insert.bind(1, entry.countyCode);
            insert.bind(3, entry.actor);
            insert.bind(4, entry.action);
            insert.bind(5, entry.target);
            insert.bind(6, entry.detail);
            if (!insert.run())
                return storageError(QStringLiteral("写审计日志"), insert.error());
        }
        return Ok{};
    }
    // Rows per statement: many on PostgreSQL (a round trip each), few on SQLite (no round trip, and Qt's
    // driver is quadratic in a statement's parameters). Prepared once per size and reused.
    const qsizetype chunk = ServerDatabase::dialectOf(m_db) == ServerDatabase::Dialect::Postgres ? 500 : 8;
    const QString at = protocol::isoTime(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_db);
    qsizetype prepared = 0;
    for (qsizetype first = 0; first < entries.size(); first += chunk) {
        const qsizetype count = qMin<qsizetype>(chunk, entries.size() - first);
        QString rows = QStringLiteral("(?, ?, ?, ?, ?, ?)");
        rows += QStringLiteral(", (?, ?, ?, ?, ?, ?)").repeated(count - 1);
        if (count != prepared &&
            !query.prepare(
                QStringLiteral(
                    "INSERT INTO audit_log (county_code, at, actor, action, target, detail) VALUES %1")
                    .arg(rows)))
            return storageError(QStringLiteral("写审计日志"), query.lastError().text());
        prepared = count;
        for (qsizetype i = first; i < first + count; ++i) {
            const Entry &entry = entries.at(i);
            for (const QString &value :
                 {entry.countyCode, at, entry.actor, entry.action, entry.target, entry.detail})
                query.addBindValue(value.isNull() ? QStringLiteral("") : value);
        }
        if (!query.exec())
            return storageError(QStringLiteral("写审计日志"), query.lastError().text());
    }
    return Ok{};
}

} // namespace junheng::server
