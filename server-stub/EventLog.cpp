#include "EventLog.h"

#include "ServerDatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace junheng::server {

Result<qint64> EventLog::append(const QString &county, const protocol::ReviewEvent &event)
{
    QJsonObject body = event.toJson();
    body.remove("seq");
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO review_events (county_code, kind, school_code, cycle_id, at, body)"
                       " VALUES (?, ?, ?, ?, ?, ?) RETURNING seq"));
    query.addBindValue(county);
    query.addBindValue(event.kind);
    query.addBindValue(event.schoolCode.isNull() ? QStringLiteral("") : event.schoolCode); // NULL otherwise
    query.addBindValue(event.kind == QLatin1String("cycle") ? event.cycle.id : event.cycleId);
    query.addBindValue(protocol::isoTime(event.at));
    query.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    if (!query.exec() || !query.next())
        return storageError(QStringLiteral("写入审核记录"), query.lastError().text());
    return query.value(0).toLongLong();
}

QString EventLog::scopeCondition(const Caller &caller, QVariantList &values)
{
    if (caller.isAdmin())
        return QStringLiteral("1 = 1");
    if (caller.role == QLatin1String("county")) {
        values << caller.countyCode;
        return QStringLiteral("e.county_code = ?");
    }
    if (caller.role == QLatin1String("town")) {
        // County-wide events (cycles) have school_code ''.
        values << caller.countyCode << caller.countyCode << caller.scopeCode;
        return QStringLiteral("e.county_code = ? AND (e.school_code = '' OR e.school_code IN"
                              " (SELECT code FROM schools WHERE county_code = ? AND town_code = ?))");
    }
    if (caller.role == QLatin1String("school")) {
        values << caller.countyCode << caller.scopeCode;
        return QStringLiteral("e.county_code = ? AND (e.school_code = '' OR e.school_code = ?)");
    }
    return QStringLiteral("1 = 0");
}

Result<qint64> EventLog::latest(const Caller &caller) const
{
    QVariantList values;
    const QString where = scopeCondition(caller, values);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT MAX(e.seq) FROM review_events e WHERE %1").arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return storageError(QStringLiteral("读取审核记录"), query.lastError().text());
    return query.value(0).isNull() ? 0 : query.value(0).toLongLong();
}

Result<protocol::EventsReply> EventLog::read(const Caller &caller, qint64 since, int limit) const
{
    QVariantList values;
    const QString where = scopeCondition(caller, values);
    values << since << limit + 1;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT e.seq, e.body FROM review_events e WHERE %1 AND e.seq > ?"
                                 " ORDER BY e.seq LIMIT ?")
                      .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storageError(QStringLiteral("读取审核记录"), query.lastError().text());
    protocol::EventsReply reply;
    while (query.next()) {
        QJsonObject body = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        body.insert("seq", query.value(0).toLongLong());
        auto event = protocol::ReviewEvent::fromJson(body);
        if (!event)
            return storageError(QStringLiteral("读取审核记录"), event.error().message);
        reply.events.append(std::move(event).value());
    }
    reply.more = reply.events.size() > limit;
    if (reply.more)
        reply.events.resize(limit);
    reply.nextCursor = reply.events.isEmpty() ? since : reply.events.last().seq;
    return reply;
}

Result<protocol::Actor> EventLog::actor(const Caller &caller, const QString &person) const
{
    protocol::Actor actor{caller.deviceId, person, caller.role, caller.scopeCode};
    if (!person.isEmpty())
        return actor;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM devices WHERE county_code = ? AND id = ?"));
    query.addBindValue(caller.countyCode);
    query.addBindValue(caller.deviceId);
    if (!query.exec())
        return storageError(QStringLiteral("读取设备名称"), query.lastError().text());
    if (query.next())
        actor.name = query.value(0).toString();
    return actor;
}

} // namespace junheng::server
