#include "AuditLog.h"

#include "Protocol.h"
#include "ServerDatabase.h"

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

} // namespace junheng::server
