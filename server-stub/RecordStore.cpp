#include "RecordStore.h"

#include "ServerDatabase.h"
#include "SqliteStatement.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace junheng::server {

namespace {

// Uuids per lookup and rows per INSERT. PostgreSQL: many, each statement is a round trip. SQLite: few,
// as Qt's driver looks up every parameter's name (quadratic in the parameters of a statement), and a
// statement costs no round trip there.
qsizetype lookupChunk(const QSqlDatabase &db)
{
    return ServerDatabase::dialectOf(db) == ServerDatabase::Dialect::Postgres ? 500 : 50;
}

qsizetype insertChunk(const QSqlDatabase &db)
{
    return ServerDatabase::dialectOf(db) == ServerDatabase::Dialect::Postgres ? 200 : 4;
}

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

Result<QHash<QString, QList<RecordStore::StoredRevision>>>
RecordStore::revisionsOf(const QString &county, const QStringList &uuids) const
{
    QHash<QString, QList<StoredRevision>> found;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const qsizetype chunk = lookupChunk(m_db);
    qsizetype prepared = 0; // the statement is prepared once per chunk size and reused
    for (qsizetype first = 0; first < uuids.size(); first += chunk) {
        const qsizetype count = qMin<qsizetype>(chunk, uuids.size() - first);
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(", ?").repeated(count - 1);
        if (count != prepared &&
            !query.prepare(
                QStringLiteral("SELECT uuid, revision, seq, payload_hash, device_id, school_code, form_id"
                               " FROM records WHERE county_code = ? AND uuid IN (%1)")
                    .arg(marks)))
            return storageError(QStringLiteral("读取记录"), query.lastError().text());
        prepared = count;
        query.addBindValue(county);
        for (qsizetype i = first; i < first + count; ++i)
            query.addBindValue(uuids.at(i));
        if (!query.exec())
            return storageError(QStringLiteral("读取记录"), query.lastError().text());
        while (query.next()) {
            found[query.value(0).toString()].append({query.value(1).toInt(), query.value(2).toLongLong(),
                                                     query.value(3).toString(), query.value(4).toString(),
                                                     query.value(5).toString(), query.value(6).toString()});
        }
    }
    return found;
}

namespace {

// insertMany on SQLite: one statement prepared once and run per row through SQLite's C API (see
// SqliteStatement), inside the caller's transaction.
Result<QList<qint64>> insertManySqlite(sqlite3 *handle, const QList<RecordStore::NewRevision> &revisions)
{
    SqliteStatement insert(
        handle, "INSERT INTO records (county_code, uuid, revision, base_revision, form_id, form_version,"
                " school_code, cycle, status, payload, payload_hash, updated_at, received_at,"
                " device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return storageError(QStringLiteral("写入记录"), insert.error());
    const QByteArray receivedAt = protocol::isoTime(QDateTime::currentDateTimeUtc()).toUtf8();
    QList<qint64> seqs(revisions.size(), 0);
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const RecordStore::NewRevision &revision = revisions.at(i);
        const protocol::WireRecord &record = revision.record;
        insert.bind(1, revision.county);
        insert.bind(2, record.uuid);
        insert.bind(3, qint64(record.revision));
        insert.bind(4, qint64(record.baseRevision));
        insert.bind(5, record.formId);
        insert.bind(6, qint64(record.formVersion));
        insert.bind(7, record.schoolCode);
        insert.bind(8, record.cycle);
        insert.bind(9, record.status);
        insert.bind(10, revision.canonicalPayload);
        insert.bind(11, record.payloadHash);
        insert.bind(12, protocol::isoTime(record.updatedAt));
        insert.bind(13, receivedAt);
        insert.bind(14, revision.deviceId);
        // seq is the table's INTEGER PRIMARY KEY, so the rowid: RETURNING would build a temporary table
        // for every row (it showed in a push's profile).
        const bool ran = insert.run();
        const qint64 seq = ran ? insert.lastInsertRowid() : 0;
        if (!ran || seq <= 0)
            return storageError(QStringLiteral("写入记录 %1").arg(record.uuid), insert.error());
        seqs[i] = seq;
    }
    return seqs;
}

} // namespace

Result<QList<qint64>> RecordStore::insertMany(const QList<NewRevision> &revisions)
{
    if (sqlite3 *handle = SqliteStatement::handleOf(m_db))
        return insertManySqlite(handle, revisions);
    QList<qint64> seqs(revisions.size(), 0);
    // RETURNING gives the rows in no promised order: they are matched back by (county, uuid, revision).
    QHash<QString, qsizetype> indexOf;
    auto key = [](const QString &county, const QString &uuid, int revision) -> QString {
        return county + QLatin1Char('/') + uuid + QLatin1Char('@') + QString::number(revision);
    };
    const QString receivedAt = protocol::isoTime(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const qsizetype chunk = insertChunk(m_db);
    qsizetype prepared = 0;
    for (qsizetype first = 0; first < revisions.size(); first += chunk) {
        const qsizetype count = qMin<qsizetype>(chunk, revisions.size() - first);
        QString rows = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        rows += QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").repeated(count - 1);
        if (count != prepared &&
            !query.prepare(
                QStringLiteral(
                    "INSERT INTO records (county_code, uuid, revision, base_revision, form_id, form_version,"
                    " school_code, cycle, status, payload, payload_hash, updated_at, received_at,"
                    " device_id) VALUES %1 RETURNING county_code, uuid, revision, seq")
                    .arg(rows)))
            return storageError(QStringLiteral("写入记录"), query.lastError().text());
        prepared = count;
        for (qsizetype i = first; i < first + count; ++i) {
            const NewRevision &revision = revisions.at(i);
            const protocol::WireRecord &record = revision.record;
            indexOf.insert(key(revision.county, record.uuid, record.revision), i);
            for (const QVariant &value :
                 {QVariant(revision.county), QVariant(record.uuid), QVariant(record.revision),
                  QVariant(record.baseRevision), QVariant(record.formId), QVariant(record.formVersion),
                  QVariant(record.schoolCode), QVariant(record.cycle), QVariant(record.status),
                  QVariant(QString::fromUtf8(revision.canonicalPayload)), QVariant(record.payloadHash),
                  QVariant(protocol::isoTime(record.updatedAt)), QVariant(receivedAt),
                  QVariant(revision.deviceId)})
                query.addBindValue(value);
        }
        if (!query.exec())
            return storageError(QStringLiteral("写入记录"), query.lastError().text());
        qsizetype returned = 0;
        while (query.next()) {
            const qsizetype index = indexOf.value(
                key(query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()), -1);
            if (index < first || index >= first + count)
                return storageError(QStringLiteral("写入记录"), QStringLiteral("RETURNING 的行对不上"));
            seqs[index] = query.value(3).toLongLong();
            ++returned;
        }
        if (returned != count)
            return storageError(QStringLiteral("写入记录"),
                                QStringLiteral("写入 %1 行，返回 %2 行").arg(count).arg(returned));
    }
    return seqs;
}

Result<qint64> RecordStore::latestSeq(const Caller &caller) const
{
    QVariantList values;
    const QString scope = scopeCondition(caller, values);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT MAX(r.seq) FROM records r WHERE %1").arg(scope));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return storageError(QStringLiteral("读取变更"), query.lastError().text());
    return query.value(0).isNull() ? 0 : query.value(0).toLongLong();
}

Result<QList<protocol::Change>> RecordStore::changes(const Caller &caller, qint64 since, int limit,
                                                     qint64 upTo, const QString &skipDevice) const
{
    QVariantList values;
    QString where = scopeCondition(caller, values);
    where += QStringLiteral(" AND r.seq > ?");
    values << since;
    if (upTo > 0) {
        where += QStringLiteral(" AND r.seq <= ?");
        values << upTo;
    }
    if (!skipDevice.isEmpty()) {
        where += QStringLiteral(" AND r.device_id <> ?");
        values << skipDevice;
    }
    values << limit;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM records r WHERE %2 ORDER BY r.seq LIMIT ?")
                      .arg(QLatin1String(Columns), where));
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
