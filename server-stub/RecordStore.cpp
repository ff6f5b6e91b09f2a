#include "RecordStore.h"

#include "ServerDatabase.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace junheng::server {

namespace {

const char *const Columns = "r.seq, r.uuid, r.revision, r.base_revision, r.form_id, r.form_version,"
                            " r.school_code, r.cycle, r.status, r.payload, r.payload_hash, r.updated_at";

protocol::Change changeFrom(const QSqlQuery &query)
{
    protocol::Change change;
    change.seq = query.value(0).toLongLong();
    protocol::WireRecord &record = change.record;
    record.uuid = query.value(1).toString();
    record.revision = query.value(2).toInt();
    record.baseRevision = query.value(3).toInt();
    record.formId = query.value(4).toString();
    record.formVersion = query.value(5).toInt();
    record.schoolCode = query.value(6).toString();
    record.cycle = query.value(7).toString();
    record.status = query.value(8).toString();
    record.payload = QJsonDocument::fromJson(query.value(9).toByteArray()).object();
    record.payloadHash = query.value(10).toString();
    record.updatedAt = protocol::parseIsoTime(query.value(11).toString());
    return change;
}

// The WHERE condition for the caller's scope on records aliased "r", with its bound values.
QString scopeCondition(const Caller &caller, QVariantList &values)
{
    if (caller.isAdmin())
        return QStringLiteral("1 = 1");
    values.append(caller.countyCode);
    if (caller.role == QLatin1String("county"))
        return QStringLiteral("r.county_code = ?");
    if (caller.role == QLatin1String("town")) {
        values << caller.countyCode << caller.scopeCode;
        return QStringLiteral("r.county_code = ? AND r.school_code IN"
                              " (SELECT code FROM schools WHERE county_code = ? AND town_code = ?)");
    }
    if (caller.role == QLatin1String("school")) {
        values.append(caller.scopeCode);
        return QStringLiteral("r.county_code = ? AND r.school_code = ?");
    }
    return QStringLiteral("1 = 0");
}

Result<std::optional<protocol::Change>> single(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return storageError(what, query.lastError().text());
    if (!query.next())
        return std::optional<protocol::Change>();
    return std::optional<protocol::Change>(changeFrom(query));
}

} // namespace

Result<std::optional<protocol::Change>> RecordStore::revision(const QString &county, const QString &uuid,
                                                              int revision) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM records r WHERE r.county_code = ? AND r.uuid = ? AND r.revision = ?")
            .arg(QLatin1String(Columns)));
    query.addBindValue(county);
    query.addBindValue(uuid);
    query.addBindValue(revision);
    return single(query, QStringLiteral("读取记录 %1").arg(uuid));
}

Result<std::optional<protocol::Change>> RecordStore::current(const QString &county, const QString &uuid) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM records r WHERE r.county_code = ? AND r.uuid = ?"
                                 " ORDER BY r.revision DESC LIMIT 1")
                      .arg(QLatin1String(Columns)));
    query.addBindValue(county);
    query.addBindValue(uuid);
    return single(query, QStringLiteral("读取记录 %1").arg(uuid));
}

Result<bool> RecordStore::changedByOthers(const QString &county, const QString &uuid, int afterRevision,
                                          const QString &deviceId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM records WHERE county_code = ? AND uuid = ?"
                                 " AND revision > ? AND device_id <> ?"));
    query.addBindValue(county);
    query.addBindValue(uuid);
    query.addBindValue(afterRevision);
    query.addBindValue(deviceId);
    if (!query.exec() || !query.next())
        return storageError(QStringLiteral("读取记录 %1 的修改历史").arg(uuid), query.lastError().text());
    return query.value(0).toInt() > 0;
}

Result<std::optional<QString>> RecordStore::otherRecord(const QString &county, const QString &schoolCode,
                                                        const QString &formId, const QString &cycle,
                                                        const QString &uuid) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT uuid FROM records WHERE county_code = ? AND school_code = ?"
                                 " AND form_id = ? AND cycle = ? AND uuid <> ? ORDER BY seq LIMIT 1"));
    for (const QString &value : {county, schoolCode, formId, cycle, uuid})
        query.addBindValue(value);
    if (!query.exec())
        return storageError(QStringLiteral("查找同校同表记录"), query.lastError().text());
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<qint64> RecordStore::insert(const QString &county, const protocol::WireRecord &record,
                                   const QString &deviceId)
{
    QSqlQuery query(m_db);
    // RETURNING works the same in SQLite (3.35+) and PostgreSQL; lastInsertId() does not.
    query.prepare(QStringLiteral(
        "INSERT INTO records (county_code, uuid, revision, base_revision, form_id, form_version,"
        " school_code, cycle, status, payload, payload_hash, updated_at, received_at,"
        " device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"));
    const QVariantList values{
        county,
        record.uuid,
        record.revision,
        record.baseRevision,
        record.formId,
        record.formVersion,
        record.schoolCode,
        record.cycle,
        record.status,
        QString::fromUtf8(QJsonDocument(record.payload).toJson(QJsonDocument::Compact)),
        record.payloadHash,
        protocol::isoTime(record.updatedAt),
        protocol::isoTime(QDateTime::currentDateTimeUtc()),
        deviceId,
    };
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return storageError(QStringLiteral("写入记录 %1").arg(record.uuid), query.lastError().text());
    return query.value(0).toLongLong();
}

Result<QList<protocol::Change>> RecordStore::changes(const Caller &caller, qint64 since, int limit) const
{
    QVariantList values;
    const QString scope = scopeCondition(caller, values);
    values << since << limit;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM records r WHERE %2 AND r.seq > ? ORDER BY r.seq LIMIT ?")
                      .arg(QLatin1String(Columns), scope));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storageError(QStringLiteral("读取变更"), query.lastError().text());
    QList<protocol::Change> list;
    while (query.next())
        list.append(changeFrom(query));
    return list;
}

Result<QList<protocol::WireRecord>> RecordStore::currentRecords(const Caller &caller, const QString &formId,
                                                                const QString &schoolCode) const
{
    QVariantList values;
    QString where = scopeCondition(caller, values);
    if (!formId.isEmpty()) {
        where += QStringLiteral(" AND r.form_id = ?");
        values.append(formId);
    }
    if (!schoolCode.isEmpty()) {
        where += QStringLiteral(" AND r.school_code = ?");
        values.append(schoolCode);
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral(
            "SELECT %1 FROM records r WHERE %2 AND r.revision ="
            " (SELECT MAX(revision) FROM records WHERE county_code = r.county_code AND uuid = r.uuid)"
            " ORDER BY r.school_code, r.form_id, r.seq")
            .arg(QLatin1String(Columns), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storageError(QStringLiteral("读取记录列表"), query.lastError().text());
    QList<protocol::WireRecord> list;
    while (query.next())
        list.append(changeFrom(query).record);
    return list;
}

} // namespace junheng::server
