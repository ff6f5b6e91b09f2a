#pragma once

#include "LocalStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

// How a record row is read: the columns every record query selects, and the row to LocalRecord.
namespace junheng {

inline const char *const recordColumns =
    "r.uuid, r.form_id, r.form_version, r.school_code, r.cycle, r.status, r.revision, r.base_revision,"
    " r.server_revision, r.payload, r.payload_hash, r.created_at, r.updated_at,"
    " COALESCE(o.error, ''), COALESCE(o.quarantined, 0)";

inline LocalRecord readRecord(const QSqlQuery &query)
{
    LocalRecord record;
    record.uuid = query.value(0).toString();
    record.formId = query.value(1).toString();
    record.formVersion = query.value(2).toInt();
    record.schoolCode = query.value(3).toString();
    record.cycle = query.value(4).toString();
    record.status = parseStatus(query.value(5).toString()).value_or(RecordStatus::Draft);
    record.revision = query.value(6).toInt();
    record.baseRevision = query.value(7).toInt();
    record.serverRevision = query.value(8).toInt();
    record.payload = QJsonDocument::fromJson(query.value(9).toByteArray()).object();
    record.payloadHash = query.value(10).toString();
    record.createdAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    record.updatedAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
    record.syncError = query.value(13).toString();
    record.quarantined = query.value(14).toInt() != 0;
    return record;
}

inline QString selectRecords(const QString &where)
{
    return QStringLiteral("SELECT %1 FROM records r LEFT JOIN outbox o ON o.record_uuid = r.uuid %2")
        .arg(QLatin1String(recordColumns), where);
}

// How times are kept: UTC, ISO 8601 with milliseconds (readRecord parses the same format).
inline QString storedNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The base of a record's next local change (three-way merge on conflict) is the last revision the server
// confirmed. While the record still holds that revision (revision = server_revision) the base is the
// record's own payload, so confirming a push or applying a pulled record copies nothing. Only when a
// local change is about to replace that payload is it copied to record_base: call this before every
// statement that overwrites a record's payload (LocalStore::basePayload reads the two the same way).
inline const char *const keepBaseBeforeEditSql =
    "INSERT INTO record_base (record_uuid, revision, payload)"
    " SELECT uuid, revision, payload FROM records"
    " WHERE uuid = ? AND server_revision > 0 AND revision = server_revision"
    " ON CONFLICT (record_uuid) DO UPDATE SET revision = excluded.revision, payload = excluded.payload";

// How a payload is kept in the payload column: compact JSON, the same text its hash is made of.
inline QString payloadText(const QJsonObject &payload)
{
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

} // namespace junheng
